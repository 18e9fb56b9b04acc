import { describe, expect, it } from 'vitest'
import {
  comfortableDistance,
  easeInOutCubic,
  MAX_VIEW_LATITUDE,
  placeView,
  planFlight,
  stepFlight,
  viewOfPosition,
} from '../../../../src/renderer/globe/cameraFlight'
import { MIN_DISTANCE, fitDistance, initialDistance, maxDistance } from '../../../../src/renderer/globe/cameraLimits'
import { angleBetween, toVector, type Vec3 } from '../../../../src/shared/geo'

const frankfurt = toVector(50.1109, 8.6821)
const saoPaulo = toVector(-23.5505, -46.6333)

function length(v: Vec3): number {
  return Math.hypot(v[0], v[1], v[2])
}

function direction(v: Vec3): Vec3 {
  const l = length(v)
  return [v[0] / l, v[1] / l, v[2] / l]
}

describe('camera flights', () => {
  it('end exactly over the destination at the planned distance', () => {
    const flight = planFlight(frankfurt, 3, saoPaulo, 2.2)
    const out: Vec3 = [0, 0, 0]
    let steps = 0
    while (stepFlight(flight, 1 / 60, out)) steps++
    expect(length(out)).toBeCloseTo(2.2, 9)
    expect(angleBetween(direction(out), saoPaulo)).toBeLessThan(1e-9)
    expect(steps).toBeGreaterThan(50)
  })

  it('take between one and one and a half seconds', () => {
    expect(planFlight(frankfurt, 3, frankfurt, 2).duration).toBeCloseTo(1, 9)
    const long = planFlight(frankfurt, 3, toVector(-50.1109, -171.3179), 2)
    expect(long.duration).toBeGreaterThan(1.4)
    expect(long.duration).toBeLessThanOrEqual(1.5)
  })

  it('follow the great circle, each step closer to the destination', () => {
    const flight = planFlight(frankfurt, 2, saoPaulo, 2)
    const out: Vec3 = [0, 0, 0]
    let previous = angleBetween(frankfurt, saoPaulo)
    while (stepFlight(flight, 0.05, out)) {
      const left = angleBetween(direction(out), saoPaulo)
      expect(left).toBeLessThanOrEqual(previous + 1e-12)
      // On the great circle: the two legs add up to the whole arc.
      expect(angleBetween(frankfurt, direction(out)) + left).toBeCloseTo(angleBetween(frankfurt, saoPaulo), 9)
      previous = left
    }
  })

  it('rise on long flights from close up, and not on short hops from afar', () => {
    expect(planFlight(frankfurt, 1.3, saoPaulo, 1.6).hop).toBeGreaterThan(0.5)
    expect(planFlight(frankfurt, 3, toVector(48.8566, 2.3522), 2.3).hop).toBe(0)
  })

  it('survive a flight to the antipode', () => {
    const antipode: Vec3 = [-frankfurt[0], -frankfurt[1], -frankfurt[2]]
    const flight = planFlight(frankfurt, 2, antipode, 2)
    const out: Vec3 = [0, 0, 0]
    while (stepFlight(flight, 0.1, out)) expect(out.every(Number.isFinite)).toBe(true)
    expect(angleBetween(direction(out), antipode)).toBeLessThan(1e-6)
  })

  it('stay at the start for a zero-length step (the first frame after an idle spell)', () => {
    const flight = planFlight(frankfurt, 3, saoPaulo, 2)
    const out: Vec3 = [0, 0, 0]
    expect(stepFlight(flight, 0, out)).toBe(true)
    expect(angleBetween(direction(out), frankfurt)).toBeLessThan(1e-9)
    expect(length(out)).toBeCloseTo(3, 9)
  })

  it('end at a comfortable zoom: never closer than 1.6 nor farther than 2.3 radii', () => {
    expect(comfortableDistance(3.4)).toBe(2.3)
    expect(comfortableDistance(1.15)).toBe(1.6)
    expect(comfortableDistance(2)).toBe(2)
  })

  it('ease in and out, from 0 to 1 without overshoot', () => {
    expect(easeInOutCubic(0)).toBe(0)
    expect(easeInOutCubic(1)).toBe(1)
    expect(easeInOutCubic(0.5)).toBeCloseTo(0.5, 12)
    let previous = 0
    for (let t = 0.05; t <= 1; t += 0.05) {
      const value = easeInOutCubic(t)
      expect(value).toBeGreaterThanOrEqual(previous)
      expect(value).toBeLessThanOrEqual(1)
      previous = value
    }
  })
})

describe('camera limits', () => {
  it('fit the globe to the narrower side of the view', () => {
    // A sphere seen from distance d spans asin(1 / d) each side of the view axis.
    const wide = fitDistance(40, 16 / 9)
    expect(Math.asin(1 / wide)).toBeCloseTo((20 * Math.PI) / 180, 12)
    const tall = fitDistance(40, 0.5)
    expect(tall).toBeGreaterThan(wide)
    const halfHorizontal = Math.atan(Math.tan((20 * Math.PI) / 180) * 0.5)
    expect(Math.asin(1 / tall)).toBeCloseTo(halfHorizontal, 12)
  })

  it('start with the whole globe in view and allow zooming out a little further', () => {
    const aspect = 1.2
    expect(initialDistance(40, aspect)).toBeGreaterThan(fitDistance(40, aspect))
    expect(maxDistance(40, aspect)).toBeGreaterThan(initialDistance(40, aspect))
  })

  it('stop close enough that a metro area fills the view, but above the surface', () => {
    const altitudeKm = (MIN_DISTANCE - 1) * 6371
    expect(altitudeKm).toBeGreaterThan(300)
    expect(altitudeKm).toBeLessThan(1500)
  })
})

describe('camera views (scenes)', () => {
  it('read back the view a camera was placed at', () => {
    const position = toVector(-33.87, 151.21, 2.4)
    const view = viewOfPosition(...position)
    expect(view.lat).toBeCloseTo(-33.87, 9)
    expect(view.lon).toBeCloseTo(151.21, 9)
    expect(view.distance).toBeCloseTo(2.4, 12)
  })

  it('place a view within the rig’s zoom range and off the poles', () => {
    const out: Vec3 = [0, 0, 0]
    expect(placeView({ lat: 10, lon: 20, distance: 30 }, MIN_DISTANCE, 4, out)).toBe(4)
    expect(placeView({ lat: 10, lon: 20, distance: 1.01 }, MIN_DISTANCE, 4, out)).toBe(MIN_DISTANCE)
    expect(placeView({ lat: 10, lon: 20, distance: 2 }, MIN_DISTANCE, 4, out)).toBe(2)
    expect(angleBetween(out, toVector(10, 20))).toBeLessThan(1e-12)
    placeView({ lat: 90, lon: 0, distance: 2 }, MIN_DISTANCE, 4, out)
    expect(viewOfPosition(...out).lat).toBeCloseTo(MAX_VIEW_LATITUDE, 9)
  })

  it('fly from any view to any other and arrive exactly there', () => {
    const to: Vec3 = [0, 0, 0]
    const distance = placeView({ lat: 35.68, lon: 139.69, distance: 1.8 }, MIN_DISTANCE, 4, to)
    const flight = planFlight(direction(toVector(40, -74, 3)), 3, to, distance)
    const out: Vec3 = [0, 0, 0]
    while (stepFlight(flight, 1 / 30, out));
    const arrived = viewOfPosition(...out)
    expect(arrived.lat).toBeCloseTo(35.68, 9)
    expect(arrived.lon).toBeCloseTo(139.69, 9)
    expect(arrived.distance).toBeCloseTo(1.8, 9)
  })
})
