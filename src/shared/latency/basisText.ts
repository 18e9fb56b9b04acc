import type { ExplainedRegion } from './rank'

/**
 * What a figure is and what it rests on, in words:
 *   "measured eu-central-1→us-east-1 round trip"
 *   "estimate, based on the measured eu-central-1→eu-west-2 round trip plus the access path"
 *   "estimate from distance, following the measured routes of eu-central-1 and other nearby regions, plus the access path"
 *   "estimate from distance alone plus the access path"
 * Figures on the internet path are a user's: they always include the access path, and say so.
 */
export function basisText(rank: ExplainedRegion): string {
  const access = rank.path === 'internet'
  const g = rank.basedOn
  switch (g.kind) {
    case 'measured':
      return g.from === rank.code ? `measured round trip inside ${g.from}` : `measured ${g.from}→${rank.code} round trip`
    case 'measured-route': {
      const route = g.from === rank.code ? `the measured round trip inside ${g.from}` : `the measured ${g.from}→${rank.code} round trip`
      return `estimate, based on ${route}${access ? ' plus the access path' : ''}`
    }
    case 'route-corrected':
      return `estimate from distance, following the measured routes of ${g.anchor} and other nearby regions${access ? ', plus the access path' : ''}`
    case 'distance':
      return `estimate from distance alone${access ? ' plus the access path' : ''}`
  }
}
