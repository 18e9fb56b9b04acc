import { describe, expect, it } from 'vitest'
import {
  EARTH_RADIUS_KM,
  angleBetween,
  centralAngle,
  clampUnit,
  greatCircleKm,
  horizonMargin,
  interpolate,
  isVisible,
  slerp,
  toLatLon,
  toVector,
  type Vec3,
} from '../../../../src/shared/geo'

const frankfurt = { lat: 50.1109, lon: 8.6821 }
const london = { lat: 51.5074, lon: -0.1278 }
const saoPaulo = { lat: -23.5505, lon: -46.6333 }

/** Longitudes are equal modulo 360 (so -180 and 180 are the same meridian). */
function expectSameLongitude(actual: number, expected: number, digits = 9): void {
  const diff = ((((actual - expected) % 360) + 540) % 360) - 180
  expect(diff).toBeCloseTo(0, digits)
}

function length(v: Readonly<Vec3>): number {
  return Math.hypot(v[0], v[1], v[2])
}

describe('toVector', () => {
  it('puts latitude 0, longitude 0 on +z and 90°E on +x, with north up', () => {
    const [x0, y0, z0] = toVector(0, 0)
    expect([x0, y0, z0].map((c) => Number(c.toFixed(12)))).toEqual([0, 0, 1])
    const [x1, y1, z1] = toVector(0, 90)
    expect(x1).toBeCloseTo(1, 12)
    expect(y1).toBeCloseTo(0, 12)
    expect(z1).toBeCloseTo(0, 12)
    expect(toVector(90, 0)[1]).toBeCloseTo(1, 12)
  })

  it('scales by the radius and writes into the given array', () => {
    const out: Vec3 = [9, 9, 9]
    const result = toVector(frankfurt.lat, frankfurt.lon, 2.5, out)
    expect(result).toBe(out)
    expect(length(out)).toBeCloseTo(2.5, 12)
  })
})

describe('toLatLon', () => {
  it('inverts toVector over a grid of points, in any radius', () => {
    for (let lat = -85; lat <= 85; lat += 17) {
      for (let lon = -175; lon <= 175; lon += 25) {
        const [x, y, z] = toVector(lat, lon, 3.7)
        const back = toLatLon(x, y, z)
        expect(back.lat).toBeCloseTo(lat, 9)
        expectSameLongitude(back.lon, lon)
      }
    }
  })

  it('reports the poles with longitude 0 instead of a rounding artefact', () => {
    for (const lon of [0, 45, -120, 180]) {
      const north = toVector(90, lon)
      const south = toVector(-90, lon)
      expect(toLatLon(north[0], north[1], north[2])).toEqual({ lat: 90, lon: 0 })
      const s = toLatLon(south[0], south[1], south[2])
      expect(s.lat).toBe(-90)
      expect(s.lon).toBe(0)
    }
  })

  it('keeps points on either side of the antimeridian apart and round-trips ±180', () => {
    const east = toVector(10, 179.9)
    const west = toVector(10, -179.9)
    expect(toLatLon(east[0], east[1], east[2]).lon).toBeCloseTo(179.9, 9)
    expect(toLatLon(west[0], west[1], west[2]).lon).toBeCloseTo(-179.9, 9)
    const dateLine = toVector(-40, 180)
    const back = toLatLon(dateLine[0], dateLine[1], dateLine[2])
    expect(back.lat).toBeCloseTo(-40, 9)
    expectSameLongitude(back.lon, 180)
  })

  it('returns the origin as latitude and longitude 0 rather than NaN', () => {
    expect(toLatLon(0, 0, 0)).toEqual({ lat: 0, lon: 0 })
  })
})

describe('clampUnit', () => {
  it('passes values inside [-1, 1] through and clamps the rest', () => {
    expect(clampUnit(0.25)).toBe(0.25)
    expect(clampUnit(-1)).toBe(-1)
    expect(clampUnit(1 + 1e-15)).toBe(1)
    expect(clampUnit(-3)).toBe(-1)
  })
})

describe('greatCircleKm', () => {
  it('measures Frankfurt to London as about 637 km', () => {
    const km = greatCircleKm(frankfurt, london)
    expect(Math.abs(km - 637) / 637).toBeLessThan(0.01)
  })

  it('is symmetric and zero for a point and itself', () => {
    expect(greatCircleKm(frankfurt, london)).toBeCloseTo(greatCircleKm(london, frankfurt), 9)
    expect(greatCircleKm(saoPaulo, saoPaulo)).toBe(0)
  })

  it('stays accurate for distances of a few metres', () => {
    // 1e-5 degrees of latitude is 1.112 m on the mean-radius sphere.
    const km = greatCircleKm({ lat: 48, lon: 11 }, { lat: 48.00001, lon: 11 })
    expect(km * 1000).toBeCloseTo(((1e-5 * Math.PI) / 180) * EARTH_RADIUS_KM * 1000, 6)
  })

  it('gives half the circumference, about 20015 km, for antipodes', () => {
    const km = greatCircleKm({ lat: 35, lon: 139 }, { lat: -35, lon: -41 })
    // Within a metre: near antipodes any formula loses a few digits to rounding.
    expect(Math.abs(km - Math.PI * EARTH_RADIUS_KM)).toBeLessThan(0.001)
    expect(Math.abs(km - 20015)).toBeLessThan(1)
  })

  it('crosses the antimeridian the short way', () => {
    const km = greatCircleKm({ lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 })
    expect(km).toBeCloseTo(((1 * Math.PI) / 180) * EARTH_RADIUS_KM, 6)
  })
})

