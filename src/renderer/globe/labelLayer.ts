import type { Region } from '../../shared/dataset/schema'
import { LayerLabelElements } from './layerLabelElements'
import { LAYER_LABEL_CAPACITY, layerLabelPriority, type RegionNote } from './layerLabels'
import { addObstacle, createLabelBoxes, declutter, placement, type LabelBoxes } from './declutter'
import { MARKER_RADIUS_PX } from './dimensions'
import { FONT_STACK } from '../theme/fonts'
import { LABEL_HALO_SHADOW } from './labelHalo'
import type { Rect } from './framing'
import { applyPosition, applyShown } from './placedElement'
import { shortName } from './regionName'
import type { GlobeRuntime } from './runtime'

/** Closer than this camera distance (globe radii from the centre), every label shows its place name. */
export const NAME_DISTANCE = 2.05

/**
 * Label priorities: a higher class always wins a collision. Within a class
 * the labels a class asks about come first: a region being compared, one
 * with a note (the round trip from the user to the nearest regions), then
 * the older regions (launch order, the documented rank: the long-standing
 * hubs such as Tokyo and Frankfurt before a newer neighbour), and last the
 * label nearer the middle of the globe's face.
 */
const priorityClass = { selected: 40, hovered: 30, available: 20, announced: 10 } as const
export const labelPriorityBoost = {
  compared: 4,
  /** Times the launch rank (1 for the oldest region, 0 for the newest or an unknown year). */
  launchRank: 2,
  /** Times how far the marker is from the limb (0 at it, 1 well inside). */
  facing: 0.5,
} as const

/** What a label must leave uncovered around a marker's centre, CSS px: the disc and its rim. */
const MARKER_CLEARANCE_PX = MARKER_RADIUS_PX + 1

/** Obstacles beside the markers: the annotations' boxes. */
const ANNOTATION_OBSTACLES = 32

/** What else a frame's labels must respect. */
export interface LabelFrameExtras {
  /** Region indices being compared: they keep their labels before plain ones. */
  compared?: readonly number[]
  /** Annotation boxes on the canvas (canvas px): no label covers them. */
  annotations?: readonly Rect[]
}

const tones = { plain: 0, hovered: 1, selected: 2 } as const

const LABEL_WEIGHT = '600'

/** Horizon margin over which a label fades in, so labels do not pop at the limb. */
const FADE_MARGIN = 0.06

const GAP_PX = 3

/** From the marker's centre to the near edge of its label. */
const LABEL_OFFSET_PX = MARKER_RADIUS_PX + 5
/** Clear of the selection ring. */
const SELECTED_OFFSET_PX = MARKER_RADIUS_PX + 9

interface LabelItem {
  element: HTMLDivElement
  name: HTMLSpanElement
  /** A note after the code on the first line (the RTT from the user), hidden when empty. */
  note: HTMLSpanElement
  code: string
  noted: boolean
  announced: boolean
  /** 1 for the oldest region, down to 0 for the newest (and for a region whose launch year is unknown). */
  launchRank: number
  /** Measured size without and with the place name. */
  codeWidth: number
  codeHeight: number
  fullWidth: number
  fullHeight: number
  /** What the DOM currently shows, so unchanged labels cost no DOM writes. */
  x: number
  y: number
  shown: boolean
  withName: boolean
  opacity: number
  tone: number
  side: number
}

/**
 * Region labels as a screen-space HTML layer over the canvas: any script
 * renders, text stays sharp, and the browser does the typography. Elements
 * are created once per dataset and moved by direct DOM writes after each
 * rendered frame, only where something changed. The layers' own labels
 * (link RTTs, the pin's label) share the de-clutter pass, after the regions.
 */
export class LabelLayer {
  private items: LabelItem[] = []
  private boxes: LabelBoxes = createLabelBoxes(0)
  private shown = new Uint8Array(0)
  private order = new Uint16Array(0)
  private measured = false
  private readonly layerLabelElements: LayerLabelElements
  private notesVersion = -1

  constructor(private readonly root: HTMLElement) {
    this.layerLabelElements = new LayerLabelElements(root)
  }

  setRegions(regions: readonly Region[]): void {
    this.root.replaceChildren()
    this.layerLabelElements.reset()
    this.items = regions.map((region) => this.createItem(region))
    const ranks = launchRanks(regions)
    this.items.forEach((item, i) => (item.launchRank = ranks[i] as number))
    const capacity = regions.length + LAYER_LABEL_CAPACITY
    this.boxes = createLabelBoxes(capacity, regions.length + ANNOTATION_OBSTACLES)
    this.shown = new Uint8Array(capacity)
    this.order = new Uint16Array(capacity)
    this.measured = false
    this.notesVersion = -1
  }

