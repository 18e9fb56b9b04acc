import { act, render, screen, within } from '@testing-library/react'
import { Color } from 'three'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import {
  markerEmphasis,
  markerLook,
  markerShapeCode,
  createMarkerBuffers,
  topRankNotes,
  writeMarkerBuffers,
  type MarkerInputs,
} from '../../../../src/renderer/globe/markerAttributes'
import '../../../../src/renderer/globe/markerLegend'
import { palette } from '../../../../src/renderer/theme/palette'
import { PointerTracker } from '../../../../src/renderer/globe/pointer'
import { PRICE_UNKNOWN_COLOUR, priceBinFor, priceBins } from '../../../../src/renderer/globe/priceScale'
import { GlobeRuntime } from '../../../../src/renderer/globe/runtime'
import { Legend } from '../../../../src/renderer/panel/Legend'
import { priceIndexesOf } from '../../../../src/shared/pricing'
import { drawnPositions } from '../../../../src/shared/regions'
import { regionStatusesOf } from '../../../../src/shared/status'
import type { RegionEmphasis } from '../../../../src/renderer/state/selectors'
import { useAppStore } from '../../../../src/renderer/state/store'
import type { Region } from '../../../../src/shared/dataset/schema'
import { makePricedDataset } from '../../fixtures/renderer/compare'
import { makeStatusDataset } from '../../fixtures/renderer/status'
import { HEIGHT, WIDTH, cameraOver } from '../../fixtures/renderer/globe'

const emphasis = vi.hoisted(() => ({ current: { dimmed: new Set<string>(), top: [] as string[] } as RegionEmphasis }))
vi.mock('../../../../src/renderer/state/selectors/emphasis', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../src/renderer/state/selectors/emphasis')>()),
  selectRegionEmphasis: () => emphasis.current,
}))

const dataset = makePricedDataset()
const byCode = (code: string): Region => dataset.regions.find((r) => r.code === code)!

function inputs(overrides: Partial<MarkerInputs> = {}): MarkerInputs {
  return {
    colouring: 'status',
    priceIndexes: priceIndexesOf(dataset),
    dimmed: new Set(),
    top: [],
    compared: [],
    statuses: regionStatusesOf(dataset),
    placement: new Map(),
    theme: 'dark',
    ...overrides,
  }
}

function luminance(hex: string): number {
  const c = new Color(hex) // linear components
  return 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b
}

beforeEach(() => {
  emphasis.current = { dimmed: new Set(), top: [] }
})