describe('angleBetween', () => {
  it('agrees with the haversine central angle', () => {
    const a = toVector(frankfurt.lat, frankfurt.lon)
    const b = toVector(saoPaulo.lat, saoPaulo.lon)
    expect(angleBetween(a, b)).toBeCloseTo(centralAngle(frankfurt, saoPaulo), 12)
  })

  it('resolves tiny angles and exact antipodes', () => {
    const a = toVector(10, 20)
    const b = toVector(10 + 1e-7, 20)
    expect(angleBetween(a, b)).toBeCloseTo((1e-7 * Math.PI) / 180, 15)
    const c = toVector(-10, -160)
    expect(angleBetween(a, c)).toBeCloseTo(Math.PI, 12)
  })
})

describe('interpolate', () => {
  it('returns the endpoints at t = 0 and t = 1', () => {
    const f = interpolate(frankfurt, saoPaulo)
    expect(f(0)).toEqual(frankfurt)
    expect(f(1)).toEqual(saoPaulo)
  })

  it('puts the midpoint halfway along the great circle, equally far from both ends', () => {
    const f = interpolate(frankfurt, saoPaulo)
    const mid = f(0.5)
    const total = greatCircleKm(frankfurt, saoPaulo)
    expect(greatCircleKm(frankfurt, mid)).toBeCloseTo(total / 2, 6)
    expect(greatCircleKm(mid, saoPaulo)).toBeCloseTo(total / 2, 6)
  })

  it('moves along the equator between two equatorial points', () => {
    const mid = interpolate({ lat: 0, lon: 10 }, { lat: 0, lon: 50 })(0.25)
    expect(mid.lat).toBeCloseTo(0, 12)
    expect(mid.lon).toBeCloseTo(20, 9)
  })

  it('takes the short way across the antimeridian', () => {
    const mid = interpolate({ lat: 0, lon: 170 }, { lat: 0, lon: -170 })(0.5)
    expect(mid.lat).toBeCloseTo(0, 12)
    expectSameLongitude(mid.lon, 180)
  })

  it('stays at the point when both ends are equal', () => {
    const f = interpolate(london, london)
    const p = f(0.37)
    expect(p.lat).toBeCloseTo(london.lat, 9)
    expect(p.lon).toBeCloseTo(london.lon, 9)
  })

  it('finds a well-defined path between antipodes, a quarter circle at the midpoint', () => {
    const a = { lat: 20, lon: 30 }
    const b = { lat: -20, lon: -150 }
    const f = interpolate(a, b)
    for (const t of [0.1, 0.5, 0.9]) {
      const p = f(t)
      expect(Number.isFinite(p.lat) && Number.isFinite(p.lon)).toBe(true)
      expect(centralAngle(a, p)).toBeCloseTo(t * Math.PI, 9)
    }
    // Through the north: the midpoint is 90° away from a, towards the pole.
    expect(f(0.5).lat).toBeCloseTo(70, 9)
  })

  it('finds a path between the poles too', () => {
    const f = interpolate({ lat: 90, lon: 0 }, { lat: -90, lon: 0 })
    const mid = f(0.5)
    expect(mid.lat).toBeCloseTo(0, 9)
    expect(Number.isFinite(mid.lon)).toBe(true)
  })
})

describe('slerp', () => {
  it('keeps unit length along the path and can write into its input', () => {
    const a = toVector(frankfurt.lat, frankfurt.lon)
    const b = toVector(saoPaulo.lat, saoPaulo.lon)
    for (let t = 0; t <= 1; t += 0.125) expect(length(slerp(a, b, t))).toBeCloseTo(1, 12)
    const out = slerp(a, b, 1, a)
    expect(out).toBe(a)
    expect(out[0]).toBeCloseTo(b[0], 12)
    expect(out[1]).toBeCloseTo(b[1], 12)
    expect(out[2]).toBeCloseTo(b[2], 12)
  })
})

describe('horizonMargin', () => {
  const eye: Vec3 = [0, 0, 3]

  it('sees the point under the eye and not its antipode', () => {
    expect(isVisible([0, 0, 1], eye)).toBe(true)
    expect(isVisible([0, 0, -1], eye)).toBe(false)
  })

  it('puts the limb where the line of sight grazes the sphere', () => {
    // From distance 3 the horizon is acos(1/3) from the sub-eye point.
    const limb = Math.acos(1 / 3)
    const just = (d: number): Vec3 => [Math.sin(limb + d), 0, Math.cos(limb + d)]
    expect(horizonMargin(just(0), eye)).toBeCloseTo(0, 12)
    expect(isVisible(just(-0.01), eye)).toBe(true)
    expect(isVisible(just(0.01), eye)).toBe(false)
  })

  it('sees less than a hemisphere from close up', () => {
    const sideways: Vec3 = [1, 0, 0.2]
    expect(isVisible(sideways, [0, 0, 10])).toBe(true)
    expect(isVisible(sideways, [0, 0, 1.1])).toBe(false)
  })

  it('treats an eye inside the sphere and a zero direction as seeing nothing', () => {
    expect(isVisible([0, 0, 1], [0, 0, 0.5])).toBe(false)
    expect(isVisible([0, 0, 0], eye)).toBe(false)
  })
})
