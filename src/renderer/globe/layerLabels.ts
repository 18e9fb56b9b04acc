/**
 * Labels that layers add to the globe's label layer besides the region
 * labels: RTTs on network links, the user's pin. They are placed and
 * de-cluttered together with the region labels in one pass, so nothing
 * overlaps; their priorities say who gives way.
 */
export interface LayerLabel {
  /** Anchor in scene coordinates (Earth radius 1). */
  x: number
  y: number
  z: number
  text: string
  /** Label-layer priority: see `layerLabelPriority`. */
  priority: number
  /**
   * 'centre': the box is centred on the anchor (a link's midpoint);
   * 'beside': right of the anchor, or left when that side is taken, its
   * middle `raisePx` above the anchor (beside a pin's head).
   */
  align: 'centre' | 'beside'
  /** From the anchor to the near edge of a 'beside' box, CSS px. */
  gapPx: number
  raisePx: number
  color: string
  /** Link RTTs are small and quiet; the pin's label reads like a region label. */
  size: 'small' | 'normal'
}

/** A short addition to a region's own label, such as its RTT from the user ("11 ms"). */
export interface RegionNote {
  text: string
  color: string
}

/**
 * Priorities of layer labels among the region labels (selected 40, hovered
 * 30, available 20, announced 10, plus less than 1 for facing the viewer).
 */
export const layerLabelPriority = {
  /** The user's own location: above ordinary region labels, below the hovered and selected ones. */
  pin: 25,
  /** A hovered or selected edge or zone mark's name: the pointer is on it (the hovered one gets +1). */
  place: 35,
  /** The request path's stops ("Nairobi edge · 18 ms"): the picture the path is drawn for. */
  pathStop: 33,
  /** Added to a region label that carries a note: the RTTs of the nearest regions stay in view. */
  notedRegionBoost: 3,
  /** Link RTTs give way to every region label. */
  link: 5,
} as const

/** The most layer labels the label layer shows at once; more are dropped (lowest priority last in). */
export const LAYER_LABEL_CAPACITY = 48

/**
 * The labels of every layer, by group (one group per layer, replaced
 * as a whole). Layers write here when their state changes, never per frame;
 * `version` tells the label layer when to rebuild its elements.
 */
export class LayerLabels {
  version = 0
  /** Every group's labels, in priority order, at most LAYER_LABEL_CAPACITY. */
  items: readonly LayerLabel[] = []
  /** Notes by region code. */
  notes: ReadonlyMap<string, RegionNote> = new Map()
  private readonly groups = new Map<string, readonly LayerLabel[]>()
  private readonly noteGroups = new Map<string, ReadonlyMap<string, RegionNote>>()

  set(group: string, items: readonly LayerLabel[]): void {
    if (items.length === 0 && !this.groups.get(group)?.length) return
    this.groups.set(group, items)
    this.items = [...this.groups.values()]
      .flat()
      .sort((a, b) => b.priority - a.priority)
      .slice(0, LAYER_LABEL_CAPACITY)
    this.version++
  }

  setNotes(group: string, notes: ReadonlyMap<string, RegionNote>): void {
    if (notes.size === 0 && !this.noteGroups.get(group)?.size) return
    this.noteGroups.set(group, notes)
    const merged = new Map<string, RegionNote>()
    for (const groupNotes of this.noteGroups.values()) for (const [code, note] of groupNotes) merged.set(code, note)
    this.notes = merged
    this.version++
  }
}
