import Globe from 'globe.gl'
import type { Object3D, PerspectiveCamera } from 'three'
import arcsScene from 'virtual:bench-arcs'
import places from 'virtual:bench-places'
import regions, { type BenchRegion } from 'virtual:bench-regions'
import { initialDistance } from '../../src/renderer/globe/cameraLimits'
import { FOV_DEGREES } from '../../src/renderer/globe/dimensions'
import { palette } from '../../src/renderer/theme/palette'
import { BENCH_PROBE_GLOBAL, EARTH_TEXTURE_FILE, type BenchProbe } from '../probe'
import type { BenchArc } from './arcs'
import type { BenchPlace } from './places'
import { layersOf } from './sceneQuery'

/**
 * The comparison page: the same regions as InfraGlobe, drawn the way globe.gl is normally used
 * (points + labels layers on an image-textured globe), in a canvas the size of InfraGlobe's globe
 * (`?w=&h=` from the benchmark). Everything comes from the local server; nothing else is fetched.
 * `?scene=` adds layers (sceneQuery.ts): the user's pin, the schematic network and the latency
 * arcs; the edge locations, regional edge caches, Local and Wavelength Zones; or both.
 */
const params = new URLSearchParams(location.search)
const width = Number(params.get('w')) || window.innerWidth
const height = Number(params.get('h')) || window.innerHeight
const layers = layersOf(params.get('scene'))
const withArcs = layers.arcs

/** A region, the user's pin or an edge or zone mark: globe.gl's one points layer draws them all. */
type Point = BenchRegion | BenchPlace
/** The edge and zone marks' radius, smaller than the regions' 0.4 (degrees of arc). */
const PLACE_RADIUS = 0.25
const pin = { code: 'pin', label: '', lat: arcsScene.pin.lat, lon: arcsScene.pin.lon, available: true }

/**
 * The edge and zone marks go into the regions' merged points layer rather than objectsData or
 * customLayerData (one mesh per object): merged, every point is one draw call, as InfraGlobe's
 * instanced marks are.
 */
function points(): Point[] {
  return [...regions, ...(withArcs ? [pin] : []), ...(layers.places ? places : [])]
}

function colourOf(point: Point): string {
  if ('kind' in point) return point.colour
  if (point === pin) return arcsScene.pin.colour
  return point.available ? palette.regionAvailable : palette.regionAnnounced
}

const container = document.getElementById('globe')
if (!container) throw new Error('#globe is missing from the page')

let globeReady = false
const globe = new Globe(container)
  .width(width)
  .height(height)
  .backgroundColor(palette.background)
  .atmosphereColor(palette.atmosphere)
  // Drawn from the same world-atlas shapes at benchmark time (bench/texture), saved as a file.
  .globeImageUrl(`./${EARTH_TEXTURE_FILE}`)
  .pointsData(points())
  .pointLat((d) => (d as Point).lat)
  .pointLng((d) => (d as Point).lon)
  .pointColor((d) => colourOf(d as Point))
  .pointAltitude(0.01)
  .pointRadius((d) => ('kind' in (d as Point) ? PLACE_RADIUS : 0.4))
  // Merged points: one mesh for all of them, globe.gl's own advice for performance.
  .pointsMerge(true)
  .labelsData(regions)
  .labelLat((d) => (d as BenchRegion).lat)
  .labelLng((d) => (d as BenchRegion).lon)
  .labelText((d) => (d as BenchRegion).label)
  .labelColor(() => palette.label)
  .labelSize(1.1)
  .labelDotRadius(0.3)
  .labelResolution(2)
  .onGlobeReady(() => {
    globeReady = true
  })

if (withArcs) addArcs()


const renderer = globe.renderer()
const controls = globe.controls()

// Frame the globe exactly as InfraGlobe does (same field of view and distance, same opening view):
// on a software renderer the cost is in the pixels filled, so both must cover the same area.
const camera = globe.camera() as PerspectiveCamera
camera.fov = FOV_DEGREES
camera.updateProjectionMatrix()
globe.pointOfView({ lat: 28, lng: -22, altitude: initialDistance(FOV_DEGREES, width / height) - 1 })

const probe: BenchProbe = {
  get frames() {
    return renderer.info.render.frame
  },
  get drawCalls() {
    return renderer.info.render.calls
  },
  setAutoRotateSpeed(degreesPerSecond) {
    // OrbitControls turns by (2π / 60 · speed) radians a second, i.e. 6° per unit of speed.
    controls.autoRotate = degreesPerSecond !== 0
    controls.autoRotateSpeed = degreesPerSecond / 6
  },
}
window[BENCH_PROBE_GLOBAL] = probe

function layerCount(type: string): number {
  let count = 0
  globe.scene().traverse((object: Object3D & { __globeObjType?: string }) => {
    if (object.__globeObjType === type) count += 1
  })
  return count
}

// "Ready" means a frame has been rendered after the texture, the points and every label exist.
function watchForFirstCompleteFrame(): void {
  const arcsDrawn = !withArcs || layerCount('arc') >= arcsScene.arcs.length
  if (globeReady && arcsDrawn && layerCount('points') > 0 && layerCount('label') >= regions.length) {
    const frameBefore = renderer.info.render.frame
    const afterRender = () => {
      if (renderer.info.render.frame > frameBefore) document.documentElement.dataset.sceneReady = 'true'
      else requestAnimationFrame(afterRender)
    }
    requestAnimationFrame(afterRender)
  } else {
    requestAnimationFrame(watchForFirstCompleteFrame)
  }
}
requestAnimationFrame(watchForFirstCompleteFrame)

/**
 * The arcs scene the way globe.gl is normally used: its arcs layer (one line mesh per arc, its
 * default 1 px lines); the pin is one more merged point (points()). Colours come with the data; the
 * latency arcs' dashes run towards the regions when InfraGlobe animates its own.
 */
function addArcs(): void {
  const dashed = (arc: BenchArc) => arc.kind !== 'network'
  globe
    .arcsData(arcsScene.arcs)
    .arcStartLat((d) => (d as BenchArc).startLat)
    .arcStartLng((d) => (d as BenchArc).startLon)
    .arcEndLat((d) => (d as BenchArc).endLat)
    .arcEndLng((d) => (d as BenchArc).endLon)
    .arcColor((d: object) => (d as BenchArc).colour)
    .arcDashLength((d) => (dashed(d as BenchArc) ? 0.05 : 1))
    .arcDashGap((d) => (dashed(d as BenchArc) ? 0.04 : 0))
    .arcDashAnimateTime((d) => ((d as BenchArc).kind === 'latency' && arcsScene.animateDashes ? 4000 : 0))
    .arcsTransitionDuration(0)
}
