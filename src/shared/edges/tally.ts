import type { CloudFrontFigure, EdgeLocations } from '../dataset/schema'

export interface RegionalEdgeCacheTally {
  /** Regional edge caches in the dataset. */
  shown: number
  /** Of those, confirmed by AWS's own text (high confidence). */
  confirmed: number
  /** How many AWS says there are (its current headline figure); null where no figure is known. */
  stated: number | null
}

/** For "13 regional edge caches shown, 12 confirmed by AWS, of the 13 AWS states". */
export function regionalEdgeCacheTally(edges: Pick<EdgeLocations, 'items' | 'figures'>): RegionalEdgeCacheTally {
  const caches = edges.items.filter((e) => e.kind === 'regional-edge-cache')
  const stated = edges.figures.find((f) => f.headline && f.figure === 'regional-edge-caches')
  return {
    shown: caches.length,
    confirmed: caches.filter((c) => c.confidence === 'high').length,
    stated: stated ? stated.value : null,
  }
}

/** AWS's current headline figures, in the dataset's order. */
export function headlineFigures(edges: Pick<EdgeLocations, 'figures'>): CloudFrontFigure[] {
  return edges.figures.filter((f) => f.headline)
}

/** A figure as the page gives it: "600+" or "13". */
export function figureText(figure: Pick<CloudFrontFigure, 'value' | 'orMore'>): string {
  return `${figure.value}${figure.orMore ? '+' : ''}`
}
