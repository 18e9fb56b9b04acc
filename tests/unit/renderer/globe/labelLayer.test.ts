import { PerspectiveCamera } from 'three'
import { describe, expect, it } from 'vitest'
import type { InstancedBufferAttribute } from 'three'
import { LabelLayer, NAME_DISTANCE, launchRanks } from '../../../../src/renderer/globe/labelLayer'
import type { DrawnLabel } from '../../../../src/renderer/globe/labelText'
import { LabelSprites } from '../../../../src/renderer/globe/labelSprites'
import { LAYER_LABEL_CAPACITY } from '../../../../src/renderer/globe/layerLabels'
import { MARKER_RADIUS_PX } from '../../../../src/renderer/globe/dimensions'
import { PointerTracker } from '../../../../src/renderer/globe/pointer'
import { shortName } from '../../../../src/renderer/globe/regionName'
import { GlobeRuntime } from '../../../../src/renderer/globe/runtime'
import { useAppStore } from '../../../../src/renderer/state/store'
import type { Region, RegionStatus } from '../../../../src/shared/dataset/schema'
import { HEIGHT, WIDTH, cameraOver, measureByLength } from '../../fixtures/renderer/globe'

function region(code: string, name: string, lat: number, lon: number, status: RegionStatus = 'available'): Region {
  return {
    code,
    name,
    partition: 'aws',
    city: 'City',
    countryCode: 'XX',
    country: 'Testland',
    lat,
    lon,
    coordinatePrecision: 'city',
    launchYear: status === 'available' ? 2020 : null,
    status,
    optIn: false,
    azCount: status === 'available' ? 3 : null,
    azIds: [],
    notes: [],
    legalFrames: [],
    sources: ['test'],
  }
}

function runtimeWith(regions: Region[], camera: PerspectiveCamera): GlobeRuntime {
  const runtime = new GlobeRuntime()
  runtime.setRegions(regions)
  runtime.project(camera, WIDTH, HEIGHT)
  return runtime
}

const regions = [
  region('xx-centre-1', 'Area (Centre)', 0, 0),
  region('xx-east-1', 'Area (Eastport)', 0, 20),
  region('xx-far-1', 'Area (Far Side)', 0, 180),
  region('xx-next-1', 'Area (Next Door)', 0.3, 0.3, 'announced'),
]

describe('GlobeRuntime', () => {
  it('projects the region under the camera to the middle of the canvas, facing the camera', () => {
    const runtime = runtimeWith(regions, cameraOver(0, 0, 3))
    expect(runtime.screen[0]).toBeCloseTo(WIDTH / 2, 3)
    expect(runtime.screen[1]).toBeCloseTo(HEIGHT / 2, 3)
    expect(runtime.facing[0]).toBeGreaterThan(0)
    expect(runtime.cameraDistance).toBeCloseTo(3, 6)
  })

  it('puts a region east of the centre to the right, and the far side behind the horizon', () => {
    const runtime = runtimeWith(regions, cameraOver(0, 0, 3))
    expect(runtime.screen[2]).toBeGreaterThan(WIDTH / 2 + 50)
    expect(runtime.screen[3]).toBeCloseTo(HEIGHT / 2, 3)
    expect(runtime.facing[2]).toBeLessThan(0)
  })

  it('reports screen positions in viewport coordinates, with visibility', () => {
    const runtime = runtimeWith(regions, cameraOver(0, 0, 3))
    const canvas = document.createElement('canvas')
    canvas.getBoundingClientRect = () => DOMRect.fromRect({ x: 100, y: 50, width: WIDTH, height: HEIGHT })
    runtime.canvas = canvas
    const centre = runtime.screenPosition('xx-centre-1')
    expect(centre?.x).toBeCloseTo(100 + WIDTH / 2, 3)
    expect(centre?.y).toBeCloseTo(50 + HEIGHT / 2, 3)
    expect(centre?.visible).toBe(true)
    expect(runtime.screenPosition('xx-far-1')?.visible).toBe(false)
    expect(runtime.screenPosition('no-such-1')).toBeNull()
  })

  it('picks the region under a canvas point but not one behind the globe', () => {
    const runtime = runtimeWith(regions, cameraOver(0, 180, 3))
    // From over the far side, the far-side region is in the middle and the centre region hidden.
    expect(runtime.pick(WIDTH / 2 + 3, HEIGHT / 2 - 2, 12)).toBe(2)
    const hiddenCentre = runtimeWith(regions, cameraOver(0, 180, 3))
    hiddenCentre.facing[2] = -1
    expect(hiddenCentre.pick(WIDTH / 2, HEIGHT / 2, 12)).toBe(-1)
  })
})

