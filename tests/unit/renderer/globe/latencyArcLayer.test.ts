import { Color, type BufferAttribute } from 'three'
import { describe, expect, it } from 'vitest'
import { commitArcs, createArcBuffers, SEGMENT_VERTICES, segmentValue, writeArc } from '../../../../src/renderer/globe/arcGeometry'
import { NO_REGION, arcStyle } from '../../../../src/renderer/globe/arcMaterial'
import {
  ARC_PIECES,
  arcsFlowAfter,
  createLatencyLayer,
  nearestNotes,
  writeLatencyArcs,
} from '../../../../src/renderer/globe/latencyArcLayer'
import { bandFor, formatRtt, LABELLED_NEAREST, latencyBands } from '../../../../src/renderer/globe/latencyBands'
import { createNetworkLayer, linkLabels } from '../../../../src/renderer/globe/networkLinkLayer'
import { GlobeRuntime } from '../../../../src/renderer/globe/runtime'
import { rankerFor } from '../../../../src/renderer/state/selectors'
import { angleBetween, toVector, type Vec3 } from '../../../../src/shared/geo'
import { makeDataset } from '../../fixtures/renderer/dataset'
import { makeStatusDataset } from '../../fixtures/renderer/status'
import { regionStatus, regionStatusesOf } from '../../../../src/shared/status'

