import type { Region } from '../../shared/dataset/schema'
import { LayerLabelSprites } from './layerLabelSprites'
import { LAYER_LABEL_CAPACITY, layerLabelPriority, type RegionNote } from './layerLabels'
import { addObstacle, createLabelBoxes, declutter, placement, type LabelBoxes } from './declutter'
import { MARKER_RADIUS_PX } from './dimensions'
import { toVector, type Vec3 } from '../../shared/geo'
import { palette } from '../theme/palette'
import { radii } from './dimensions'
import type { Rect } from './framing'
import { HALO_PAD_PX, LabelAtlas, type AtlasCell } from './labelAtlas'
import type { LabelSprites } from './labelSprites'
import { LABEL_TONES, canvasMeasure, type DrawnLabel, type DrawnLayerLabel, type LabelLine, type MeasureText } from './labelText'
import { shortName } from './regionName'
import { CODE_HEIGHT, CODE_LINE_PX, FULL_HEIGHT, NAME_LINE_PX, boxWidth, codeLineWidth, labelLines, measureLabelItem, toneColour, tones, type LabelItem } from './regionLabelItem'
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

const toneNames = LABEL_TONES

/** Horizon margin over which a label fades in, so labels do not pop at the limb. */
const FADE_MARGIN = 0.06

const GAP_PX = 3

/** From the marker's centre to the near edge of its label. */
const LABEL_OFFSET_PX = MARKER_RADIUS_PX + 5
/** Clear of the selection ring. */
const SELECTED_OFFSET_PX = MARKER_RADIUS_PX + 9

export interface LabelLayerOptions {
  /** Where the labels are drawn (the globe's scene holds its mesh); none draws nothing. */
  sprites?: LabelSprites
  /** Text widths; the browser's Canvas 2D by default. */
  measure?: MeasureText
}

/**
 * Region labels drawn in WebGL from a texture atlas (labelAtlas.ts, one draw
 * call, labelSprites.ts): rasterised by the browser once, so any script
 * renders and text stays sharp; anchored to their markers on the GPU, so a
 * turn costs the main thread only this de-clutter pass, and no style, layout
 * or paint. Before each frame is drawn the pass decides which labels show
 * and on which side, and writes only what changed. The layers' own labels
 * (link RTTs, the pin's label: layerLabelSprites.ts) share the pass, the
 * atlas and the mesh, after the regions.
 */
export class LabelLayer {
  private items: LabelItem[] = []
  private boxes: LabelBoxes = createLabelBoxes(0)
  private shown = new Uint8Array(0)
  private order = new Uint16Array(0)
  private readonly layerLabels = new LayerLabelSprites()
  private notesVersion = -1
  private readonly atlas = new LabelAtlas()
  private readonly sprites: LabelSprites | null
  private readonly measureText: MeasureText | null
  /** Bumped when the atlas must be drawn again (a text, a tone, the theme or the pixel ratio changed). */
  private atlasWanted = 1
  private atlasVersion = 0
  private atlasKey = ''
  private cells: AtlasCell[] = []
  /** The layer labels' cells: the atlas's after the regions' two lines each. */
  private layerCells: AtlasCell[] = []

  constructor(options: LabelLayerOptions = {}) {
    this.sprites = options.sprites ?? null
    this.measureText = options.measure ?? canvasMeasure()
  }

  setRegions(regions: readonly Region[]): void {
    this.layerLabels.reset()
    this.items = regions.map((region) => this.createItem(region))
    const ranks = launchRanks(regions)
    this.items.forEach((item, i) => (item.launchRank = ranks[i] as number))
    const capacity = regions.length + LAYER_LABEL_CAPACITY
    this.boxes = createLabelBoxes(capacity, regions.length + ANNOTATION_OBSTACLES)
    this.shown = new Uint8Array(capacity)
    this.order = new Uint16Array(capacity)
    this.notesVersion = -1
    this.atlasWanted++
    const sprites = this.sprites
    if (sprites) {
      sprites.resize(2 * regions.length + LAYER_LABEL_CAPACITY)
      regions.forEach((region, i) => {
        toVector(region.lat, region.lon, radii.markers, anchorScratch)
        sprites.setAnchor(2 * i, anchorScratch[0], anchorScratch[1], anchorScratch[2])
        sprites.setAnchor(2 * i + 1, anchorScratch[0], anchorScratch[1], anchorScratch[2])
      })
    }
  }