describe('GlobeRuntime first frame', () => {
  it('waits for a frame that shows the markers before heavy work may start', async () => {
    const runtime = new GlobeRuntime()
    runtime.setRegions(regions)
    let started = false
    void runtime.afterFirstFrame().then(() => {
      started = true
    })
    runtime.frameRendered()
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(started).toBe(false)
    runtime.markersMounted = true
    runtime.frameRendered()
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(started).toBe(true)
  })

  it('does not wait when there are no regions to show', async () => {
    const runtime = new GlobeRuntime()
    runtime.frameRendered()
    await expect(runtime.afterFirstFrame()).resolves.toBeUndefined()
  })
})

describe('shortName', () => {
  it('takes the place in parentheses, or the city when there is none', () => {
    expect(shortName({ name: 'Europe (Frankfurt)', city: 'Frankfurt am Main' })).toBe('Frankfurt')
    expect(shortName({ name: 'South America (São Paulo)', city: 'São Paulo' })).toBe('São Paulo')
    expect(shortName({ name: 'Somewhere', city: 'Cityville' })).toBe('Cityville')
  })

  it('prefers the city to a bare compass word', () => {
    expect(shortName({ name: 'Canada (Central)', city: 'Montreal' })).toBe('Montreal')
    expect(shortName({ name: 'AWS GovCloud (US-West)', city: 'US Northwest (undisclosed)' })).toBe('US-West')
  })
})

