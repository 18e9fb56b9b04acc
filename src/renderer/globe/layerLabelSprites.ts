import { inSight, type Vec3 } from '../../shared/geo'
import { placement, type LabelBoxes } from './declutter'
import { radii } from './dimensions'
import { HALO_PAD_PX, type AtlasCell } from './labelAtlas'
import type { LabelSprites } from './labelSprites'
import { labelType, lineWidth, type DrawnLayerLabel, type LabelLine, type MeasureText } from './labelText'
import type { LayerLabel, LayerLabels } from './layerLabels'
import type { GlobeRuntime } from './runtime'

const screenScratch = new Float32Array(2)
const anchor: Vec3 = [0, 0, 0]

/** Link RTTs are small and quiet; the pin's label reads like a region label. */
const sizes = { small: { px: 13, weight: 600 }, normal: { px: 15, weight: 700 } } as const

interface Placed {
  width: number
  height: number
  /** What the sprites currently show, so unchanged labels cost no writes. */
  where: number
  atlasVersion: number
  /** The box's top-left corner from the anchor, CSS px, as last placed. */
  dx: number
  dy: number
  /** For a label slid along because it fits neither side of its mark: its left edge from the anchor this frame; NaN otherwise. */
  slidDx: number
}


/**
 * The layers' labels (see layerLabels.ts: link RTTs, the pin, the places'
 * names) in the label layer's mesh and atlas, after the region labels:
 * measured and rasterised only when the labels change, placed in the label
 * layer's shared de-clutter pass every frame, written only when a label is
 * shown, hidden or changes side.
 */
export class LayerLabelSprites {
  /** LayerLabels in the current lines, in order. */
  private items: readonly LayerLabel[] = []
  private placed: Placed[] = []
  private version = -1

  get count(): number {
    return this.items.length
  }

  /** Forgets every label (new regions). */
  reset(): void {
    this.items = []
    this.placed = []
    this.version = -1
  }

  /** Brings the lines up to date with the labels; true when they changed (the atlas must be drawn again). */
  sync(labels: LayerLabels, measure: MeasureText): boolean {
    if (labels.version === this.version) return false
    this.items = labels.items
    this.placed = this.items.map((item) => {
      const line = lineOf(item)
      return { width: lineWidth(line, measure), height: Math.round(line.height), where: -1, atlasVersion: -1, dx: 0, dy: 0, slidDx: Number.NaN }
    })
    this.version = labels.version
    return true
  }

  /** Each label's line and width, for the atlas. */
  lines(): { lines: LabelLine[]; widths: number[] } {
    return { lines: this.items.map(lineOf), widths: this.placed.map((placed) => placed.width) }
  }

  /** Writes each label's box for the frame about to be drawn into `boxes` from index `first`. */
  place(runtime: GlobeRuntime, boxes: LabelBoxes, first: number): void {
    const { width, height, eye } = runtime
    for (let k = 0; k < this.items.length; k++) {
      const item = this.items[k] as LayerLabel
      const placed = this.placed[k] as Placed
      const i = first + k
      runtime.projectPoint(item.x, item.y, item.z, screenScratch)
      const sx = screenScratch[0] as number
      const sy = screenScratch[1] as number
      anchor[0] = item.x
      anchor[1] = item.y
      anchor[2] = item.z
      const onCanvas = sx > 0 && sx < width && sy > 0 && sy < height
      const w = placed.width
      const h = placed.height
      if (item.align === 'centre') {
        boxes.x[i] = sx - w / 2
        boxes.altX[i] = Number.NaN
        boxes.y[i] = sy - h / 2
      } else if (width > 0 && sx + item.gapPx + w > width && sx - item.gapPx - w < 0) {
        // Too long for either side of its mark (a hovered zone's name near the middle of a narrow
        // view): it slides along to the edge with more room rather than not show at all.
        boxes.x[i] = sx < width / 2 ? Math.max(0, width - w) : 0
        boxes.altX[i] = Number.NaN
        boxes.y[i] = sy - item.raisePx - h / 2
      } else {
        boxes.x[i] = sx + item.gapPx
        boxes.altX[i] = sx - item.gapPx - w
        boxes.y[i] = sy - item.raisePx - h / 2
      }
      placed.slidDx = Number.isNaN(boxes.altX[i] as number) && item.align !== 'centre' ? Math.round((boxes.x[i] as number) - sx) : Number.NaN
      boxes.w[i] = w
      boxes.h[i] = h
      boxes.priority[i] = onCanvas && inSight(anchor, eye, radii.earth) ? item.priority : -Infinity
    }
  }

  /**
   * Shows, hides and moves the labels' quads (instances from `firstInstance`,
   * atlas cells from `cells[0]`) as the de-clutter pass decided.
   */
  write(boxes: LabelBoxes, shown: Uint8Array, first: number, sprites: LabelSprites | null, firstInstance: number, cells: readonly AtlasCell[], atlasVersion: number): void {
    for (let k = 0; k < this.items.length; k++) {
      const item = this.items[k] as LayerLabel
      const placed = this.placed[k] as Placed
      const i = first + k
      const where = shown[i] as number
      // The anchor's own offsets: the same on every frame until the label changes side (or slides).
      const dx =
        item.align === 'centre'
          ? -placed.width / 2
          : !Number.isNaN(placed.slidDx)
            ? placed.slidDx
            : where === placement.fallback
              ? -item.gapPx - placed.width
              : item.gapPx
      if (where === placed.where && placed.atlasVersion === atlasVersion && dx === placed.dx) continue
      placed.where = where
      placed.atlasVersion = atlasVersion
      placed.dx = dx
      placed.dy = item.align === 'centre' ? -placed.height / 2 : -item.raisePx - placed.height / 2
      const cell = cells[k]
      if (!sprites) continue
      if (where === placement.hidden || !cell) sprites.hide(firstInstance + k)
      else sprites.place(firstInstance + k, cell, placed.dx - HALO_PAD_PX, placed.dy - HALO_PAD_PX, 1)
    }
  }

  /** Points the quads from `firstInstance` at their labels' anchors. */
  anchor(sprites: LabelSprites, firstInstance: number, capacity: number): void {
    for (let k = 0; k < capacity; k++) {
      const item = this.items[k]
      if (item) sprites.setAnchor(firstInstance + k, item.x, item.y, item.z)
      else sprites.hide(firstInstance + k)
    }
  }

  /** The labels shown in the last frame, where they were drawn (canvas CSS px; whole pixels, as the shader snaps them). */
  drawn(runtime: GlobeRuntime): DrawnLayerLabel[] {
    const drawn: DrawnLayerLabel[] = []
    this.items.forEach((item, k) => {
      const placed = this.placed[k] as Placed
      if (placed.where === placement.hidden || placed.where === -1) return
      runtime.projectPoint(item.x, item.y, item.z, screenScratch)
      drawn.push({
        line: lineOf(item),
        left: Math.round(screenScratch[0] as number) + Math.round(placed.dx),
        top: Math.round(screenScratch[1] as number) + Math.round(placed.dy),
      })
    })
    return drawn
  }
}

function lineOf(item: LayerLabel): LabelLine {
  const size = sizes[item.size]
  return {
    runs: [{ text: item.text, weight: size.weight, sizePx: size.px, colour: item.color }],
    gapPx: 0,
    height: size.px * labelType.lineHeight,
  }
}
