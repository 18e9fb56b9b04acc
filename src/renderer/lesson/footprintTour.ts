import type { Region } from '../../shared/dataset/schema'
import type { CameraView } from '../globe/types'

/** Degrees of longitude per second while touring: about a quarter turn in six seconds, slow enough to read the labels. */
export const TOUR_DEGREES_PER_SECOND = 15

/**
 * How far in from the footprint's ends the tour starts and stops, degrees:
 * the end regions then sit well inside the view, not on the limb.
 */
const END_INSET = 50

export interface Tour {
  /** Where the tour starts: the footprint's western end in view. */
  start: CameraView
  /** Degrees of longitude to turn east. */
  degrees: number
}

/**
 * A tour across the whole footprint, for a scene about every region: no
 * single view of a globe shows more than a hemisphere, and AWS's regions
 * span some 300° of longitude. The footprint runs east from the end of the
 * widest stretch of longitude without a region (the Pacific) to its start;
 * the view turns across it at the scene's latitude and distance. Null when
 * the regions fit one view anyway.
 */
export function footprintTour(regions: readonly Pick<Region, 'lon' | 'status'>[], scene: CameraView): Tour | null {
  const lons = regions
    .filter((region) => region.status !== 'announced')
    .map((region) => region.lon)
    .sort((a, b) => a - b)
  if (lons.length < 2) return null
  let gap = 0
  let west = lons[0] as number
  for (let i = 0; i < lons.length; i++) {
    const here = lons[i] as number
    const next = i + 1 < lons.length ? (lons[i + 1] as number) : (lons[0] as number) + 360
    if (next - here > gap) {
      gap = next - here
      west = next > 180 ? next - 360 : next
    }
  }
  const span = 360 - gap
  const degrees = span - 2 * END_INSET
  if (degrees <= 20) return null
  const lon = west + END_INSET
  return { start: { lat: scene.lat, lon: lon > 180 ? lon - 360 : lon, distance: scene.distance }, degrees }
}
