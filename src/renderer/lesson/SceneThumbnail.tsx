import { geoGraticule10, geoOrthographic, geoPath, type GeoPermissibleObjects } from 'd3-geo'
import { useEffect, useRef } from 'react'
import type { Dataset } from '../../shared/dataset/schema'
import { radians } from '../../shared/geo'
import type { Scene } from '../../shared/lesson/schema'
import { FOV_DEGREES } from '../globe/dimensions'
import { loadWorldShapes } from '../globe/worldData'
import { useAppStore } from '../state/store'
import { paletteFor, type Palette } from '../theme/palette'

/** The thumbnail's size in CSS px (16:9, like a projector). */
const WIDTH = 320
const HEIGHT = 180

/**
 * A small picture of a scene for the presenter: the globe as its camera will
 * show it (an orthographic view of the same side of the Earth, at the
 * apparent size the camera's distance gives), with every region, the
 * scene's selected and compared regions ringed and its pin. Drawn with
 * d3-geo on a 2D canvas: no second WebGL globe, and the view on screen is
 * not touched.
 */
export function SceneThumbnail({ scene, label }: { scene: Scene; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  // Kept while the thumbnail is shown: the world shapes are let go once loaded, and each scene step redraws.
  const land = useRef<GeoPermissibleObjects | null>(null)
  const dataset = useAppStore((s) => s.dataset)
  const theme = useAppStore((s) => s.theme)

  useEffect(() => {
    let live = true
    const element = canvas.current
    if (!element) return
    const draw = (shape: GeoPermissibleObjects | null): void => {
      if (live) drawSceneThumbnail(element, scene, dataset, shape, paletteFor(theme))
    }
    draw(land.current)
    if (!land.current) {
      loadWorldShapes().then(
        (world) => {
          land.current = world.land
          draw(world.land)
        },
        () => {},
      )
    }
    return () => {
      live = false
    }
  }, [scene, dataset, theme])

  return <canvas ref={canvas} className="scene-thumbnail" width={WIDTH} height={HEIGHT} role="img" aria-label={label} />
}

/** The globe's apparent radius in px at a camera distance: the angle the sphere fills, against the camera's field of view. */
function discRadius(distance: number, height: number): number {
  const angular = Math.asin(Math.min(1, 1 / Math.max(distance, 1.0001)))
  return ((height / 2) * Math.tan(angular)) / Math.tan((FOV_DEGREES * radians) / 2)
}

export function drawSceneThumbnail(
  canvas: HTMLCanvasElement,
  scene: Scene,
  dataset: Dataset | null,
  land: GeoPermissibleObjects | null,
  palette: Palette,
): void {
  const context = canvas.getContext('2d')
  if (!context) return
  const { width, height } = canvas
  const { lat, lon, distance } = scene.camera
  const radius = discRadius(distance, height)
  const projection = geoOrthographic()
    .rotate([-lon, -lat])
    .scale(radius)
    .translate([width / 2, height / 2])
    .clipAngle(90)
  const path = geoPath(projection, context)

  context.fillStyle = palette.background
  context.fillRect(0, 0, width, height)
  context.beginPath()
  path({ type: 'Sphere' })
  context.fillStyle = palette.ocean
  context.fill()
  context.beginPath()
  path(geoGraticule10())
  context.strokeStyle = palette.graticule
  context.lineWidth = 0.5
  context.stroke()
  if (land) {
    context.beginPath()
    path(land)
    context.fillStyle = palette.land
    context.fill()
  }

  const dot = (regionLon: number, regionLat: number, fill: string, r: number, ring?: string): void => {
    // Points on the far side are clipped: d3 gives no position for them.
    const visible = geoPath(projection)({ type: 'Point', coordinates: [regionLon, regionLat] })
    const at = visible ? projection([regionLon, regionLat]) : null
    if (!at) return
    context.beginPath()
    context.arc(at[0], at[1], r, 0, Math.PI * 2)
    context.fillStyle = fill
    context.fill()
    context.lineWidth = 1
    context.strokeStyle = palette.markerOutline
    context.stroke()
    if (ring) {
      context.beginPath()
      context.arc(at[0], at[1], r + 3, 0, Math.PI * 2)
      context.lineWidth = 2
      context.strokeStyle = ring
      context.stroke()
    }
  }
  const highlighted = new Set([scene.selectedCode, ...scene.compareCodes])
  for (const region of dataset?.regions ?? []) {
    if (highlighted.has(region.code)) continue
    dot(region.lon, region.lat, region.status === 'announced' ? palette.regionAnnounced : palette.regionAvailable, 2.5)
  }
  for (const region of dataset?.regions ?? []) {
    if (region.code === scene.selectedCode) dot(region.lon, region.lat, palette.regionAvailable, 3.5, palette.regionSelected)
    else if (scene.compareCodes.includes(region.code)) dot(region.lon, region.lat, palette.regionAvailable, 3.5, palette.compared)
  }
  if (scene.userLocation) dot(scene.userLocation.lon, scene.userLocation.lat, palette.userPin, 4)
}
