import { SphereGeometry, type BufferAttribute } from 'three'
import { describe, expect, it } from 'vitest'
import { sphereGeometry } from '../../../../src/renderer/globe/sphereGeometry'

function values(attribute: BufferAttribute | undefined | null): number[] {
  return attribute ? Array.from(attribute.array as ArrayLike<number>) : []
}

describe('sphereGeometry', () => {
  it.each([
    [1, 160, 80, -Math.PI / 2],
    [1.02, 12, 6, 0],
    [2, 3, 2, 0.5],
  ])('matches three’s SphereGeometry(%f, %i, %i, %f): vertices, normals, uvs and triangles', (radius, width, height, phiStart) => {
    const ours = sphereGeometry(radius, width, height, phiStart)
    const three = new SphereGeometry(radius, width, height, phiStart)
    expect(values(ours.getIndex())).toEqual(values(three.getIndex()))
    for (const name of ['position', 'normal', 'uv']) {
      const a = values(ours.getAttribute(name) as BufferAttribute)
      const b = values(three.getAttribute(name) as BufferAttribute)
      expect(a.length).toBe(b.length)
      // Both are float32: three's are rounded from the same doubles, so they agree to float precision.
      const worst = a.reduce((max, value, i) => Math.max(max, Math.abs(value - (b[i] as number))), 0)
      expect(worst).toBeLessThan(1e-6)
    }
  })
})
