import type { AzSlot } from '../../shared/azs'
import { SERVICE_NAMES, type DrillPlacement } from '../../shared/drill'

/**
 * The AZ view's drawing as plain shapes in a 600-unit-wide box: the SVG on
 * screen (AzDiagram) and the exported image (drawAzView) draw the same
 * list, so the two cannot disagree. Colours are roles, resolved to the
 * theme's CSS variables by each renderer (azColours.ts).
 */
export type ColourRole = 'surface' | 'raised' | 'line' | 'text' | 'muted' | 'down' | 'serving' | 'failedFill' | 'a' | 'b' | 'c'

export type DiagramShape =
  | {
      kind: 'rect'
      x: number
      y: number
      w: number
      h: number
      r: number
      fill: ColourRole | null
      stroke: ColourRole | null
      strokeWidth: number
      dash: boolean
      opacity: number
    }
  | {
      kind: 'text'
      x: number
      y: number
      text: string
      size: number
      weight: 400 | 700
      anchor: 'start' | 'middle' | 'end'
      fill: ColourRole
      opacity: number
    }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: ColourRole; width: number; dash: boolean }

/** An AZ's box: what a click or a key on it fails or restores. */
export interface ClusterBox {
  key: string
  label: string
  failed: boolean
  x: number
  y: number
  w: number
  h: number
}

export interface AzLayout {
  width: number
  height: number
  shapes: DiagramShape[]
  clusters: ClusterBox[]
}

export interface AzLayoutInput {
  azs: readonly AzSlot[]
  failed: ReadonlySet<string>
  placements: readonly DrillPlacement[]
}

export const DIAGRAM_WIDTH = 600
const PAD = 6
const GAP = 10
/** At most this many AZs side by side; more wrap to a second row. */
const PER_ROW = 6
const CLUSTER_H = 142
const BAND_H = 40
const BAND_GAP = 20

const rect = (x: number, y: number, w: number, h: number, style: Partial<Extract<DiagramShape, { kind: 'rect' }>>): DiagramShape => ({
  kind: 'rect',
  x,
  y,
  w,
  h,
  r: 6,
  fill: null,
  stroke: null,
  strokeWidth: 1.5,
  dash: false,
  opacity: 1,
  ...style,
})

const text = (x: number, y: number, value: string, size: number, style: Partial<Extract<DiagramShape, { kind: 'text' }>> = {}): DiagramShape => ({
  kind: 'text',
  x,
  y,
  text: value,
  size,
  weight: 400,
  anchor: 'middle',
  fill: 'text',
  opacity: 1,
  ...style,
})

const line = (x1: number, y1: number, x2: number, y2: number, stroke: ColourRole, width = 2, dash = false): DiagramShape => ({
  kind: 'line',
  x1,
  y1,
  x2,
  y2,
  stroke,
  width,
  dash,
})

/**
 * Lays out the region's AZs side by side (a schematic: AWS publishes no
 * sites), each with its label, its data-centre blocks (one drawn solid, one
 * dashed: "one or more") and the instances placed in it; the load balancer
 * as a band over the AZs its instances are in, wired to them; a regional
 * service as a band under every AZ. A failed AZ is filled dark, outlined
 * dashed in the "down" colour and says FAILED.
 */