describe('LabelLayer', () => {
  function labelsFor(camera: PerspectiveCamera, selected = -1, hovered = -1) {
    const runtime = runtimeWith(regions, camera)
    const elements = document.body.querySelectorAll('*').length
    const sprites = new LabelSprites()
    const layer = new LabelLayer({ sprites, measure: measureByLength })
    layer.setRegions(runtime.regions)
    layer.update(runtime, selected, hovered)
    const label = (code: string) => layer.drawnLabels(runtime).find((drawn) => drawn.code === code)
    const shown = (code: string) => label(code) !== undefined
    const nameShown = (code: string) => (label(code)?.lines.length ?? 0) > 1
    return { runtime, layer, elements, sprites, label, shown, nameShown }
  }

  it('draws one label per region showing its code, with nothing over the canvas in the pointer’s way', () => {
    const { elements, sprites, label } = labelsFor(cameraOver(0, 0, 3))
    // Two lines a label (the code, the place name) and room for the layers' labels, all in the one mesh; no element over the canvas.
    expect(sprites.mesh.geometry.instanceCount).toBe(2 * regions.length + LAYER_LABEL_CAPACITY)
    expect(document.body.querySelectorAll('*')).toHaveLength(elements)
    expect(label('xx-east-1')?.lines[0]?.runs.map((run) => run.text).join(' ')).toContain('xx-east-1')
  })

  it('hides the labels of regions behind the globe', () => {
    const { shown } = labelsFor(cameraOver(0, 0, 3))
    expect(shown('xx-east-1')).toBe(true)
    expect(shown('xx-far-1')).toBe(false)
  })

  it('gives the better side to the available region over the announced one next to it, and to the selected one over both', () => {
    const side = (labels: ReturnType<typeof labelsFor>, code: string): 'right' | 'left' | 'hidden' => {
      const drawn = labels.label(code)
      if (!drawn) return 'hidden'
      const i = labels.runtime.indexOf(code)
      return drawn.left > (labels.runtime.screen[2 * i] as number) ? 'right' : 'left'
    }
    const plain = labelsFor(cameraOver(0, 0, 3))
    expect(side(plain, 'xx-centre-1')).toBe('right')
    expect(side(plain, 'xx-next-1')).toBe('left')
    const selected = labelsFor(cameraOver(0, 0, 3), 3)
    expect(side(selected, 'xx-next-1')).toBe('right')
    expect(side(selected, 'xx-centre-1')).toBe('left')
  })

  it('hides a label that has no free side', () => {
    const crowded = [...regions, region('xx-west-1', 'Area (Westport)', 0.15, -0.6)]
    const runtime = runtimeWith(crowded, cameraOver(0, 0, 3))
    const layer = new LabelLayer({ measure: measureByLength })
    layer.setRegions(runtime.regions)
    layer.update(runtime, -1, -1)
    const shown = (code: string) => layer.drawnLabels(runtime).some((drawn) => drawn.code === code)
    expect(shown('xx-centre-1')).toBe(true)
    expect(shown('xx-west-1')).toBe(true)
    expect(shown('xx-next-1')).toBe(false)
  })

  it('shows the place name only when zoomed in, selected or hovered', () => {
    const far = labelsFor(cameraOver(0, 0, 3), -1, 1)
    expect(far.nameShown('xx-centre-1')).toBe(false)
    expect(far.nameShown('xx-east-1')).toBe(true)
    expect(far.label('xx-east-1')?.lines[1]?.runs[0]?.text).toContain('Eastport')
    const near = labelsFor(cameraOver(0, 10, NAME_DISTANCE - 0.2))
    expect(near.nameShown('xx-east-1')).toBe(true)
  })

  it('highlights the hovered and selected labels and restores the others', () => {
    const { runtime, layer, label } = labelsFor(cameraOver(0, 0, 3), 0, 1)
    const code = (c: string) => label(c)?.lines[0]?.runs[0]
    expect(code('xx-centre-1')?.weight).toBe(700)
    expect(code('xx-east-1')?.weight).toBe(700)
    expect(label('xx-centre-1')?.tone).toBe('selected')
    expect(label('xx-east-1')?.tone).toBe('hovered')
    expect(code('xx-centre-1')?.colour).not.toBe(code('xx-east-1')?.colour)
    layer.update(runtime, -1, -1)
    expect(code('xx-centre-1')?.weight).toBe(600)
    expect(code('xx-east-1')?.weight).toBe(600)
    expect(code('xx-centre-1')?.colour).toBe(code('xx-east-1')?.colour)
  })

  it('places each shown label beside its marker and keeps shown labels apart', () => {
    const { runtime, layer } = labelsFor(cameraOver(0, 0, 3))
    const boxes = layer.drawnLabels(runtime).map((drawn) => ({ x: drawn.left, y: drawn.top, w: drawn.width, h: drawn.height }))
    const east = runtime.indexOf('xx-east-1')
    expect(boxes.some((b) => Math.abs(b.x - (runtime.screen[2 * east] as number)) < 20)).toBe(true)
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!
        const b = boxes[j]!
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
        expect(overlap).toBe(false)
      }
    }
  })

  it('writes the mesh only when a label changes: a second frame with the same view uploads nothing', () => {
    const { runtime, layer, sprites } = labelsFor(cameraOver(0, 0, 3))
    const box = sprites.mesh.geometry.getAttribute('aBox') as InstancedBufferAttribute
    const version = box.version
    layer.update(runtime, -1, -1)
    expect(box.version).toBe(version)
    layer.update(runtime, -1, 1)
    expect(box.version).toBeGreaterThan(version)
  })
})