  dispose(): void {
    this.root.replaceChildren()
    this.layerLabelElements.reset()
    this.items = []
  }

  /** Places, de-clutters and shows or hides every label for the frame just rendered. */
  update(runtime: GlobeRuntime, selected: number, hovered: number, extras: LabelFrameExtras = {}): void {
    const items = this.items
    if (items.length === 0 || items.length !== runtime.count) return
    if (!this.measured && !this.measure()) return
    if (runtime.layerLabels.version !== this.notesVersion) {
      this.applyNotes(runtime.layerLabels.notes)
      this.notesVersion = runtime.layerLabels.version
    }
    const layerLabelCount = this.layerLabelElements.sync(runtime.layerLabels) ? this.layerLabelElements.count : 0

    const zoomedIn = runtime.cameraDistance < NAME_DISTANCE
    const { boxes, shown, order } = this
    const { screen, facing, width, height } = runtime
    boxes.count = items.length + layerLabelCount
    boxes.width = width
    boxes.height = height
    boxes.obstacleCount = 0
    for (const box of extras.annotations ?? []) addObstacle(boxes, box.left, box.top, box.right - box.left, box.bottom - box.top)
    const compared = extras.compared ?? []
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as LabelItem
      const tone = i === selected ? tones.selected : i === hovered ? tones.hovered : tones.plain
      if (tone !== item.tone) this.setTone(item, tone)
      const withName = zoomedIn || i === selected || i === hovered
      const w = withName ? item.fullWidth : item.codeWidth
      const h = withName ? item.fullHeight : item.codeHeight
      const sx = screen[2 * i] as number
      const sy = screen[2 * i + 1] as number
      const offset = i === selected ? SELECTED_OFFSET_PX : LABEL_OFFSET_PX
      const top = sy - item.codeHeight / 2
      boxes.x[i] = sx + offset
      boxes.altX[i] = sx - offset - w
      boxes.y[i] = top
      boxes.w[i] = w
      boxes.h[i] = h
      const margin = facing[i] as number
      const onCanvas = sx > 0 && sx < width && sy > 0 && sy < height
      if (margin > 0 && onCanvas) {
        addObstacle(boxes, sx - MARKER_CLEARANCE_PX, sy - MARKER_CLEARANCE_PX, 2 * MARKER_CLEARANCE_PX, 2 * MARKER_CLEARANCE_PX)
      }
      boxes.priority[i] =
        margin <= 0 || !onCanvas
          ? -Infinity
          : (i === selected
              ? priorityClass.selected
              : i === hovered
                ? priorityClass.hovered
                : item.announced
                  ? priorityClass.announced
                  : priorityClass.available) +
            (item.noted ? layerLabelPriority.notedRegionBoost : 0) +
            (compared.includes(i) ? labelPriorityBoost.compared : 0) +
            labelPriorityBoost.launchRank * item.launchRank +
            labelPriorityBoost.facing * Math.min(margin, 1)
    }
    if (layerLabelCount > 0) this.layerLabelElements.place(runtime, boxes, items.length)
    declutter(boxes, shown, order, GAP_PX)
    if (layerLabelCount > 0) this.layerLabelElements.write(boxes, shown, items.length)

