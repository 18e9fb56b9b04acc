import { palette } from '../theme/palette'
import type { RegionNote } from './layerLabels'

/** The word beside a region's label in the year it appears on the time-lapse. */
export const FRESH_NOTE = 'new'

/** "new", in the glow's colour, beside the label of each region new at the time-lapse's year. */
export function freshNotes(added: ReadonlySet<string>): Map<string, RegionNote> {
  return new Map([...added].map((code) => [code, { text: FRESH_NOTE, color: palette.regionNew }]))
}