describe('label layout against markers and annotations', () => {
  const boxOf = (drawn: DrawnLabel) => ({ left: drawn.left, top: drawn.top, right: drawn.left + drawn.width, bottom: drawn.top + drawn.height })
  const covers = (box: { left: number; top: number; right: number; bottom: number }, x: number, y: number, r: number) =>
    box.left < x + r && box.right > x - r && box.top < y + r && box.bottom > y - r

  it('never places a label over another region’s marker', () => {
    // A tight cluster: each label's preferred side holds a neighbour's marker.
    const cluster = [
      region('xx-a-1', 'Area (A)', 0, 0),
      region('xx-b-1', 'Area (B)', 0, 1.2),
      region('xx-c-1', 'Area (C)', 0, 2.4),
      region('xx-d-1', 'Area (D)', 0.4, 0.6),
    ]
    const runtime = runtimeWith(cluster, cameraOver(0, 1, 3))
    const layer = new LabelLayer({ measure: measureByLength })
    layer.setRegions(runtime.regions)
    layer.update(runtime, -1, -1)
    const shown = layer.drawnLabels(runtime)
    expect(shown.length).toBeGreaterThan(0)
    for (const label of shown) {
      const own = runtime.indexOf(label.code)
      for (let i = 0; i < cluster.length; i++) {
        if (i === own) continue
        expect(covers(boxOf(label), runtime.screen[2 * i] as number, runtime.screen[2 * i + 1] as number, MARKER_RADIUS_PX), `${label.code} over ${cluster[i]!.code}`).toBe(false)
      }
    }
  })

  it('gives way to an annotation it would cover', () => {
    const runtime = runtimeWith(regions, cameraOver(0, 0, 3))
    const layer = new LabelLayer({ measure: measureByLength })
    layer.setRegions(runtime.regions)
    layer.update(runtime, -1, -1)
    const label = () => layer.drawnLabels(runtime).find((drawn) => drawn.code === 'xx-east-1')
    expect(label()).toBeDefined()
    const before = boxOf(label()!)
    // An annotation's text plate over that label and the space on its other side.
    const i = runtime.indexOf('xx-east-1')
    const x = runtime.screen[2 * i] as number
    const plate = { left: x - 200, top: before.top - 5, right: x + 200, bottom: before.bottom + 5 }
    layer.update(runtime, -1, -1, { annotations: [plate] })
    expect(label()).toBeUndefined()
  })

  it('gives the better side to the older region’s label, and to a compared region’s', () => {
    const pair = [
      { ...region('xx-new-1', 'Area (New)', 0, 0), launchYear: 2021 },
      { ...region('xx-old-1', 'Area (Old)', 0.05, 0.1), launchYear: 2011 },
    ]
    const visible = (compared: number[] = []) => {
      const runtime = runtimeWith(pair, cameraOver(0, 0, 3))
      const layer = new LabelLayer({ measure: measureByLength })
      layer.setRegions(runtime.regions)
      layer.update(runtime, -1, -1, { compared })
      // Right of the marker is the preferred side; a label that lost it is drawn on the left, aligned to the marker.
      const drawn = layer.drawnLabels(runtime)
      return pair.map((r) => drawn.find((label) => label.code === r.code)?.side)
    }
    expect(visible()).toEqual(['left', 'right'])
    expect(visible([0])).toEqual(['right', 'left'])
  })

  it('ranks by launch year, oldest 1, newest and unknown 0', () => {
    expect(launchRanks([{ launchYear: 2006 }, { launchYear: 2016 }, { launchYear: 2026 }, { launchYear: null }])).toEqual([1, 0.5, 0, 0])
    expect(launchRanks([{ launchYear: null }])).toEqual([0])
  })
})

describe('PointerTracker', () => {
  function tracker() {
    const runtime = runtimeWith(regions, cameraOver(0, 0, 3))
    const cursor = { value: '' }
    const pointer = new PointerTracker(runtime, (value) => {
      cursor.value = value
    })
    const east = runtime.indexOf('xx-east-1')
    const at: [number, number] = [runtime.screen[2 * east] as number, runtime.screen[2 * east + 1] as number]
    return { pointer, cursor, at }
  }

  it('hovers the marker under the pointer and shows a pointer cursor', () => {
    const { pointer, cursor, at } = tracker()
    pointer.move(at[0] + 4, at[1] - 3, 0)
    expect(useAppStore.getState().hoveredCode).toBe('xx-east-1')
    expect(cursor.value).toBe('pointer')
    pointer.move(10, 10, 0)
    expect(useAppStore.getState().hoveredCode).toBeNull()
    expect(cursor.value).toBe('')
  })

  it('selects on a click but not at the end of a drag', () => {
    const { pointer, at } = tracker()
    pointer.down(at[0] - 60, at[1], 0)
    pointer.move(at[0], at[1], 1)
    pointer.up(at[0], at[1], 0)
    expect(useAppStore.getState().selectedCode).toBeNull()
    pointer.down(at[0], at[1], 0)
    pointer.up(at[0] + 1, at[1] + 1, 0)
    expect(useAppStore.getState().selectedCode).toBe('xx-east-1')
  })

  it('keeps the selection on a click on the empty globe', () => {
    const { pointer } = tracker()
    useAppStore.getState().select('xx-centre-1')
    pointer.down(WIDTH / 2 + 80, HEIGHT / 2 + 80, 0)
    pointer.up(WIDTH / 2 + 80, HEIGHT / 2 + 80, 0)
    expect(useAppStore.getState().selectedCode).toBe('xx-centre-1')
  })

  it('clears the hover when the pointer leaves the globe', () => {
    const { pointer, at } = tracker()
    pointer.move(at[0], at[1], 0)
    pointer.leave()
    expect(useAppStore.getState().hoveredCode).toBeNull()
  })
})
