import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Dataset } from '../src/shared/dataset/schema'
import { createRegionRanker, parseLatencyModel } from '../src/shared/latency'
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../src/shared/settings/schema'
import { bandFor } from '../src/renderer/globe/latencyBands'
import { palette } from '../src/renderer/theme/palette'
import type { BenchArc } from './globegl/arcs'

/**
 * The "network + latency arcs" scene: a user in São Paulo with the schematic network and the
 * latency arcs to every region on. InfraGlobe gets it as stored settings (what a returning user
 * has); the globe.gl page gets the same arcs, computed here with the app's own ranking, as data.
 */
export const ARCS_SCENE = 'network + latency arcs'

/** The web edition's settings key (src/renderer/platform/webSettings.ts). */
export const SETTINGS_KEY = 'infraglobe.settings.v1'

export const benchLocation = { lat: -23.55, lon: -46.63, label: 'São Paulo, BR', origin: 'search' } as const

export const benchSettings: Settings = {
  version: SETTINGS_VERSION,
  userLocation: { ...benchLocation },
  layers: { ...DEFAULT_SETTINGS.layers, network: true, latencyArcs: true },
  latencyArcScope: 'all',
  theme: 'dark',
  firstRunHintDismissed: true,
}

/**
 * The "everything" scene: the same user with every layer on (regions and their labels, network,
 * latency arcs, edge locations, Local and Wavelength Zones, reach), measured against globe.gl's
 * arcs scene: the most a presenter puts on the globe.
 */
export const EVERYTHING_SCENE = 'everything'

export const everythingSettings: Settings = {
  ...benchSettings,
  layers: { network: true, latencyArcs: true, edges: true, localZones: true, wavelengthZones: true, reach: true },
}

/**
 * The first scene compares the regions alone: InfraGlobe's network layer is on by default, so
 * it opens with both layers off (and no location), as a user who switched them off would.
 */
export const regionsOnlySettings: Settings = {
  version: SETTINGS_VERSION,
  userLocation: null,
  layers: { ...DEFAULT_SETTINGS.layers, network: false, latencyArcs: false },
  latencyArcScope: 'all',
  theme: 'dark',
  firstRunHintDismissed: true,
}

const modelPath = join(import.meta.dirname, '..', 'assets', 'data', 'latency-model.json')

/** The opacities InfraGlobe draws the two layers with (NetworkLinks.tsx, LatencyArcs.tsx), nothing highlighted. */
const NETWORK_ALPHA = 0.5
const LATENCY_ALPHA = 0.85

/** "#a9c7e8" at 0.5 → "rgba(169, 199, 232, 0.5)": globe.gl takes any CSS colour. */
function withAlpha(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16)
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`
}

/**
 * Every link of the dataset's schematic network in the network colour, and an arc from the pin
 * to every region coloured by the band of its estimated RTT, exactly as the app ranks them.
 */
export function benchArcs(dataset: Dataset): BenchArc[] {
  const model = parseLatencyModel(readFileSync(modelPath, 'utf8'))
  if (!model.ok) throw new Error(`${modelPath}: ${model.problems.join('; ')}`)
  const where = new Map(dataset.regions.map((r) => [r.code, r]))
  const at = (code: string) => {
    const region = where.get(code)
    if (!region) throw new Error(`the network names an unknown region ${code}`)
    return region
  }

  const network = dataset.network.links.map((link): BenchArc => {
    const [from, to] = [at(link.from), at(link.to)]
    return {
      kind: link.rttMs === null ? 'unmeasured' : 'network',
      startLat: from.lat,
      startLon: from.lon,
      endLat: to.lat,
      endLon: to.lon,
      colour: withAlpha(palette.networkLink, NETWORK_ALPHA),
    }
  })

  const rank = createRegionRanker(dataset.regions, model.model.params, {
    regions: dataset.latency.regions,
    rttMs: dataset.latency.rttMs,
  })
  const latency = rank(benchLocation).map((ranked): BenchArc => {
    const region = at(ranked.code)
    return {
      kind: 'latency',
      startLat: benchLocation.lat,
      startLon: benchLocation.lon,
      endLat: region.lat,
      endLon: region.lon,
      colour: withAlpha(bandFor(ranked.rttMs).colour, LATENCY_ALPHA),
    }
  })
  return [...network, ...latency]
}

/** The pin's colour on the globe.gl page: InfraGlobe's. */
export const pinColour = palette.userPin
