import { Canvas } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import { currentReachClient } from '../reach/reachService'
import { useReachStore } from '../reach/reachStore'
import { selectRegionPlacement } from '../state/selectors'
import { useAppStore } from '../state/store'
import { watch } from '../state/watch'
import { useEscapeLeavesPlacing } from '../ui/useEscapeLeavesPlacing'
import { DPR_RANGE } from './adaptiveResolution'
import { preloadShownLayers } from './lazyLayers'
import { INITIAL_VIEW } from './cameraLimits'
import { FOV_DEGREES, radii } from './dimensions'
import { publishGlobe } from './globeRuntimeContext'
import './globe.css'
import { LabelLayer } from './labelLayer'
import type { DrawnLabel } from './labelText'
import { PointerTracker } from './pointer'
import { resetView } from './resetView'
import { installProbe } from './probe'
import { GlobeRuntime } from './runtime'
import { Scene } from './Scene'

/** Keyboard zoom factor on the altitude per press. */
const KEY_ZOOM = 0.7

/**
 * The 3D globe with every region of the dataset in the store. Fills its
 * container; takes keyboard focus (arrows rotate, + and - zoom, Home
 * goes back to the first view).
 */
export function Globe() {
  const [runtime] = useState(() => new GlobeRuntime())
  // The code of the layers the saved settings show is fetched while the canvas is set up, and the
  // scene waits for it: the first frame shows those layers too, instead of their popping in later.
  const [layersLoaded, setLayersLoaded] = useState(false)
  useEffect(() => {
    let current = true
    void preloadShownLayers(useAppStore.getState()).then(() => current && setLayersLoaded(true))
    return () => {
      current = false
    }
  }, [])
  const labels = useRef<LabelLayer | null>(null)
  const pointer = useRef<PointerTracker | null>(null)
  const container = useRef<HTMLDivElement>(null)
  // Where the markers are drawn: a placeholder point is moved off another region's marker.
  const regions = useAppStore(selectRegionPlacement).regions

  // Regions before labels and markers use them; layout effects run before the next frame.
  useLayoutEffect(() => {
    runtime.setRegions(regions)
    labels.current?.setRegions(regions)
  }, [runtime, regions])

  useEffect(() => {
    const element = container.current
    if (!element) return
    const labelLayer = new LabelLayer({ sprites: runtime.labelSprites })
    labelLayer.setRegions(runtime.regions)
    labels.current = labelLayer
    const drawnLabels = {
      regions: () => labelLayer.drawnLabels(runtime),
      layers: () => labelLayer.drawnLayerLabels(runtime),
    }
    runtime.drawnLabels = drawnLabels
    const tracker = new PointerTracker(runtime, (cursor) => {
      element.style.cursor = cursor
    })
    pointer.current = tracker
    /** What the last frame showed of the time-lapse, for the probe: read at frame time, not from the store. */
    const drawn: { shown: readonly string[]; reach: string | null } = { shown: runtime.shownCodes(), reach: null }
    const probe = installProbe({
      regionScreenPosition: (code) => runtime.screenPosition(code),
      userLocationScreenPosition: () => {
        const location = useAppStore.getState().userLocation
        return location ? runtime.geoScreenPosition(location.lat, location.lon) : null
      },
      screenPositionOf: (lat, lon) => runtime.geoScreenPosition(lat, lon, radii.earth),
      setAutoRotateSpeed: (degreesPerSecond) => useAppStore.getState().setAutoRotateSpeed(degreesPerSecond),
      cameraView: () => runtime.commands?.getView() ?? null,
      shownRegions: () => [...drawn.shown],
      reachDrawn: () => drawn.reach,
      pendingWork: () => runtime.pendingWork,
      reachComputeMs: (step) => currentReachClient()?.computeMs(step === 'announced' ? step : Number(step)) ?? null,
      labels: () =>
        (runtime.drawnLabels?.regions() ?? []).map((label) => ({
          code: label.code,
          lines: label.lines.map((line) => line.runs.map((run) => run.text).join(' ')),
          colour: label.colour,
          tone: label.tone,
          side: label.side,
          opacity: label.opacity,
          ...viewportBox(runtime, label),
        })),
      layerLabels: () => (runtime.drawnLabels?.layers() ?? []).map((label) => label.line.runs.map((run) => run.text).join(' ')),
      flyTo: (view) => runtime.commands?.setView(view, { instant: false }) ?? Promise.reject(new Error('the globe has no camera yet')),
    })
    const compared: { codes: readonly string[] | null; regions: GlobeRuntime['regions'] | null; indices: number[] } = { codes: null, regions: null, indices: [] }
    // Before each frame is drawn the labels are placed for it; after it, the hover is re-picked and the probe counts.
    const steps = [
      runtime.beforeDraw.add('labels', () => {
        const { selectedCode, hoveredCode, compareCodes } = useAppStore.getState()
        // Indices again only when the comparison changes: the step allocates nothing on an ordinary frame.
        if (compareCodes !== compared.codes || runtime.regions !== compared.regions) {
          compared.indices = compareCodes.map((code) => runtime.indexOf(code))
        }
        compared.codes = compareCodes
        compared.regions = runtime.regions
        labelLayer.update(runtime, runtime.indexOf(selectedCode), runtime.indexOf(hoveredCode), {
          compared: compared.indices,
          // Published by the annotation overlay when it lays them out: no DOM read per frame.
          annotations: runtime.annotationBoxes,
        })
      }),
      runtime.afterFrame.add('hover', () => tracker.afterFrame()),
      runtime.afterFrame.add('probe', (frame) => {
        probe.counters.frames++
        probe.counters.drawCalls = frame.drawCalls
        const reach = useReachStore.getState().drawnStep
        drawn.shown = runtime.shownCodes()
        drawn.reach = reach === null ? null : String(reach)
      }),
    ]
    // Place-me mode: a crosshair while it is on.
    const unwatchPlacing = watch((state) => state.placing, () => tracker.refreshCursor())
    return () => {
      unwatchPlacing()
      for (const dispose of steps) dispose()
      probe.uninstall()
      labelLayer.dispose()
      labels.current = null
      if (runtime.drawnLabels === drawnLabels) runtime.drawnLabels = null
      pointer.current = null
    }
  }, [runtime])

  useEffect(() => publishGlobe(runtime), [runtime])
  useEscapeLeavesPlacing()

  // The wheel must be a non-passive listener to keep the page from scrolling.
  useEffect(() => {
    const element = container.current
    if (!element) return
    const onWheel = (event: WheelEvent): void => {
      event.preventDefault()
      const pixels = event.deltaMode === 1 ? event.deltaY * 16 : event.deltaMode === 2 ? event.deltaY * 400 : event.deltaY
      runtime.commands?.zoom(Math.exp(Math.max(-200, Math.min(200, pixels)) * 0.002))
    }
    element.addEventListener('wheel', onWheel, { passive: false })
    return () => element.removeEventListener('wheel', onWheel)
  }, [runtime])

  const local = (event: PointerEvent<HTMLDivElement>): [number, number] => {
    const rect = (runtime.canvas ?? event.currentTarget).getBoundingClientRect()
    return [event.clientX - rect.left, event.clientY - rect.top]
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const commands = runtime.commands
    if (!commands || event.altKey || event.ctrlKey || event.metaKey) return
    switch (event.key) {
      case 'ArrowLeft':
        commands.rotate(1, 0)
        break
      case 'ArrowRight':
        commands.rotate(-1, 0)
        break
      case 'ArrowUp':
        commands.rotate(0, 1)
        break
      case 'ArrowDown':
        commands.rotate(0, -1)
        break
      case '+':
      case '=':
        commands.zoom(KEY_ZOOM)
        break
      case '-':
      case '_':
        commands.zoom(1 / KEY_ZOOM)
        break
      case 'Home':
        void resetView(runtime)
        break
      default:
        return
    }
    event.preventDefault()
  }

  return (
    <div
      ref={container}
      className="globe"
      data-testid="globe"
      role="application"
      tabIndex={0}
      aria-label="Globe. Arrow keys rotate, plus and minus zoom, Home resets the view"
      onKeyDown={onKeyDown}
      onPointerMove={(event) => pointer.current?.move(...local(event), event.buttons)}
      onPointerDown={(event) => pointer.current?.down(...local(event), event.button)}
      onPointerUp={(event) =>
        pointer.current?.up(...local(event), event.button, event.altKey, event.ctrlKey || event.metaKey || event.shiftKey)
      }
      onPointerCancel={() => pointer.current?.cancel()}
      onPointerLeave={() => pointer.current?.leave()}
    >
      <Canvas
        frameloop="demand"
        dpr={DPR_RANGE}
        flat
        // No multisampled canvas: frames at rest get their samples from MultisampledFrame, moving ones none.
        gl={{ antialias: false, alpha: false }}
        camera={{ fov: FOV_DEGREES, near: 0.01, far: 50, position: [0, 0, INITIAL_VIEW.distance] }}
        onCreated={({ gl }) => {
          runtime.canvas = gl.domElement
        }}
      >
        {layersLoaded && <Scene runtime={runtime} regions={regions} />}
      </Canvas>
    </div>
  )
}

/** A label's box in viewport CSS px. */
function viewportBox(runtime: GlobeRuntime, label: DrawnLabel): { left: number; top: number; width: number; height: number } {
  const rect = runtime.canvas?.getBoundingClientRect()
  return { left: (rect?.left ?? 0) + label.left, top: (rect?.top ?? 0) + label.top, width: label.width, height: label.height }
}

export default Globe
