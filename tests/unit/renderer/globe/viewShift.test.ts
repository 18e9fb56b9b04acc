import { PerspectiveCamera, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { projectPlace } from '../../../../src/renderer/globe/framing'
import { fitDistance, maxDistance } from '../../../../src/renderer/globe/cameraLimits'
import { freeViewOf, NO_SHIFT, ViewShift, WHOLE_FREE_VIEW } from '../../../../src/renderer/globe/viewShift'
import { toVector } from '../../../../src/shared/geo'

function camera(width: number, height: number, view: { lat: number; lon: number; distance: number }): PerspectiveCamera {
  const c = new PerspectiveCamera(40, width / height, 0.01, 50)
  c.position.fromArray(toVector(view.lat, view.lon, view.distance))
  c.lookAt(0, 0, 0)
  c.updateMatrixWorld()
  return c
}

function onScreen(c: PerspectiveCamera, lat: number, lon: number, width: number, height: number): { x: number; y: number } {
  const p = new Vector3(...toVector(lat, lon, 1)).project(c)
  return { x: ((p.x + 1) / 2) * width, y: ((1 - p.y) / 2) * height }
}

describe('freeViewOf', () => {
  it('gives the globe the free area: its centre in the middle of it, up above a caption over the lower third, and its share of the canvas', () => {
    expect(freeViewOf({ width: 1280, height: 720 }, { left: 0, top: 64, right: 1280, bottom: 460 })).toEqual({
      shift: { x: 0, y: -98 },
      share: { x: 1, y: 0.55 },
    })
    expect(freeViewOf({ width: 1024, height: 768 }, { left: 256, top: 0, right: 1024, bottom: 768 })).toEqual({
      shift: { x: 128, y: 0 },
      share: { x: 0.75, y: 1 },
    })
  })

  it('keeps the whole view when the free area is too small to give the globe', () => {
    expect(freeViewOf({ width: 1280, height: 720 }, { left: 0, top: 0, right: 0, bottom: 0 })).toEqual(WHOLE_FREE_VIEW)
    expect(freeViewOf({ width: 1280, height: 720 }, { left: 0, top: 600, right: 1280, bottom: 700 })).toEqual(WHOLE_FREE_VIEW)
  })

  it('fits the farthest zoom to the free area: a globe that fits above the caption', () => {
    expect(maxDistance(40, 1280 / 720, { x: 1, y: 0.55 })).toBeGreaterThan(maxDistance(40, 1280 / 720))
    // The globe's disc, as a share of the canvas's half-height, at the distance where it just fits: the free height.
    const disc = (distance: number): number => 1 / Math.sqrt(distance * distance - 1) / Math.tan((20 * Math.PI) / 180)
    expect(disc(fitDistance(40, 1280 / 720))).toBeCloseTo(1, 6)
    expect(disc(fitDistance(40, 1280 / 720, 1, { x: 1, y: 0.55 }))).toBeCloseTo(0.55, 6)
    // A narrow free area: its width limits.
    expect(disc(fitDistance(40, 1024 / 768, 1, { x: 0.35, y: 0.8 }))).toBeCloseTo((0.35 * 1024) / 768, 6)
  })
})

describe('ViewShift', () => {
  const view = { lat: -10, lon: -40, distance: 3.9 }

  it('moves the picture by the shift, turning nothing: three’s projection and the framing’s agree', () => {
    const shift = new ViewShift()
    shift.setTarget({ x: 12, y: -98 }, true)
    const c = camera(1280, 720, view)
    expect(shift.apply(c, 1280, 720)).toBe(true)
    for (const place of [
      { lat: -10, lon: -40 },
      { lat: 50.11, lon: 8.68 },
      { lat: -23.55, lon: -46.63 },
    ]) {
      const unshifted = onScreen(camera(1280, 720, view), place.lat, place.lon, 1280, 720)
      const shifted = onScreen(c, place.lat, place.lon, 1280, 720)
      expect(shifted.x - unshifted.x).toBeCloseTo(12, 6)
      expect(shifted.y - unshifted.y).toBeCloseTo(-98, 6)
      const framing = projectPlace(place.lat, place.lon, view, 1280, 720, 40, { x: 12, y: -98 })!
      expect(framing.x).toBeCloseTo(shifted.x, 3)
      expect(framing.y).toBeCloseTo(shifted.y, 3)
    }
  })

  it('keeps sizes on screen: the picture is displaced, not scaled', () => {
    const shift = new ViewShift()
    shift.setTarget({ x: 0, y: -98 }, true)
    const c = camera(1280, 720, view)
    shift.apply(c, 1280, 720)
    const a = onScreen(c, 0, -40, 1280, 720)
    const b = onScreen(c, 10, -40, 1280, 720)
    const plain = camera(1280, 720, view)
    const pa = onScreen(plain, 0, -40, 1280, 720)
    const pb = onScreen(plain, 10, -40, 1280, 720)
    expect(Math.hypot(b.x - a.x, b.y - a.y)).toBeCloseTo(Math.hypot(pb.x - pa.x, pb.y - pa.y), 6)
  })

  it('eases to its target over a few frames and then rests; a cut arrives at once', () => {
    const shift = new ViewShift()
    shift.setTarget({ x: 0, y: -100 }, false)
    const seen: number[] = []
    let frames = 0
    while (shift.step(1 / 30, false)) {
      seen.push(shift.now.y)
      if (++frames > 200) break
    }
    expect(frames).toBeGreaterThan(5)
    expect(frames).toBeLessThan(120)
    expect(seen).toEqual([...seen].sort((p, q) => q - p))
    expect(shift.now).toEqual({ x: 0, y: -100 })
    expect(shift.step(1 / 30, false)).toBe(false)

    shift.setTarget({ x: 0, y: 0 }, false)
    expect(shift.step(1 / 30, true)).toBe(false)
    expect(shift.now).toEqual({ x: 0, y: 0 })
  })

  it('sets the camera only when the shift or the canvas changed, and clears the offset at no shift', () => {
    const shift = new ViewShift()
    const c = camera(1280, 720, view)
    expect(shift.apply(c, 1280, 720)).toBe(true)
    expect(c.view?.enabled ?? false).toBe(false)
    expect(shift.apply(c, 1280, 720)).toBe(false)
    shift.setTarget({ x: 0, y: -50 }, true)
    expect(shift.apply(c, 1280, 720)).toBe(true)
    expect(c.view).toMatchObject({ enabled: true, fullWidth: 1280, fullHeight: 720, offsetX: -0, offsetY: 50, width: 1280, height: 720 })
    // A resized canvas: the full view follows it.
    expect(shift.apply(c, 1024, 768)).toBe(true)
    expect(c.view).toMatchObject({ fullWidth: 1024, fullHeight: 768, width: 1024, height: 768 })
    shift.setTarget(NO_SHIFT, true)
    shift.apply(c, 1024, 768)
    expect(c.view?.enabled ?? false).toBe(false)
  })
})