  dispose(): void {
    this.layerLabels.reset()
    this.items = []
    this.sprites?.resize(0)
    this.sprites?.setTexture(null)
    this.atlas.dispose()
  }

  /** Places, de-clutters and shows or hides every label for the frame about to be drawn (runtime projected with its camera). */
  update(runtime: GlobeRuntime, selected: number, hovered: number, extras: LabelFrameExtras = {}): void {
    const items = this.items
    if (items.length === 0 || items.length !== runtime.count || !this.measureText) return
    if (runtime.layerLabels.version !== this.notesVersion) {
      this.applyNotes(runtime.layerLabels.notes)
      this.notesVersion = runtime.layerLabels.version
    }
    if (this.layerLabels.sync(runtime.layerLabels, this.measureText)) {
      this.atlasWanted++
      if (this.sprites) this.layerLabels.anchor(this.sprites, 2 * items.length, LAYER_LABEL_CAPACITY)
    }
    const layerLabelCount = this.layerLabels.count

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
      if (tone !== item.tone) {
        item.tone = tone
        this.atlasWanted++
      }
      const withName = zoomedIn || i === selected || i === hovered
      const w = boxWidth(item, withName)
      const h = withName ? FULL_HEIGHT : CODE_HEIGHT
      const sx = screen[2 * i] as number
      const sy = screen[2 * i + 1] as number
      const offset = i === selected ? SELECTED_OFFSET_PX : LABEL_OFFSET_PX
      const top = sy - CODE_HEIGHT / 2
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
    if (layerLabelCount > 0) this.layerLabels.place(runtime, boxes, items.length)
    declutter(boxes, shown, order, GAP_PX)

    this.redrawAtlas()
    const sprites = this.sprites
    this.layerLabels.write(boxes, shown, items.length, sprites, 2 * items.length, this.layerCells, this.atlasVersion)
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as LabelItem
      const where = shown[i] as number
      const visible = where !== placement.hidden
      const withName = i === selected || i === hovered || zoomedIn
      const opacity = visible ? Math.round(Math.min(1, (facing[i] as number) / FADE_MARGIN) * 10) / 10 : 0
      const unchanged =
        visible === item.shown &&
        (!visible ||
          (withName === item.withName && where === item.side && opacity === item.opacity && item.drawnTone === item.tone && item.atlasVersion === this.atlasVersion))
      if (unchanged) continue
      item.shown = visible
      item.withName = withName
      item.side = where
      item.opacity = opacity
      item.drawnTone = item.tone
      item.atlasVersion = this.atlasVersion
      const sx = screen[2 * i] as number
      item.dx = (where === placement.fallback ? boxes.altX[i] : boxes.x[i]) as number
      item.dx -= sx
      item.dy = -CODE_HEIGHT / 2
      if (!sprites) continue
      if (!visible || this.cells.length === 0) {
        sprites.hide(2 * i)
        sprites.hide(2 * i + 1)
        continue
      }
      const w = boxWidth(item, withName)
      const codeCell = this.cells[2 * i] as AtlasCell
      const nameCell = this.cells[2 * i + 1] as AtlasCell
      // On the left of its marker a label aligns its lines to the marker side.
      const right = where === placement.fallback
      const codeWidth = codeLineWidth(item)
      sprites.place(2 * i, codeCell, item.dx + (right ? w - codeWidth : 0) - HALO_PAD_PX, item.dy - HALO_PAD_PX, opacity)
      if (withName) {
        sprites.place(2 * i + 1, nameCell, item.dx + (right ? w - item.nameWidth : 0) - HALO_PAD_PX, item.dy + CODE_LINE_PX - HALO_PAD_PX, opacity)
      } else sprites.hide(2 * i + 1)
    }
    sprites?.commit()
  }

  /** The region labels shown in the last frame, where and how they were drawn (for the export and the probe). */
  drawnLabels(runtime: GlobeRuntime): DrawnLabel[] {
    const drawn: DrawnLabel[] = []
    this.items.forEach((item, i) => {
      if (!item.shown || item.opacity <= 0) return
      // Whole pixels, as the shader snaps them.
      const left = Math.round(runtime.screen[2 * i] as number) + Math.round(item.dx)
      const top = Math.round(runtime.screen[2 * i + 1] as number) + Math.round(item.dy)
      const width = boxWidth(item, item.withName)
      const right = item.side === placement.fallback
      const lines = labelLines(item, item.tone)
      const codeWidth = codeLineWidth(item)
      const placed = [{ runs: lines[0].runs, left: left + (right ? width - codeWidth : 0), middle: top + CODE_LINE_PX / 2 }]
      if (item.withName) placed.push({ runs: lines[1].runs, left: left + (right ? width - item.nameWidth : 0), middle: top + CODE_LINE_PX + NAME_LINE_PX / 2 })
      drawn.push({
        code: item.code,
        left,
        top,
        width,
        height: item.withName ? FULL_HEIGHT : CODE_HEIGHT,
        opacity: item.opacity,
        tone: toneNames[item.tone] as DrawnLabel['tone'],
        side: right ? 'left' : 'right',
        colour: toneColour(item.tone),
        lines: placed,
      })
    })
    return drawn
  }

  /** The layers' labels shown in the last frame (for the export). */
  drawnLayerLabels(runtime: GlobeRuntime): DrawnLayerLabel[] {
    return this.layerLabels.drawn(runtime)
  }

  /** Draws the atlas again when a label's text or tone, the theme or the pixel ratio changed. */
  private redrawAtlas(): void {
    const scale = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1
    const key = `${this.atlasWanted} ${scale} ${palette.label} ${palette.labelHalo} ${palette.regionSelected} ${palette.regionHover}`
    if (key === this.atlasKey) return
    this.atlasKey = key
    const lines: LabelLine[] = []
    const widths: number[] = []
    for (const item of this.items) {
      const [code, name] = labelLines(item, item.tone)
      lines.push(code, name)
      widths.push(codeLineWidth(item), item.nameWidth)
    }
    const layer = this.layerLabels.lines()
    const cells = this.sprites ? this.atlas.draw([...lines, ...layer.lines], [...widths, ...layer.widths], scale, palette.labelHalo) : []
    this.cells = cells.slice(0, lines.length)
    this.layerCells = cells.slice(lines.length)
    this.sprites?.setTexture(this.atlas.texture)
    this.atlasVersion++
  }

  /** Shows each region's note (or none) and measures the labels whose text changed. */
  private applyNotes(notes: ReadonlyMap<string, RegionNote>): void {
    for (const item of this.items) {
      const note = notes.get(item.code)
      const text = note?.text ?? ''
      const colour = note?.color ?? ''
      if (text === item.note && colour === item.noteColour) continue
      item.note = text
      item.noteColour = colour
      item.noted = text !== ''
      if (this.measureText) measureLabelItem(item, this.measureText)
      this.atlasWanted++
    }
  }

  private createItem(region: Region): LabelItem {
    const item: LabelItem = {
      code: region.code,
      name: shortName(region),
      note: '',
      noteColour: '',
      launchRank: 0,
      noted: false,
      announced: region.status === 'announced',
      codeLineWidths: [0, 0],
      nameWidth: 0,
      shown: false,
      withName: false,
      opacity: 0,
      tone: tones.plain,
      side: placement.hidden,
      drawnTone: -1,
      atlasVersion: -1,
      dx: 0,
      dy: 0,
    }
    if (this.measureText) measureLabelItem(item, this.measureText)
    return item
  }

  /** Widths of the label's lines in both weights of its code (bold when hovered or selected). */
}

const anchorScratch: Vec3 = [0, 0, 0]

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