    for (let i = 0; i < items.length; i++) {
      const item = items[i] as LabelItem
      const where = shown[i] as number
      if (!applyShown(item, where)) continue
      const withName = i === selected || i === hovered || zoomedIn
      if (withName !== item.withName) {
        item.name.style.display = withName ? 'block' : 'none'
        item.withName = withName
      }
      if (where !== item.side) {
        // On the left of its marker a label aligns its lines to the marker side.
        item.element.style.textAlign = where === placement.fallback ? 'right' : ''
        item.side = where
      }
      applyPosition(item, boxes, i, where)
      const opacity = Math.round(Math.min(1, (facing[i] as number) / FADE_MARGIN) * 10) / 10
      if (opacity !== item.opacity) {
        item.element.style.opacity = String(opacity)
        item.opacity = opacity
      }
    }
  }

  /** Shows each region's note (or none) and measures the labels whose text changed. */
  private applyNotes(notes: ReadonlyMap<string, RegionNote>): void {
    for (const item of this.items) {
      const note = notes.get(item.code)
      const text = note?.text ?? ''
      if (note) item.note.style.color = note.color
      if (text === (item.note.textContent ?? '')) continue
      item.note.textContent = text
      item.note.style.display = text ? '' : 'none'
      item.noted = text !== ''
      this.measureItem(item)
    }
  }

  /** Colour and weight for selected and hovered labels; bold text is wider, so the label is measured again. */
  private setTone(item: LabelItem, tone: number): void {
    const style = item.element.style
    style.color = tone === tones.selected ? LABEL_COLOURS.selected : tone === tones.hovered ? LABEL_COLOURS.hovered : LABEL_COLOURS.plain
    style.fontWeight = tone === tones.plain ? LABEL_WEIGHT : '700'
    item.tone = tone
    if (this.measured) this.measureItem(item)
  }

  private createItem(region: Region): LabelItem {
    const element = document.createElement('div')
    element.className = 'globe-label'
    element.dataset.code = region.code
    Object.assign(element.style, labelStyle)
    const code = document.createElement('span')
    code.style.display = 'block'
    const note = document.createElement('span')
    Object.assign(note.style, noteStyle)
    code.append(region.code, note)
    const name = document.createElement('span')
    name.textContent = shortName(region)
    Object.assign(name.style, nameStyle)
    element.append(code, name)
    this.root.append(element)
    return {
      element,
      launchRank: 0,
      name,
      note,
      code: region.code,
      noted: false,
      announced: region.status === 'announced',
      codeWidth: 0,
      codeHeight: 0,
      fullWidth: 0,
      fullHeight: 0,
      x: Number.NaN,
      y: Number.NaN,
      shown: true,
      withName: true,
      opacity: -1,
      tone: tones.plain,
      side: placement.preferred,
    }
  }

  /**
   * Measures every label with and without its name: two layout passes for
   * the whole layer. False while the layer has no layout (not attached, or
   * hidden), so the next frame tries again.
   */
  private measure(): boolean {
    for (const item of this.items) {
      item.element.style.display = ''
      item.name.style.display = 'none'
    }
    let laidOut = false
    for (const item of this.items) {
      item.codeWidth = item.element.offsetWidth
      item.codeHeight = item.element.offsetHeight
      laidOut ||= item.codeWidth > 0
    }
    for (const item of this.items) item.name.style.display = 'block'
    for (const item of this.items) {
      item.fullWidth = item.element.offsetWidth
      item.fullHeight = item.element.offsetHeight
      item.shown = true
      item.withName = true
    }
    this.measured = laidOut
    if (!laidOut) {
      for (const item of this.items) {
        item.element.style.display = 'none'
        item.shown = false
      }
    }
    return laidOut
  }

  private measureItem(item: LabelItem): void {
    const display = item.element.style.display
    const nameDisplay = item.name.style.display
    item.element.style.display = ''
    item.name.style.display = 'none'
    item.codeWidth = item.element.offsetWidth
    item.codeHeight = item.element.offsetHeight
    item.name.style.display = 'block'
    item.fullWidth = item.element.offsetWidth
    item.fullHeight = item.element.offsetHeight
    item.name.style.display = nameDisplay
    item.element.style.display = display
  }
}

/** The theme's label colours, as CSS variables (theme/paletteVariables.ts): a change of theme restyles every label at once. */
const LABEL_COLOURS = {
  plain: 'var(--globe-label)',
  selected: 'var(--globe-label-selected)',
  hovered: 'var(--globe-label-hover)',
} as const


const labelStyle: Partial<CSSStyleDeclaration> = {
  position: 'absolute',
  left: '0',
  top: '0',
  whiteSpace: 'nowrap',
  font: `${LABEL_WEIGHT} 15px/1.2 ${FONT_STACK}`,
  color: LABEL_COLOURS.plain,
  textShadow: LABEL_HALO_SHADOW,
  willChange: 'transform',
  userSelect: 'none',
}

const noteStyle: Partial<CSSStyleDeclaration> = {
  display: 'none',
  marginLeft: '0.4em',
  fontWeight: '700',
}

const nameStyle: Partial<CSSStyleDeclaration> = {
  display: 'block',
  fontWeight: '400',
  fontSize: '14px',
}

/**
 * Each region's place in launch order as a number from 1 (the oldest) to 0
 * (the newest); a region whose launch year is unknown ranks 0. Regions of
 * the same year share a rank.
 */
export function launchRanks(regions: readonly Pick<Region, 'launchYear'>[]): number[] {
  const years = regions.map((region) => region.launchYear).filter((year): year is number => year !== null)
  if (years.length === 0) return regions.map(() => 0)
  const oldest = Math.min(...years)
  const newest = Math.max(...years)
  const span = newest - oldest
  return regions.map((region) => (region.launchYear === null ? 0 : span === 0 ? 1 : (newest - region.launchYear) / span))
}
