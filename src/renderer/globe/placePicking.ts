import { horizonMargin, type Vec3 } from '../../shared/geo'
import { radii } from './dimensions'

/** A mark the pointer can pick: its key, where it sits (scene units) and how far it is drawn aside (CSS px). */
export interface PickablePlace {
  key: string
  at: Readonly<Vec3>
  offsetX: number
  offsetY: number
}

/** What picking needs from the globe: the last frame's projection and eye. */
export interface PlaceProjector {
  readonly eye: Readonly<Vec3>
  projectPoint(x: number, y: number, z: number, out: Float32Array): void
}

const point = new Float32Array(2)

/**
 * The edge and zone marks on show, by layer (each layer replaces its group
 * when its switch or data change), and the nearest of them to the pointer.
 * Marks are projected when the pointer asks, not every frame: a few hundred
 * points, only while the pointer is over the globe.
 */
export class PlacePicker {
  private readonly groups = new Map<string, readonly PickablePlace[]>()

  set(group: string, places: readonly PickablePlace[]): void {
    this.groups.set(group, places)
  }

  /** The key of the visible mark nearest (x, y) (canvas CSS px) within `maxDistance`, or null. */
  pick(projector: PlaceProjector, x: number, y: number, maxDistance: number): string | null {
    let best: string | null = null
    let bestSq = maxDistance * maxDistance
    for (const places of this.groups.values()) {
      for (const place of places) {
        if (!(horizonMargin(place.at, projector.eye, radii.earth) > 0)) continue
        projector.projectPoint(place.at[0], place.at[1], place.at[2], point)
        const dx = (point[0] as number) + place.offsetX - x
        const dy = (point[1] as number) - place.offsetY - y
        const sq = dx * dx + dy * dy
        if (sq < bestSq) {
          best = place.key
          bestSq = sq
        }
      }
    }
    return best
  }
}
