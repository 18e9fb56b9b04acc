import { describe, expect, it } from 'vitest'
import { radians, sphereSegments, toLatLon } from '../../../../src/shared/geo'

function endpoints(segments: Float32Array): [number, number, number][] {
  const points: [number, number, number][] = []
  for (let i = 0; i < segments.length; i += 3) {
    points.push([segments[i] as number, segments[i + 1] as number, segments[i + 2] as number])
  }
  return points
}

describe('sphereSegments', () => {
  it('puts every endpoint on the sphere of the given radius', () => {
    const segments = sphereSegments([[[-10, 40], [30, 60], [100, -20]]], 1.5, 2)
    for (const [x, y, z] of endpoints(segments)) expect(Math.hypot(x, y, z)).toBeCloseTo(1.5, 5)
  })

  it('splits an edge into pieces no longer than the step and keeps them connected', () => {
    // 0°E to 10°E on the equator with 1° steps: ten segments, each joining the next.
    const segments = sphereSegments([[[0, 0], [10, 0]]], 1, 1)
    expect(segments.length).toBe(10 * 6)
    const points = endpoints(segments)
    for (let s = 0; s < 10; s++) {
      const a = points[2 * s] as [number, number, number]
      const b = points[2 * s + 1] as [number, number, number]
      const chord = Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2])
      expect(chord).toBeCloseTo(2 * Math.sin(radians / 2), 5)
      const next = points[2 * s + 2]
      if (next) expect(next).toEqual(b)
    }
    const last = points[points.length - 1] as [number, number, number]
    expect(toLatLon(...last).lon).toBeCloseTo(10, 4)
  })

  it('crosses the antimeridian the short way', () => {
    const segments = sphereSegments([[[179, 0], [-179, 0]]], 1, 1)
    expect(segments.length).toBe(2 * 6)
    const middle = endpoints(segments)[1] as [number, number, number]
    expect(Math.abs(toLatLon(...middle).lon)).toBeCloseTo(180, 4)
  })

  it('skips repeated vertices and lines with fewer than two points', () => {
    const segments = sphereSegments([[[5, 5], [5, 5]], [[1, 1]], []], 1, 1)
    expect(segments.length).toBe(0)
  })
})
