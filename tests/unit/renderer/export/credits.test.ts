import { describe, expect, it } from 'vitest'
import { datesLine, drawnLayers, drawnSources, type DrawnState } from '../../../../src/renderer/export/credits'
import { datasetDates } from '../../../../src/shared/dataset/asOf'
import type { Dataset } from '../../../../src/shared/dataset/schema'
import { parseDataset } from '../../../../src/shared/dataset/validate'
import shipped from '../../../../assets/data/infrastructure.json'

/** The dataset the app ships, through the bundler as the app gets it (the test DOM cannot read files by URL). */
const DATASET: Dataset = (() => {
  const check = parseDataset(JSON.stringify(shipped))
  if (!check.ok) throw new Error(check.problems.join('\n'))
  return check.dataset
})()
const committedDataset = () => DATASET

const NO_LAYERS = { network: false, latencyArcs: false, edges: false, localZones: false, wavelengthZones: false, reach: false }

function state(overrides: Partial<DrawnState> = {}): DrawnState {
  return {
    dataset: committedDataset(),
    layers: NO_LAYERS,
    userLocation: null,
    markerColouring: 'status',
    requiredServices: [],
    ...overrides,
  } as DrawnState
}

const ids = (s: DrawnState) => drawnSources(drawnLayers(s)).map((source) => source.id)
const keys = (s: DrawnState) => drawnLayers(s).map((layer) => layer.key)

describe('what an exported image credits', () => {
  it('dates the regions by their own layer and credits the land, and nothing of a layer that is off', () => {
    const regions = datasetDates(committedDataset()).layers.find((l) => l.key === 'regions')!
    const drawn = drawnLayers(state())
    expect(drawn[0]).toMatchObject({ key: 'regions', asOf: regions.asOf })
    expect(keys(state())).toContain('land')
    expect(ids(state())).toContain('world-atlas')
    for (const absent of ['cloudping-p50-1y', 'ripe-atlas-country-rtt', 'aws-edge-locations', 'ec2-prices-2025-04', 'regional-table-services']) {
      expect(ids(state())).not.toContain(absent)
    }
  })

  it('credits RIPE Atlas and the inter-region matrix, each with its own date, only while the arcs show figures from a place', () => {
    const arcsOff = state({ userLocation: { lat: -1.29, lon: 36.82, label: 'Nairobi' } as DrawnState['userLocation'] })
    expect(ids(arcsOff)).not.toContain('ripe-atlas-country-rtt')
    const arcs = state({
      layers: { ...NO_LAYERS, latencyArcs: true },
      userLocation: { lat: -1.29, lon: 36.82, label: 'Nairobi' } as DrawnState['userLocation'],
    })
    expect(ids(arcs)).toEqual(expect.arrayContaining(['cloudping-p50-1y', 'ripe-atlas-country-rtt']))
    const line = datesLine(drawnLayers(arcs))
    expect(line).toContain('Inter-region latency 2025-05-29')
    expect(line).toMatch(/Latency model \(user estimates\) \d{4}-\d{2}-\d{2}/)
  })

  it('credits the edge-location source only when edges are drawn, and each price sheet with its date when markers are coloured by price', () => {
    expect(ids(state({ layers: { ...NO_LAYERS, edges: true } }))).toContain('aws-edge-locations')
    const priced = drawnLayers(state({ markerColouring: 'price-index' }))
    const sheets = priced.filter((l) => l.key.startsWith('prices/'))
    expect(sheets.length).toBeGreaterThan(0)
    expect(new Set(sheets.map((s) => s.asOf)).size).toBe(sheets.length)
    expect(ids(state({ requiredServices: ['s3'] }))).toContain('regional-table-services')
  })

  it('dates the schematic network by the measurements it is derived from, as the legend does', () => {
    const network = drawnLayers(state({ layers: { ...NO_LAYERS, network: true } })).find((l) => l.key === 'network')
    const latency = datasetDates(committedDataset()).layers.find((l) => l.key === 'latency')!
    expect(network?.asOf).toBe(latency.asOf)
    expect(network?.asOf).not.toBe(datasetDates(committedDataset()).layers.find((l) => l.key === 'regions')!.asOf)
  })
})
