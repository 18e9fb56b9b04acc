import { describe, expect, it } from 'vitest'
import { horizonMargin, inSight, raySphere, toVector, type Vec3 } from '../../../../src/shared/geo'

describe('raySphere', () => {
  it('meets the sphere at its near side from outside', () => {
    expect(raySphere([0, 0, 3], [0, 0, -1], 1)).toBeCloseTo(2, 12)
    // The distance is in units of the direction's length.
    expect(raySphere([0, 0, 3], [0, 0, -2], 1)).toBeCloseTo(1, 12)
  })

  it('misses when the ray passes beside the sphere or points away from it', () => {
    expect(raySphere([0, 0, 3], [0, 1, -1], 1)).toBeNull()
    expect(raySphere([0, 0, 3], [0, 0, 1], 1)).toBeNull()
    expect(raySphere([0, 0, 3], [0, 0, 0], 1)).toBeNull()
  })

  it('meets the far side from inside', () => {
    expect(raySphere([0, 0, 0.5], [0, 0, -1], 1)).toBeCloseTo(1.5, 12)
  })

  it('lands on the surface point it was aimed at', () => {
    const eye: Vec3 = [0.4, 2.2, 2.5]
    const target = toVector(41.9, 12.5)
    const direction: Vec3 = [target[0] - eye[0], target[1] - eye[1], target[2] - eye[2]]
    const t = raySphere(eye, direction, 1)
    expect(t).not.toBeNull()
    expect(t!).toBeCloseTo(1, 9)
  })
})

describe('inSight', () => {
  const eye: Vec3 = [0, 0, 3]

  it('sees the surface facing the eye and not the far side', () => {
    expect(inSight(toVector(0, 0), eye)).toBe(true)
    expect(inSight(toVector(0, 60), eye)).toBe(true)
    expect(inSight(toVector(0, 180), eye)).toBe(false)
    expect(inSight(toVector(0, 100), eye)).toBe(false)
  })

  it('agrees with the horizon margin for points on the surface', () => {
    for (const lon of [0, 30, 60, 70, 71, 72, 75, 90, 120]) {
      const point = toVector(0, lon, 1.000001)
      expect(inSight(point, eye)).toBe(horizonMargin(point, eye) > 0)
    }
  })

  it('sees a lifted point beyond the horizon that a point on the ground below it would not show', () => {
    const ground = toVector(0, 80)
    const lifted = toVector(0, 80, 1.2)
    expect(horizonMargin(ground, eye)).toBeLessThan(0)
    expect(inSight(ground, eye)).toBe(false)
    expect(inSight(lifted, eye)).toBe(true)
  })

  it('never sees a point inside the sphere', () => {
    expect(inSight([0, 0, 0.5], eye)).toBe(false)
  })
})