export function layoutAzDiagram({ azs, failed, placements }: AzLayoutInput): AzLayout {
  const single = placements.find((p) => p.pattern === 'single-instance')
  const balanced = placements.find((p) => p.pattern === 'load-balanced')
  const service = placements.find((p) => p.pattern === 'regional-service')
  const shapes: DiagramShape[] = []
  const clusters: ClusterBox[] = []
  const columns = Math.max(1, Math.min(PER_ROW, azs.length))
  const rows = Math.max(1, Math.ceil(azs.length / PER_ROW))
  const w = (DIAGRAM_WIDTH - 2 * PAD - GAP * (columns - 1)) / columns
  const top = PAD + (balanced ? BAND_H + BAND_GAP : 0)
  // Labels shrink a little for narrow boxes, so "use1-az4" fits six abreast.
  const labelSize = Math.min(19, w / 5.2)

  azs.forEach((az, i) => {
    const x = PAD + (i % columns) * (w + GAP)
    const y = top + Math.floor(i / columns) * (CLUSTER_H + GAP)
    const down = failed.has(az.key)
    clusters.push({ key: az.key, label: az.label, failed: down, x, y, w, h: CLUSTER_H })
    shapes.push(
      rect(x, y, w, CLUSTER_H, {
        r: 10,
        fill: down ? 'failedFill' : 'raised',
        stroke: down ? 'down' : 'line',
        strokeWidth: down ? 3 : 1.5,
        dash: down,
      }),
      text(x + w / 2, y + 25, az.label, labelSize, { weight: 700 }),
    )
    const dim = down ? 0.35 : 1
    const block = Math.min(34, (w - 24) / 2)
    const blocksX = x + w / 2 - block - 3
    shapes.push(
      rect(blocksX, y + 38, block, block * 0.8, { r: 3, fill: 'line', stroke: 'muted', strokeWidth: 1, opacity: dim }),
      text(blocksX + block / 2, y + 38 + block * 0.4 + 5, 'DC', Math.min(13, block / 2.4), { weight: 700, opacity: dim }),
      rect(blocksX + block + 6, y + 38, block, block * 0.8, { r: 3, stroke: 'muted', strokeWidth: 1, dash: true, opacity: dim }),
    )
    const chips: { letter: 'a' | 'b'; role: ColourRole }[] = []
    if (single?.pattern === 'single-instance' && single.az === az.key) chips.push({ letter: 'a', role: 'a' })
    if (balanced?.pattern === 'load-balanced' && balanced.azs.includes(az.key)) chips.push({ letter: 'b', role: 'b' })
    const chip = Math.min(32, (w - 20) / 2)
    const chipsX = x + w / 2 - (chips.length * chip + (chips.length - 1) * 6) / 2
    chips.forEach((c, k) => {
      const cx = chipsX + k * (chip + 6)
      const cy = y + 80
      shapes.push(
        rect(cx, cy, chip, chip, { r: 5, fill: c.role, stroke: 'surface', strokeWidth: 1.5, opacity: dim }),
        text(cx + chip / 2, cy + chip / 2 + 6, c.letter, 18, { weight: 700, fill: 'surface' }),
      )
      if (down) shapes.push(line(cx - 3, cy - 3, cx + chip + 3, cy + chip + 3, 'down', 3), line(cx + chip + 3, cy - 3, cx - 3, cy + chip + 3, 'down', 3))
    })
    if (down) shapes.push(text(x + w / 2, y + CLUSTER_H - 12, 'FAILED', Math.min(17, w / 5.5), { weight: 700, fill: 'down' }))
  })

  const clustersBottom = top + rows * CLUSTER_H + (rows - 1) * GAP
  if (balanced?.pattern === 'load-balanced') {
    const ends = clusters.filter((c) => balanced.azs.includes(c.key))
    // The load balancer reaches into each AZ it has an instance in; the wire to a failed AZ is dashed.
    for (const c of ends) shapes.push(line(c.x + c.w / 2, PAD + BAND_H, c.x + c.w / 2, c.y, 'b', 2.5, c.failed))
    const x0 = Math.min(...ends.map((c) => c.x))
    const x1 = Math.max(...ends.map((c) => c.x + c.w))
    shapes.unshift(
      rect(x0, PAD, x1 - x0, BAND_H, { r: 8, fill: 'surface', stroke: 'b', strokeWidth: 2 }),
      text((x0 + x1) / 2, PAD + BAND_H / 2 + 6, x1 - x0 > 300 ? 'b: Elastic Load Balancer (spans AZs)' : 'b: load balancer', 16, { weight: 700, fill: 'b' }),
    )
  }
  let height = clustersBottom + PAD
  if (service?.pattern === 'regional-service') {
    const y = clustersBottom + BAND_GAP
    for (const c of clusters) shapes.push(line(c.x + c.w / 2, c.y + c.h, c.x + c.w / 2, y, 'c', 2, true))
    shapes.push(
      rect(PAD, y, DIAGRAM_WIDTH - 2 * PAD, BAND_H, { r: 8, fill: 'surface', stroke: 'c', strokeWidth: 2 }),
      text(DIAGRAM_WIDTH / 2, y + BAND_H / 2 + 6, `c: ${SERVICE_NAMES[service.service]}, a regional service: its data in several AZs`, 15, {
        weight: 700,
        fill: 'c',
      }),
    )
    height = y + BAND_H + PAD
  }
  return { width: DIAGRAM_WIDTH, height, shapes, clusters }
}