describe('how a marker looks', () => {
  it('shows status by default: a disc for available, a ring for announced', () => {
    expect(markerLook(byCode('eu-central-1'), inputs())).toEqual({ fill: palette.regionAvailable, shape: 'disc', emphasis: 0 })
    expect(markerLook(byCode('me-west-1'), inputs())).toEqual({ fill: palette.regionAnnounced, shape: 'ring', emphasis: 0 })
  })

  it('colours by price bin in price mode, and draws regions without an index as grey rings', () => {
    const priced = inputs({ colouring: 'price-index' })
    expect(markerLook(byCode('us-east-1'), priced)).toMatchObject({ fill: priceBinFor(1).colour, shape: 'disc' })
    expect(markerLook(byCode('sa-east-1'), priced)).toMatchObject({ fill: priceBinFor(1.5).colour, shape: 'disc' })
    expect(markerLook(byCode('cn-north-1'), priced)).toMatchObject({ fill: PRICE_UNKNOWN_COLOUR, shape: 'ring' })
    expect(markerLook(byCode('mx-central-1'), priced)).toMatchObject({ fill: PRICE_UNKNOWN_COLOUR, shape: 'ring' })
  })

  it('sets one bit each for dimmed, compared and top three, which combine', () => {
    const marked = inputs({ dimmed: new Set(['sa-east-1']), top: ['eu-central-1'], compared: ['eu-central-1', 'sa-east-1'] })
    expect(markerLook(byCode('sa-east-1'), marked).emphasis).toBe(markerEmphasis.dimmed | markerEmphasis.compared)
    expect(markerLook(byCode('eu-central-1'), marked).emphasis).toBe(markerEmphasis.top | markerEmphasis.compared)
    expect(markerLook(byCode('us-east-1'), marked).emphasis).toBe(0)
  })

  it('writes the looks into per-instance buffers in region order, colours in linear RGB', () => {
    const regions = dataset.regions
    const buffers = createMarkerBuffers(regions.length)
    writeMarkerBuffers(regions, inputs({ colouring: 'price-index', top: ['us-east-1'] }), buffers)
    const i = regions.findIndex((r) => r.code === 'us-east-1')
    const expected = new Color(priceBinFor(1).colour)
    expect(Array.from(buffers.fill.slice(3 * i, 3 * i + 3))).toEqual([expected.r, expected.g, expected.b].map(Math.fround))
    expect(buffers.emphasis[i]).toBe(markerEmphasis.top)
    const cn = regions.findIndex((r) => r.code === 'cn-north-1')
    expect(buffers.shape[cn]).toBe(markerShapeCode.ring)
  })

  it('draws a reported outage by shape in both colourings: half a disc while open, a struck ring when out of service', () => {
    const status = makeStatusDataset()
    const code = (c: string) => status.regions.find((r) => r.code === c)!
    const own = inputs({ statuses: regionStatusesOf(status), priceIndexes: priceIndexesOf(status) })
    expect(markerLook(code('sa-east-1'), own)).toMatchObject({ fill: palette.regionOutage, shape: 'half' })
    expect(markerLook(code('mx-central-1'), own)).toMatchObject({ fill: palette.regionOutage, shape: 'struck' })
    expect(markerLook(code('me-west-1'), own)).toMatchObject({ fill: palette.regionAnnounced, shape: 'ring' })
    expect(markerLook(code('eu-central-1'), own)).toMatchObject({ fill: palette.regionAvailable, shape: 'disc' })
    // By price the fill is the price bin, and the outage still shows in the shape.
    const priced = { ...own, colouring: 'price-index' as const }
    expect(markerLook(code('mx-central-1'), priced).shape).toBe('struck')
    expect(markerLook(code('sa-east-1'), priced).shape).toBe('half')
    expect(new Set(Object.values(markerShapeCode)).size).toBe(4)
  })

  it('marks a placeholder location as approximate, with its own bit', () => {
    const status = makeStatusDataset()
    const placement = new Map(drawnPositions(status.regions).map((p) => [p.code, p]))
    const look = (c: string) => markerLook(status.regions.find((r) => r.code === c)!, inputs({ placement, top: ['us-gov-east-1'] }))
    expect(look('us-gov-east-1').emphasis).toBe(markerEmphasis.approximate | markerEmphasis.top)
    expect(look('me-west-1').emphasis).toBe(markerEmphasis.approximate)
    expect(look('us-east-1').emphasis).toBe(0)
  })

  it('keeps the status shape and the approximate ring apart from the time-lapse\'s hidden and new bits', () => {
    const status = makeStatusDataset()
    const code = (c: string) => status.regions.find((r) => r.code === c)!
    const placement = new Map(drawnPositions(status.regions).map((p) => [p.code, p]))
    const year = inputs({
      statuses: regionStatusesOf(status),
      priceIndexes: priceIndexesOf(status),
      placement,
      shown: new Set(['us-east-1', 'sa-east-1', 'us-gov-east-1']),
      added: new Set(['us-gov-east-1']),
    })
    expect(markerLook(code('us-gov-east-1'), year).emphasis).toBe(markerEmphasis.approximate | markerEmphasis.fresh)
    expect(markerLook(code('me-west-1'), year)).toMatchObject({
      shape: 'ring',
      emphasis: markerEmphasis.approximate | markerEmphasis.hidden,
    })
    expect(markerLook(code('mx-central-1'), year)).toMatchObject({ shape: 'struck', emphasis: markerEmphasis.hidden })
    expect(markerLook(code('sa-east-1'), year)).toMatchObject({ shape: 'half', emphasis: 0 })
    const bits = Object.values(markerEmphasis)
    expect(new Set(bits).size).toBe(bits.length)
    for (const bit of bits) expect(Math.log2(bit) % 1).toBe(0)
  })

  it('labels the top three with their rank', () => {
    expect([...topRankNotes(['b', 'a', 'c'])].map(([code, note]) => `${code} ${note.text}`)).toEqual(['b #1', 'a #2', 'c #3'])
  })
})