function relativeLuminance(hex: string): number {
  const channel = (i: number): number => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

function vec(array: ArrayLike<number>, i: number, size = 3): number[] {
  return Array.from({ length: size }, (_, k) => array[size * i + k] as number)
}

/** Segment i's value of an attribute, checked to be the same at all four of its corners. */
function seg(attribute: BufferAttribute, i: number): number[] {
  const value = segmentValue(attribute, i)
  for (let corner = 1; corner < SEGMENT_VERTICES; corner++) {
    expect(vec(attribute.array, i * SEGMENT_VERTICES + corner, attribute.itemSize)).toEqual(value)
  }
  return value
}

describe('latency bands', () => {
  it('covers every RTT with four bands, each starting where the previous ends', () => {
    expect(latencyBands.map((band) => band.maxMs)).toEqual([50, 100, 180, Number.POSITIVE_INFINITY])
    expect(latencyBands.map((band) => band.label)).toEqual(['< 50 ms', '50–100 ms', '100–180 ms', '≥ 180 ms'])
    expect(new Set(latencyBands.map((band) => band.id)).size).toBe(latencyBands.length)
  })

  it('puts each RTT in the band whose upper bound it is below', () => {
    expect(bandFor(0).id).toBe('under-50')
    expect(bandFor(49.9).id).toBe('under-50')
    expect(bandFor(50).id).toBe('50-100')
    expect(bandFor(99.99).id).toBe('50-100')
    expect(bandFor(100).id).toBe('100-180')
    expect(bandFor(180).id).toBe('over-180')
    expect(bandFor(900).id).toBe('over-180')
    expect(bandFor(Number.NaN).id).toBe('over-180')
  })

  it('darkens steadily from the fastest band to the slowest, so the order reads without hue', () => {
    const luminance = latencyBands.map((band) => relativeLuminance(band.colour))
    for (let i = 1; i < luminance.length; i++) expect(luminance[i]!).toBeLessThan(luminance[i - 1]! * 0.85)
  })

  it('keeps every band readable on the ocean', () => {
    for (const band of latencyBands) expect(contrast(band.colour, '#12304f')).toBeGreaterThan(4)
  })

  it('writes RTTs as whole milliseconds', () => {
    expect(formatRtt(78.4)).toBe('78 ms')
    expect(formatRtt(11.5)).toBe('12 ms')
    expect(formatRtt(0.3)).toBe('< 1 ms')
  })
})

describe('writeArc', () => {
  const from = toVector(50.11, 8.68)
  const to = toVector(38.9, -77.0)
  const spec = {
    from,
    to,
    pieces: 12,
    radius: 1.002,
    height: 0.1,
    color: new Color('#ff0000'),
    fromRegion: 3,
    toRegion: 5,
    style: arcStyle.dashed,
  }

  it('writes one instance per piece, chained end to start, from the first place to the second', () => {
    const buffers = createArcBuffers(20)
    expect(writeArc(buffers, 2, spec)).toBe(14)
    const start = buffers.start
    const end = buffers.end
    for (let i = 2; i < 13; i++) expect(seg(end, i)).toEqual(seg(start, i + 1))
    const first = seg(start, 2) as Vec3
    const last = seg(end, 13) as Vec3
    expect(Math.hypot(...first)).toBeCloseTo(1.002, 5)
    expect(angleBetween(first, from)).toBeLessThan(1e-5)
    expect(angleBetween(last, to)).toBeLessThan(1e-5)
    // Untouched outside the arc.
    expect(seg(start, 0)).toEqual([0, 0, 0])
    expect(seg(start, 14)).toEqual([0, 0, 0])
  })

  it('measures the distance travelled along the arc for the dashes', () => {
    const buffers = createArcBuffers(12)
    writeArc(buffers, 0, spec)
    const progress = buffers.progress
    expect(seg(progress, 0)[0]).toBe(0)
    let total = 0
    for (let i = 0; i < 12; i++) {
      const a = seg(buffers.start, i)
      const b = seg(buffers.end, i)
      total += Math.hypot(b[0]! - a[0]!, b[1]! - a[1]!, b[2]! - a[2]!)
      expect(seg(progress, i)[1]).toBeCloseTo(total, 5)
      if (i > 0) expect(seg(progress, i)[0]).toBe(seg(progress, i - 1)[1])
    }
    // Longer than the chord and than the great circle on the ground: the arc is lifted.
    expect(total).toBeGreaterThan(angleBetween(from, to) * 1.002)
  })

  it('gives every piece the arc’s colour, region ends and style, and commits the count', () => {
    const buffers = createArcBuffers(12)
    const count = writeArc(buffers, 0, spec)
    commitArcs(buffers, count)
    expect(buffers.count).toBe(12)
    // Two triangles a segment, and no more: the draw covers exactly the committed segments.
    expect(buffers.geometry.drawRange).toEqual({ start: 0, count: 12 * 6 })
    for (let i = 0; i < 12; i++) {
      expect(seg(buffers.color, i)).toEqual([1, 0, 0])
      expect(seg(buffers.ends, i)).toEqual([3, 5])
      expect(seg(buffers.style, i)).toEqual([arcStyle.dashed])
    }
    expect(buffers.start.version).toBeGreaterThan(0)
  })
})

function runtimeFor(dataset = makeDataset()): GlobeRuntime {
  const runtime = new GlobeRuntime()
  runtime.setRegions(dataset.regions)
  return runtime
}

describe('the network layer', () => {
  it('draws every link of the dataset as an arc in one mesh, unmeasured ones dashed', () => {
    const dataset = makeDataset()
    dataset.network.links.push({ from: 'sa-east-1', to: 'mx-central-1', rttMs: null, kind: 'neighbour' })
    const layer = createNetworkLayer(dataset.network.links, dataset.regions)
    expect(layer.links).toHaveLength(2)
    expect(layer.mesh.name).toBe('network-links')
    const count = layer.buffers.count
    expect(count).toBeGreaterThan(12)
    const styles = new Set(Array.from({ length: count }, (_, i) => seg(layer.buffers.style, i)[0]))
    expect(styles).toEqual(new Set([arcStyle.solid, arcStyle.dashed]))
  })

  it('skips a link to a region it does not know', () => {
    const dataset = makeDataset()
    const links = [...dataset.network.links, { from: 'eu-central-1', to: 'xx-nowhere-1', rttMs: 5, kind: 'neighbour' as const }]
    expect(createNetworkLayer(links, dataset.regions).links).toHaveLength(1)
  })

  it('lifts a link’s label to the arc’s midpoint, above the ground between its regions', () => {
    const dataset = makeDataset()
    const [link] = createNetworkLayer(dataset.network.links, dataset.regions).links
    const frankfurt = toVector(50.1109, 8.6821)
    expect(Math.hypot(...link!.midpoint)).toBeGreaterThan(1.05)
    expect(angleBetween(frankfurt, link!.midpoint)).toBeGreaterThan(0.3)
  })

  it('labels the links of the hovered and the selected region with their RTT, and none otherwise', () => {
    const links = [
      { from: 0, to: 1, rttMs: 92.4, midpoint: [0, 0, 1.1] as Vec3 },
      { from: 1, to: 2, rttMs: null, midpoint: [0, 1.1, 0] as Vec3 },
      { from: 3, to: 4, rttMs: 20, midpoint: [1.1, 0, 0] as Vec3 },
    ]
    expect(linkLabels(links, -1, -1)).toEqual([])
    expect(linkLabels(links, 0, -1).map((label) => label.text)).toEqual(['92 ms'])
    const both = linkLabels(links, 2, 0)
    expect(both.map((label) => label.text)).toEqual(['92 ms', 'not measured'])
    // The hovered region's links win a collision with the selected one's.
    expect(both[1]!.priority).toBeGreaterThan(both[0]!.priority)
    expect(both[0]).toMatchObject({ x: 0, y: 0, z: 1.1, align: 'centre' })
  })
})

describe('the latency arcs', () => {
  const saoPaulo = { lat: -23.55, lon: -46.63, label: 'São Paulo, BR', origin: 'search' as const }
  const frankfurt = { lat: 50.11, lon: 8.68, label: 'Frankfurt am Main, DE', origin: 'search' as const }

  it('draws an arc from the pin to every region, nearest first, coloured by the band of its RTT', () => {
    const dataset = makeDataset()
    const runtime = runtimeFor(dataset)
    const layer = createLatencyLayer(dataset.regions.length)
    const shown = writeLatencyArcs(layer, runtime, { dataset, userLocation: saoPaulo, on: true, scope: 'all' })
    expect(shown).toEqual(rankerFor(dataset)({ lat: saoPaulo.lat, lon: saoPaulo.lon }))
    expect(shown![0]!.code).toBe('sa-east-1')
    expect(layer.mesh.visible).toBe(true)
    const buffers = layer.buffers
    expect(buffers.count).toBe(dataset.regions.length * ARC_PIECES)
    shown!.forEach((region, k) => {
      const first = k * ARC_PIECES
      const last = first + ARC_PIECES - 1
      const i = runtime.indexOf(region.code)
      const target = toVector(dataset.regions[i]!.lat, dataset.regions[i]!.lon)
      expect(angleBetween(seg(buffers.start, first) as Vec3, toVector(saoPaulo.lat, saoPaulo.lon))).toBeLessThan(1e-5)
      expect(angleBetween(seg(buffers.end, last) as Vec3, target)).toBeLessThan(1e-5)
      const colour = new Color(bandFor(region.rttMs).colour)
      expect(seg(buffers.color, last)[1]).toBeCloseTo(colour.g, 5)
      expect(seg(buffers.ends, first)).toEqual([NO_REGION, i])
      expect(seg(buffers.style, first)).toEqual([arcStyle.directed])
    })
  })

  it('rewrites the same buffers in place when the pin moves', () => {
    const dataset = makeDataset()
    const runtime = runtimeFor(dataset)
    const layer = createLatencyLayer(dataset.regions.length)
    writeLatencyArcs(layer, runtime, { dataset, userLocation: saoPaulo, on: true, scope: 'all' })
    const geometry = layer.buffers.geometry
    const attribute = layer.buffers.start
    const array = attribute.array
    const version = attribute.version
    const shown = writeLatencyArcs(layer, runtime, { dataset, userLocation: frankfurt, on: true, scope: 'all' })
    expect(shown![0]!.code).toBe('eu-central-1')
    expect(layer.buffers.geometry).toBe(geometry)
    expect(layer.buffers.start).toBe(attribute)
    expect(geometry.getAttribute('aStart')).toBe(attribute)
    expect(attribute.array).toBe(array)
    expect(attribute.version).toBeGreaterThan(version)
    expect(angleBetween(seg(attribute, 0) as Vec3, toVector(frankfurt.lat, frankfurt.lon))).toBeLessThan(1e-5)
  })

  it('draws only the nearest N when the scope says so', () => {
    const dataset = makeDataset()
    const layer = createLatencyLayer(dataset.regions.length)
    const shown = writeLatencyArcs(layer, runtimeFor(dataset), { dataset, userLocation: saoPaulo, on: true, scope: 2 })
    expect(shown).toHaveLength(2)
    expect(layer.buffers.count).toBe(2 * ARC_PIECES)
  })

  it('hides the arcs when the layer is off or there is no location', () => {
    const dataset = makeDataset()
    const runtime = runtimeFor(dataset)
    const layer = createLatencyLayer(dataset.regions.length)
    writeLatencyArcs(layer, runtime, { dataset, userLocation: saoPaulo, on: true, scope: 'all' })
    expect(writeLatencyArcs(layer, runtime, { dataset, userLocation: saoPaulo, on: false, scope: 'all' })).toBeNull()
    expect(layer.mesh.visible).toBe(false)
    expect(layer.buffers.count).toBe(0)
    expect(layer.buffers.geometry.drawRange.count).toBe(0)
    expect(writeLatencyArcs(layer, runtime, { dataset, userLocation: null, on: true, scope: 'all' })).toBeNull()
    expect(layer.mesh.visible).toBe(false)
  })

  it('notes the RTT of the nearest few regions in their band’s colour', () => {
    const dataset = makeDataset()
    const ranked = rankerFor(dataset)({ lat: saoPaulo.lat, lon: saoPaulo.lon })
    const notes = nearestNotes(ranked)
    expect([...notes.keys()]).toEqual(ranked.slice(0, LABELLED_NEAREST).map((region) => region.code))
    const first = ranked[0]!
    expect(notes.get(first.code)).toEqual({ text: formatRtt(first.rttMs), color: bandFor(first.rttMs).colour })
  })

  it('says which labelled regions are not open, and always labels the nearest open one', () => {
    const dataset = makeStatusDataset()
    const ranked = rankerFor(dataset)({ lat: -1.2864, lon: 36.8172 })
    expect(ranked[0]!.code).toBe('me-west-1')
    const notes = nearestNotes(ranked, regionStatusesOf(dataset))
    expect(notes.get('me-west-1')?.text).toBe(`${formatRtt(ranked[0]!.rttMs)} · announced`)
    // Every region announced but the farthest: that one is still labelled, as the nearest open region.
    const last = ranked.at(-1)!
    const statuses = new Map(
      ranked.map((r) => [r.code, regionStatus({ code: r.code, status: r === last ? 'available' : 'announced', azCount: 3 }, [])]),
    )
    const closed = nearestNotes(ranked, statuses)
    expect([...closed.keys()]).toEqual([...ranked.slice(0, LABELLED_NEAREST).map((r) => r.code), last.code])
    expect(closed.get(last.code)?.text).toBe(formatRtt(last.rttMs))
  })
})

describe('when the latency arcs flow again', () => {
  const dataset = makeDataset()
  const here = { lat: 50.11, lon: 8.68, label: 'Frankfurt am Main, DE', origin: 'search' as const }
  const shown = { dataset, userLocation: here, on: true, scope: 'all' as const, theme: 'dark' as const, year: 2026 }

  it('flows when the layer first shows, comes on, the pin moves, or the scope or dataset changes', () => {
    expect(arcsFlowAfter(shown, null)).toBe(true)
    expect(arcsFlowAfter(shown, { ...shown, on: false })).toBe(true)
    expect(arcsFlowAfter(shown, { ...shown, userLocation: { ...here } })).toBe(true)
    expect(arcsFlowAfter(shown, { ...shown, scope: 5 })).toBe(true)
    expect(arcsFlowAfter(shown, { ...shown, dataset: makeDataset() })).toBe(true)
  })

  it('rests through a year step and a theme change, so a time-lapse lets the app go idle', () => {
    expect(arcsFlowAfter(shown, { ...shown, year: 2019 })).toBe(false)
    expect(arcsFlowAfter(shown, { ...shown, theme: 'light' })).toBe(false)
    expect(arcsFlowAfter(shown, { ...shown })).toBe(false)
  })
})
