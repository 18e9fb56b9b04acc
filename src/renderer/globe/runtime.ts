import { Vector3, type Camera } from 'three'
import type { Region } from '../../shared/dataset/schema'
import { horizonMargin, raySphere, toLatLon, toVector, type LatLon, type Vec3 } from '../../shared/geo'
import { AfterFrameList } from './afterFrame'
import { FrameHold } from './frameHold'
import { LabelSprites } from './labelSprites'
import { LayerLabels } from './layerLabels'
import { radii } from './dimensions'
import { pickNearest } from './picking'
import { PlacePicker } from './placePicking'
import { SurfaceOverlaySlot } from './surfaceOverlay'
import type { DrawnLabel, DrawnLayerLabel } from './labelText'
import type { CameraCommands, RegionScreenPosition, RenderContext, ScreenBox } from './types'

const projected = new Vector3()
const unitScratch: Vec3 = [0, 0, 0]
const rayDirection: Vec3 = [0, 0, 0]
const pointScratch = new Float32Array(2)

/**
 * Per-globe state shared by the scene (inside the canvas) and the DOM around
 * it (labels, pointer handling, the probe): the regions in draw order, their
 * unit vectors, and where each was drawn in the last rendered frame. Typed
 * arrays are sized once per dataset so the frame loop allocates nothing.
 */
export class GlobeRuntime {
  regions: readonly Region[] = []
  count = 0
  /** x, y, z of each region on the unit sphere. */
  unit = new Float32Array(0)
  /** x, y of each marker in CSS px relative to the canvas, from the last frame. */
  screen = new Float32Array(0)
  /** Horizon margin of each marker from the last frame (> 0: faces the camera); -1 for a region not on the globe. */
  facing = new Float32Array(0)
  /** 1 where the region is on the globe (the time-lapse's year hides the others), in the runtime's order. */
  shown = new Uint8Array(0)
  /** Canvas size in CSS px at the last projection. */
  width = 0
  height = 0
  /** Camera distance from the globe's centre at the last projection. */
  cameraDistance = 0
  readonly eye: Vec3 = [0, 0, 0]
  canvas: HTMLCanvasElement | null = null
  /** The labels drawn in the last frame (set by Globe): the export draws them at its own scale, the probe reports the regions'. */
  drawnLabels: { regions(): readonly DrawnLabel[]; layers(): readonly DrawnLayerLabel[] } | null = null
  /** The region labels' mesh, one draw call (the scene holds it; the label layer fills it). */
  readonly labelSprites = new LabelSprites()
  /** Set by the camera rig while it is mounted. */
  commands: CameraCommands | null = null
  /** Set by the export bridge inside the canvas while it is mounted. */
  renderContext: RenderContext | null = null
  /** Work the globe has started and not yet drawn (the land's shapes after the first frame): the picture is complete when it is 0. */
  pendingWork = 0
  /** The marker mesh is in the scene: the next rendered frame shows the regions. */
  markersMounted = false
  /** Labels that layers add to the label layer (link RTTs, the pin). */
  readonly layerLabels = new LayerLabels()
  /** The edge and zone marks on show, for the pointer (each place layer sets its group). */
  readonly places = new PlacePicker()
  /**
   * Work before each frame is drawn, with the markers projected by its
   * camera: the labels' de-clutter pass, so the frame shows its outcome.
   */
  readonly beforeDraw = new AfterFrameList()
  /** Work after each rendered frame (hover, probe counters, annotations): see AfterFrameList. */
  readonly afterFrame = new AfterFrameList()
  /** An export holds the screen's frames while it draws (frameHold.ts). */
  readonly frameHold = new FrameHold()
  /** What the Earth's shader colours the land with besides its own colours (the reach layer's bands). */
  readonly surfaceOverlay = new SurfaceOverlaySlot()
  /**
   * Where the annotations shown were drawn (CSS px relative to the canvas),
   * written by the annotation overlay whenever it lays them out: region
   * labels keep off these boxes.
   */
  annotationBoxes: readonly ScreenBox[] = []
  /** The camera of the last projection: clicks and the probe measure against what was drawn. */
  private camera: Camera | null = null
  private readonly indexByCode = new Map<string, number>()
  private shownCodesCache: readonly string[] | null = null
  private firstFrameSeen = false
  private resolveFirstFrame: () => void = () => {}
  private readonly firstFrame = new Promise<void>((resolve) => {
    this.resolveFirstFrame = resolve
  })

  /** Counts `work` in pendingWork until it settles. */
  track<T>(work: Promise<T>): Promise<T> {
    this.pendingWork += 1
    const done = () => {
      this.pendingWork -= 1
    }
    work.then(done, done)
    return work
  }

  /**
   * Resolves once the first frame with the markers (or with no regions to
   * show) is on screen: heavy work such as the land texture waits for it so
   * the regions appear as early as possible.
   */
  afterFirstFrame(): Promise<void> {
    return this.firstFrame
  }

  /** Called by the frame loop after every rendered frame. */
  frameRendered(): void {
    if (this.firstFrameSeen || !(this.markersMounted || this.count === 0)) return
    this.firstFrameSeen = true
    // A macrotask later, so the frame is presented before the main thread gets busy.
    setTimeout(this.resolveFirstFrame, 0)
  }