describe('the price scale', () => {
  it('covers every index with bins that start where the previous ends', () => {
    expect(priceBins.map((bin) => bin.max)).toEqual([0.95, 1.05, 1.15, 1.25, Number.POSITIVE_INFINITY])
    expect(priceBinFor(0.5).id).toBe('under-0.95')
    expect(priceBinFor(1).id).toBe('0.95-1.05')
    expect(priceBinFor(1.05).id).toBe('1.05-1.15')
    expect(priceBinFor(3).id).toBe('over-1.25')
  })

  it('darkens steadily from cheap to dear, so the order reads without hue', () => {
    const l = priceBins.map((bin) => luminance(bin.colour))
    for (let i = 1; i < l.length; i++) expect(l[i]!).toBeLessThan(l[i - 1]! * 0.85)
  })

  it('keeps unknown apart from every bin', () => {
    expect(priceBins.map((bin) => bin.colour)).not.toContain(PRICE_UNKNOWN_COLOUR)
  })
})

describe('the markers in the legend', () => {
  it('shows the price bins and "unknown" only while markers are coloured by price', () => {
    render(<Legend />)
    const legend = screen.getByTestId('legend')
    expect(within(legend).queryByText('1.05–1.15×')).toBeNull()
    act(() => useAppStore.getState().setMarkerColouring('price-index'))
    const bins = within(legend).getByRole('list', { name: /price index/ })
    expect(within(bins).getAllByRole('listitem').map((li) => li.textContent)).toEqual([...priceBins.map((b) => b.label), 'unknown'])
  })

  it('explains dimmed, top-three and compared markers only while the globe shows them', () => {
    useAppStore.getState().setDataset(dataset)
    render(<Legend />)
    const legend = screen.getByTestId('legend')
    expect(within(legend).queryByText('Outside your constraints')).toBeNull()
    expect(within(legend).queryByText(/Compared/)).toBeNull()
    emphasis.current = { dimmed: new Set(['sa-east-1']), top: ['us-east-1', 'eu-central-1', 'mx-central-1'] }
    act(() => useAppStore.getState().setCompareCodes(['us-east-1', 'sa-east-1']))
    expect(within(legend).getByText('Outside your constraints')).toBeTruthy()
    expect(within(legend).getByText(/Chooser top three/)).toBeTruthy()
    expect(within(legend).getByText(/Compared/)).toBeTruthy()
  })
})

describe('comparing from the globe', () => {
  function tracker() {
    const runtime = new GlobeRuntime()
    runtime.setRegions(dataset.regions)
    runtime.canvas = document.createElement('canvas')
    runtime.project(cameraOver(41.9, 12.5, 3), WIDTH, HEIGHT)
    return { runtime, pointer: new PointerTracker(runtime, () => {}) }
  }

  it('toggles a marker in the comparison with the compare modifier, leaving the selection alone', () => {
    const { runtime, pointer } = tracker()
    const frankfurt = runtime.screenPosition('eu-central-1')!
    useAppStore.getState().select('us-east-1')
    pointer.down(frankfurt.x, frankfurt.y, 0)
    pointer.up(frankfurt.x, frankfurt.y, 0, false, true)
    expect(useAppStore.getState().compareCodes).toEqual(['eu-central-1'])
    expect(useAppStore.getState().selectedCode).toBe('us-east-1')

    pointer.down(frankfurt.x, frankfurt.y, 0)
    pointer.up(frankfurt.x, frankfurt.y, 0, false, true)
    expect(useAppStore.getState().compareCodes).toEqual([])

    // A plain click still selects.
    pointer.down(frankfurt.x, frankfurt.y, 0)
    pointer.up(frankfurt.x, frankfurt.y, 0)
    expect(useAppStore.getState().selectedCode).toBe('eu-central-1')
    expect(useAppStore.getState().compareCodes).toEqual([])
  })
})
