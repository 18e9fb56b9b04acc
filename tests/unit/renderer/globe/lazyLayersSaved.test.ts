import { describe, expect, it, vi } from 'vitest'

// Which layer modules were fetched: each mocked module records its own load.
const fetched = vi.hoisted(() => new Set<string>())
vi.mock('../../../../src/renderer/globe/NetworkLinks', () => (fetched.add('network'), { NetworkLinks: () => null }))
vi.mock('../../../../src/renderer/globe/LatencyArcs', () => (fetched.add('latencyArcs'), { LatencyArcs: () => null }))
vi.mock('../../../../src/renderer/globe/ReachLayer', () => (fetched.add('reach'), { ReachLayer: () => null }))
vi.mock('../../../../src/renderer/globe/ZoneMarkers', () => (fetched.add('zones'), { ZoneMarkers: () => null }))
vi.mock('../../../../src/renderer/globe/EdgeMarkers', () => (fetched.add('edges'), { EdgeMarkers: () => null }))
vi.mock('../../../../src/renderer/globe/RequestPath', () => (fetched.add('requestPath'), { RequestPath: () => null }))

const { preloadLayersSaved } = await import('../../../../src/renderer/globe/lazyLayers')

const allOff = { network: false, latencyArcs: false, reach: false, edges: false, localZones: false, wavelengthZones: false }

describe('preloadLayersSaved', () => {
  it('fetches the code of exactly the layers the saved settings show, zones for either kind of zone', async () => {
    await preloadLayersSaved({ layers: { ...allOff, network: true, wavelengthZones: true } })
    expect([...fetched].sort()).toEqual(['network', 'zones'])
    await preloadLayersSaved({ layers: { ...allOff, edges: true, reach: true } })
    expect([...fetched].sort()).toEqual(['edges', 'network', 'reach', 'zones'])
  })
})
