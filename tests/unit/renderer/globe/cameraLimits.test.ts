import { PerspectiveCamera } from 'three'
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js'
import { describe, expect, it } from 'vitest'
import { MIN_DISTANCE, maxDistance, orbitDistanceLimits } from '../../../../src/renderer/globe/cameraLimits'
import { toVector } from '../../../../src/shared/geo'

interface Limits {
  minDistance: number
  maxDistance: number
}

/** A camera at `distance` over a place, looking at the centre, and orbit controls with these limits, settled once. */
function orbitAt(lat: number, lon: number, distance: number, limits: Limits): OrbitControls {
  const camera = new PerspectiveCamera(40, 4 / 3, 0.01, 50)
  const [x, y, z] = toVector(lat, lon, distance)
  camera.position.set(x, y, z)
  camera.lookAt(0, 0, 0)
  const controls = new OrbitControls(camera)
  Object.assign(controls, limits)
  controls.update()
  return controls
}

/** Places over the globe (every 7.3° of latitude up to 60°, every 11.7° of longitude) where a camera at `distance` keeps counting as moved. */
function restless(distance: number, limits: Limits): string[] {
  const found: string[] = []
  for (let lat = -60; lat <= 60; lat += 7.3) {
    for (let lon = -180; lon < 180; lon += 11.7) {
      const controls = orbitAt(lat, lon, distance, limits)
      if (controls.update() || controls.update()) found.push(`${lat.toFixed(1)},${lon.toFixed(1)}`)
    }
  }
  return found
}

describe('orbitDistanceLimits', () => {
  // A presented scene framed at the farthest zoom of a 1024×768 window.
  const farthest = maxDistance(40, 1024 / 768)
  const limits = orbitDistanceLimits(MIN_DISTANCE, farthest)

  it('lets a camera placed exactly at the farthest or the closest zoom rest wherever it looks: the next updates change nothing', () => {
    expect(restless(farthest, limits)).toEqual([])
    expect(restless(MIN_DISTANCE, limits)).toEqual([])
  })

  it('is needed: with the bare limits a camera placed at the farthest zoom counts as zoomed again on every update in places', () => {
    const bare = { minDistance: MIN_DISTANCE, maxDistance: farthest }
    expect(restless(farthest, bare).length).toBeGreaterThan(0)
    const controls = orbitAt(-10.8, -42.05, farthest, bare)
    expect([controls.update(), controls.update(), controls.update()]).toEqual([true, true, true])
  })

  it('still holds the camera within the limits, to a billionth', () => {
    expect(limits.maxDistance / farthest - 1).toBeLessThan(1e-8)
    expect(1 - limits.minDistance / MIN_DISTANCE).toBeLessThan(1e-8)
    expect(orbitAt(20, 30, farthest * 1.5, limits).object.position.length()).toBeLessThanOrEqual(limits.maxDistance * (1 + 1e-12))
    expect(orbitAt(20, 30, 1.01, limits).object.position.length()).toBeGreaterThanOrEqual(limits.minDistance * (1 - 1e-12))
  })
})
