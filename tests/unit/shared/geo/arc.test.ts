import { describe, expect, it } from 'vitest'
import { angleBetween, arcHeight, liftedArc, toVector, type Vec3 } from '../../../../src/shared/geo'

function pointAt(points: Float32Array, k: number): Vec3 {
  return [points[3 * k] as number, points[3 * k + 1] as number, points[3 * k + 2] as number]
}

function length(v: Readonly<Vec3>): number {
  return Math.hypot(v[0], v[1], v[2])
}

const lift = { perRadian: 0.1, max: 0.16 }

describe('arcHeight', () => {
  it('grows in proportion to the angle the arc spans', () => {
    expect(arcHeight(0.5, lift)).toBeCloseTo(0.05, 12)
    expect(arcHeight(1, lift)).toBeCloseTo(2 * arcHeight(0.5, lift), 12)
  })

  it('stops at the ceiling for long arcs', () => {
    expect(arcHeight(3, lift)).toBe(0.16)
    expect(arcHeight(Math.PI, lift)).toBe(0.16)
  })

  it('is zero for a zero, negative or undefined angle', () => {
    expect(arcHeight(0, lift)).toBe(0)
    expect(arcHeight(-1, lift)).toBe(0)
    expect(arcHeight(Number.NaN, lift)).toBe(0)
  })
})

describe('liftedArc', () => {
  const frankfurt = toVector(50.1109, 8.6821)
  const saoPaulo = toVector(-23.5505, -46.6333)

  it('writes pieces + 1 points from the offset and leaves the rest alone', () => {
    const out = new Float32Array(3 + 9 * 3 + 3).fill(7)
    liftedArc(frankfurt, saoPaulo, 8, 1, 0.1, out, 3)
    expect(Array.from(out.slice(0, 3))).toEqual([7, 7, 7])
    expect(Array.from(out.slice(30))).toEqual([7, 7, 7])
    expect(out.slice(3, 30).every((v) => v !== 7)).toBe(true)
  })

  it('starts and ends exactly on the sphere, at the two places', () => {
    const out = new Float32Array(17 * 3)
    liftedArc(frankfurt, saoPaulo, 16, 1.002, 0.1, out)
    const first = pointAt(out, 0)
    const last = pointAt(out, 16)
    expect(length(first)).toBeCloseTo(1.002, 6)
    expect(length(last)).toBeCloseTo(1.002, 6)
    expect(angleBetween(first, frankfurt)).toBeLessThan(1e-6)
    expect(angleBetween(last, saoPaulo)).toBeLessThan(1e-6)
  })

  it('rises to the given height at the midpoint, halfway along the great circle', () => {
    const out = new Float32Array(17 * 3)
    liftedArc(frankfurt, saoPaulo, 16, 1, 0.1, out)
    const middle = pointAt(out, 8)
    expect(length(middle)).toBeCloseTo(1.1, 6)
    const whole = angleBetween(frankfurt, saoPaulo)
    expect(angleBetween(frankfurt, middle)).toBeCloseTo(whole / 2, 6)
    expect(angleBetween(middle, saoPaulo)).toBeCloseTo(whole / 2, 6)
  })

  it('stays above the sphere and in the plane of the great circle, climbing then descending', () => {
    const pieces = 24
    const out = new Float32Array((pieces + 1) * 3)
    liftedArc(frankfurt, saoPaulo, pieces, 1, 0.12, out)
    const normal: Vec3 = [
      frankfurt[1] * saoPaulo[2] - frankfurt[2] * saoPaulo[1],
      frankfurt[2] * saoPaulo[0] - frankfurt[0] * saoPaulo[2],
      frankfurt[0] * saoPaulo[1] - frankfurt[1] * saoPaulo[0],
    ]
    const radii: number[] = []
    for (let k = 0; k <= pieces; k++) {
      const p = pointAt(out, k)
      radii.push(length(p))
      expect(Math.abs(p[0] * normal[0] + p[1] * normal[1] + p[2] * normal[2]) / length(p)).toBeLessThan(1e-6)
    }
    for (const r of radii) expect(r).toBeGreaterThanOrEqual(1 - 1e-6)
    for (let k = 1; k <= pieces / 2; k++) expect(radii[k]!).toBeGreaterThan(radii[k - 1]!)
    for (let k = pieces / 2 + 1; k <= pieces; k++) expect(radii[k]!).toBeLessThan(radii[k - 1]!)
  })

  it('collapses an arc between equal points to copies of the point', () => {
    const out = new Float32Array(5 * 3)
    liftedArc(frankfurt, frankfurt, 4, 1.5, 0, out)
    for (let k = 0; k <= 4; k++) {
      const p = pointAt(out, k)
      expect(p[0]).toBeCloseTo(frankfurt[0] * 1.5, 6)
      expect(p[1]).toBeCloseTo(frankfurt[1] * 1.5, 6)
      expect(p[2]).toBeCloseTo(frankfurt[2] * 1.5, 6)
    }
  })

  it('joins antipodal points along a half circle with no NaN', () => {
    const a = toVector(10, 20)
    const b = toVector(-10, -160)
    const out = new Float32Array(9 * 3)
    liftedArc(a, b, 8, 1, 0.1, out)
    expect(out.every(Number.isFinite)).toBe(true)
    expect(angleBetween(pointAt(out, 8), b)).toBeLessThan(1e-6)
    expect(angleBetween(a, pointAt(out, 4))).toBeCloseTo(Math.PI / 2, 5)
  })
})
