import { PerspectiveCamera, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { frameSubject, projectPlace, SUBJECT_PADDING, type FramingView, type Rect } from '../../../../src/renderer/globe/framing'
import { toVector } from '../../../../src/shared/geo'

function threeProjection(lat: number, lon: number, view: { lat: number; lon: number; distance: number }, width: number, height: number) {
  const camera = new PerspectiveCamera(40, width / height, 0.01, 50)
  camera.position.fromArray(toVector(view.lat, view.lon, view.distance))
  camera.lookAt(0, 0, 0)
  camera.updateMatrixWorld()
  const p = new Vector3(...toVector(lat, lon, 1)).project(camera)
  return { x: ((p.x + 1) / 2) * width, y: ((1 - p.y) / 2) * height }
}

/** The free area of a presenting screen: the canvas above a caption that takes the lower `captionShare`. */
function presenting(width: number, height: number, captionShare = 0.3): FramingView {
  return {
    width,
    height,
    free: { left: 0, top: 0, right: width, bottom: height * (1 - captionShare) },
    fovDegrees: 40,
    minDistance: 1.12,
    maxDistance: 6,
  }
}

function within(points: { lat: number; lon: number }[], view: { lat: number; lon: number; distance: number }, frame: FramingView, free: Rect = frame.free) {
  return points.every((p) => {
    const at = projectPlace(p.lat, p.lon, view, frame.width, frame.height, frame.fovDegrees, frame.shift)
    return at !== null && at.x >= free.left && at.x <= free.right && at.y >= free.top && at.y <= free.bottom
  })
}

const saoPaulo = { lat: -23.55, lon: -46.63 }
const capeTown = { lat: -33.92, lon: 18.42 }
const frankfurt = { lat: 50.11, lon: 8.68 }
const virginia = { lat: 38.9, lon: -77.4 }

describe('projectPlace', () => {
  it('agrees with three’s camera, north up and looking at the centre', () => {
    for (const view of [
      { lat: 0, lon: 0, distance: 3 },
      { lat: 43, lon: 9, distance: 2.1 },
      { lat: -20, lon: -48, distance: 3.1 },
      { lat: 70, lon: 150, distance: 1.5 },
    ]) {
      for (const place of [frankfurt, saoPaulo, { lat: view.lat + 5, lon: view.lon - 7 }]) {
        const ours = projectPlace(place.lat, place.lon, view, 1280, 720, 40)
        if (!ours) continue
        const theirs = threeProjection(place.lat, place.lon, view, 1280, 720)
        expect(ours.x).toBeCloseTo(theirs.x, 3)
        expect(ours.y).toBeCloseTo(theirs.y, 3)
      }
    }
  })

  it('hides a place behind the globe', () => {
    expect(projectPlace(0, 180, { lat: 0, lon: 0, distance: 3 }, 800, 600, 40)).toBeNull()
    expect(projectPlace(0, 0, { lat: 0, lon: 0, distance: 3 }, 800, 600, 40)).toEqual({ x: 400, y: 300 })
  })
})

describe('frameSubject', () => {
  it('keeps the scene’s own camera when its subject already sits well inside the free area', () => {
    const scene = { lat: 45, lon: 9, distance: 2.1 }
    const framed = frameSubject([frankfurt], scene, presenting(1280, 720))
    expect(framed).toEqual({ view: scene, fits: true })
  })

  it('lifts a subject that the caption would cover into the free area, at the scene’s distance', () => {
    // Looking at the equator: São Paulo lies well south of the centre, under a caption.
    const scene = { lat: 5, lon: -40, distance: 3.2 }
    const frame = presenting(1280, 720, 0.35)
    expect(within([saoPaulo], scene, frame)).toBe(false)
    const framed = frameSubject([saoPaulo], scene, frame)
    expect(framed.fits).toBe(true)
    expect(framed.view.distance).toBeCloseTo(3.2, 6)
    expect(within([saoPaulo], framed.view, frame)).toBe(true)
    // Centred in what is left: its box's middle is the free area's middle.
    const at = projectPlace(saoPaulo.lat, saoPaulo.lon, framed.view, 1280, 720, 40)!
    expect(at.x).toBeCloseTo(640, 0)
    expect(at.y).toBeCloseTo((720 * 0.65) / 2, 0)
  })

  it.each([
    [1280, 720],
    [1920, 1080],
    [1024, 768],
    [2560, 1080],
  ])('frames three regions an ocean apart above the caption at %i × %i, backing away only as far as needed', (width, height) => {
    const subject = [saoPaulo, capeTown, frankfurt]
    const scene = { lat: 0, lon: -30, distance: 2.2 }
    const frame = presenting(width, height)
    const framed = frameSubject(subject, scene, frame)
    expect(framed.fits).toBe(true)
    // With room for the labels on every side.
    const padded: Rect = {
      left: frame.free.left + SUBJECT_PADDING.x,
      right: frame.free.right - SUBJECT_PADDING.x,
      top: frame.free.top + SUBJECT_PADDING.y,
      bottom: frame.free.bottom - SUBJECT_PADDING.y,
    }
    expect(within(subject, framed.view, frame, padded)).toBe(true)
    expect(framed.view.distance).toBeGreaterThan(scene.distance)
    // One step less and it would not fit.
    const closer = { ...framed.view, distance: 1 + (framed.view.distance - 1) / 1.12 }
    expect(closer.distance < scene.distance || !within(subject, closer, frame, padded)).toBe(true)
  })

  it('never comes closer than the scene asked', () => {
    const framed = frameSubject([virginia], { lat: 0, lon: 0, distance: 4 }, presenting(1280, 720))
    expect(framed.view.distance).toBeGreaterThanOrEqual(4)
  })

  it('says when a subject is too wide for one view (it goes round the globe), keeping the scene’s view', () => {
    const around = [
      { lat: 40, lon: -120 },
      { lat: 40, lon: 0 },
      { lat: 35, lon: 120 },
      { lat: -35, lon: 150 },
      { lat: -23, lon: -46 },
    ]
    const framed = frameSubject(around, { lat: 12, lon: 5, distance: 3.2 }, presenting(1280, 720))
    expect(framed).toEqual({ view: { lat: 12, lon: 5, distance: 3.2 }, fits: false })
  })

  it('backs away as far as the camera goes for a subject wider than a hemisphere', () => {
    const wide = [
      { lat: 0, lon: -95 },
      { lat: 0, lon: 95 },
      { lat: 10, lon: 0 },
    ]
    const framed = frameSubject(wide, { lat: 40, lon: 0, distance: 3 }, presenting(1280, 720))
    expect(framed.fits).toBe(false)
    expect(framed.view.distance).toBe(6)
  })

  it('centres a subject that fits only without its labels’ room in the free area at the farthest zoom, not under the caption', () => {
    // Factor 4 at 1280×720: Virginia, Frankfurt and São Paulo, a folded legend's line over the top, the caption under 460 px.
    const frame: FramingView = { ...presenting(1280, 720), free: { left: 0, top: 64, right: 1280, bottom: 460 }, maxDistance: 3.95 }
    const trio = [virginia, frankfurt, saoPaulo]
    const framed = frameSubject(trio, { lat: 0, lon: -30, distance: 3.2 }, frame)
    expect(framed.fits).toBe(false)
    expect(framed.view.distance).toBe(3.95)
    expect(within(trio, framed.view, frame)).toBe(true)
  })

  it('frames the pricing scene’s three regions in the middle of the free area once the globe is shifted above the caption', () => {
    // Factor 4 at 1280×720: the globe's centre lifted to the middle of the space between the folded legend and the caption.
    const free = { left: 0, top: 64, right: 1280, bottom: 460 }
    const shift = { x: 0, y: Math.round((free.top + free.bottom) / 2 - 360) }
    const frame: FramingView = { ...presenting(1280, 720), free, maxDistance: 3.95, shift }
    const trio = [virginia, frankfurt, saoPaulo]
    const framed = frameSubject(trio, { lat: 0, lon: -30, distance: 3.2 }, frame)
    expect(within(trio, framed.view, frame)).toBe(true)
    const ys = trio.map((p) => projectPlace(p.lat, p.lon, framed.view, 1280, 720, 40, shift)!.y)
    // Centred: as much room above the highest as below the lowest.
    expect(Math.min(...ys) - free.top).toBeCloseTo(free.bottom - Math.max(...ys), -1)
  })

  it('keeps the scene’s camera without a subject, within the zoom limits', () => {
    expect(frameSubject([], { lat: 12, lon: 5, distance: 30 }, presenting(1280, 720))).toEqual({
      view: { lat: 12, lon: 5, distance: 6 },
      fits: true,
    })
  })
})