  setRegions(regions: readonly Region[]): void {
    this.regions = regions
    this.count = regions.length
    this.unit = new Float32Array(regions.length * 3)
    this.screen = new Float32Array(regions.length * 2)
    this.facing = new Float32Array(regions.length).fill(-1)
    this.shown = new Uint8Array(regions.length).fill(1)
    this.shownCodesCache = null
    this.indexByCode.clear()
    regions.forEach((region, i) => {
      toVector(region.lat, region.lon, 1, unitScratch)
      this.unit.set(unitScratch, i * 3)
      this.indexByCode.set(region.code, i)
    })
  }

  /**
   * Which regions are on the globe (null: every one). A hidden region is
   * never labelled, picked or reported visible: from the next projection
   * on, it counts as behind the globe.
   */
  setShown(codes: ReadonlySet<string> | null): void {
    this.regions.forEach((region, i) => {
      this.shown[i] = codes === null || codes.has(region.code) ? 1 : 0
    })
    this.shownCodesCache = null
  }

  /** Codes of the regions on the globe, in the runtime's order (the same array until the set changes: the probe reads it every frame). */
  shownCodes(): readonly string[] {
    this.shownCodesCache ??= this.regions.filter((_, i) => this.shown[i] === 1).map((region) => region.code)
    return this.shownCodesCache
  }

  indexOf(code: string | null): number {
    if (code === null) return -1
    return this.indexByCode.get(code) ?? -1
  }

  /** Projects every marker with the camera of the frame just rendered. */
  project(camera: Camera, width: number, height: number): void {
    this.width = width
    this.height = height
    this.camera = camera
    const eye = this.eye
    eye[0] = camera.position.x
    eye[1] = camera.position.y
    eye[2] = camera.position.z
    this.cameraDistance = camera.position.length()
    const { unit, screen, facing, shown } = this
    for (let i = 0; i < this.count; i++) {
      unitScratch[0] = unit[3 * i] as number
      unitScratch[1] = unit[3 * i + 1] as number
      unitScratch[2] = unit[3 * i + 2] as number
      facing[i] = shown[i] === 1 ? horizonMargin(unitScratch, eye, radii.earth) : -1
      projected.set(unitScratch[0], unitScratch[1], unitScratch[2]).multiplyScalar(radii.markers).project(camera)
      screen[2 * i] = (projected.x + 1) * 0.5 * width
      screen[2 * i + 1] = (1 - projected.y) * 0.5 * height
    }
  }

  /**
   * Canvas-relative CSS px of a scene point, with the camera of the last
   * frame, written to out[0], out[1]; NaN before the first frame.
   */
  projectPoint(x: number, y: number, z: number, out: Float32Array): void {
    if (!this.camera) {
      out[0] = Number.NaN
      out[1] = Number.NaN
      return
    }
    projected.set(x, y, z).project(this.camera)
    out[0] = (projected.x + 1) * 0.5 * this.width
    out[1] = (1 - projected.y) * 0.5 * this.height
  }

  /** The place on the Earth under a canvas-relative point, or null where the pointer misses the globe. */
  surfaceAt(x: number, y: number): LatLon | null {
    const camera = this.camera
    if (!camera || this.width === 0 || this.height === 0) return null
    projected.set((x / this.width) * 2 - 1, 1 - (y / this.height) * 2, 0.5).unproject(camera)
    rayDirection[0] = projected.x - this.eye[0]
    rayDirection[1] = projected.y - this.eye[1]
    rayDirection[2] = projected.z - this.eye[2]
    const t = raySphere(this.eye, rayDirection, radii.earth)
    if (t === null) return null
    return toLatLon(
      this.eye[0] + t * rayDirection[0],
      this.eye[1] + t * rayDirection[1],
      this.eye[2] + t * rayDirection[2],
    )
  }

  /** Where a place on the surface was drawn in the last frame, in viewport CSS px; null before the first frame. */
  geoScreenPosition(lat: number, lon: number, radius: number = radii.markers): RegionScreenPosition | null {
    if (this.width === 0 || this.canvas === null || this.camera === null) return null
    toVector(lat, lon, radius, unitScratch)
    this.projectPoint(unitScratch[0], unitScratch[1], unitScratch[2], pointScratch)
    const sx = pointScratch[0] as number
    const sy = pointScratch[1] as number
    const rect = this.canvas.getBoundingClientRect()
    const inside = sx >= 0 && sy >= 0 && sx <= this.width && sy <= this.height
    return { x: rect.left + sx, y: rect.top + sy, visible: inside && horizonMargin(unitScratch, this.eye, radii.earth) > 0 }
  }

  /** The region under a canvas-relative point, or -1. */
  pick(x: number, y: number, maxDistance: number): number {
    return pickNearest(this.screen, this.facing, this.count, x, y, maxDistance)
  }

  /** The edge or zone mark under a canvas-relative point, by key, or null (always null before the first frame). */
  pickPlace(x: number, y: number, maxDistance: number): string | null {
    if (!this.camera) return null
    return this.places.pick(this, x, y, maxDistance)
  }

  /** Where a region was drawn, in viewport CSS px; null for an unknown code or before the first frame. */
  screenPosition(code: string): RegionScreenPosition | null {
    const i = this.indexOf(code)
    if (i < 0 || this.width === 0 || this.canvas === null) return null
    const rect = this.canvas.getBoundingClientRect()
    const sx = this.screen[2 * i] as number
    const sy = this.screen[2 * i + 1] as number
    const inside = sx >= 0 && sy >= 0 && sx <= this.width && sy <= this.height
    return { x: rect.left + sx, y: rect.top + sy, visible: inside && (this.facing[i] as number) > 0 }
  }
}
