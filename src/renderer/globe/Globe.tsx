import { Canvas } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import type { Region } from '../../shared/dataset/schema'
import { useAppStore } from '../state/store'
import { FOV_DEGREES, radii } from './dimensions'
import type { FrameHooks } from './FrameDriver'
import { publishGlobe } from './globeRuntimeContext'
import './globe.css'
import { LabelLayer } from './labelLayer'
import { PointerTracker } from './pointer'
import { installProbe } from './probe'
import { GlobeRuntime } from './runtime'
import { Scene } from './Scene'

const NO_REGIONS: readonly Region[] = []

/** Keyboard zoom factor on the altitude per press. */
const KEY_ZOOM = 0.7

/**
 * The 3D globe with every region of the dataset in the store. Fills its
 * container; takes keyboard focus (arrows rotate, + and - zoom).
 */
export function Globe() {
  const [runtime] = useState(() => new GlobeRuntime())
  const [hooks] = useState<FrameHooks>(() => ({ labels: null, pointer: null, counters: null }))
  const container = useRef<HTMLDivElement>(null)
  const labelRoot = useRef<HTMLDivElement>(null)
  const dataset = useAppStore((state) => state.dataset)
  const regions = dataset?.regions ?? NO_REGIONS

  // Regions before labels and markers use them; layout effects run before the next frame.
  useLayoutEffect(() => {
    runtime.setRegions(regions)
    hooks.labels?.setRegions(regions)
  }, [runtime, hooks, regions])

  useEffect(() => {
    const root = labelRoot.current
    const element = container.current
    if (!root || !element) return
    const labels = new LabelLayer(root)
    labels.setRegions(runtime.regions)
    hooks.labels = labels
    const pointer = new PointerTracker(runtime, (cursor) => {
      element.style.cursor = cursor
    })
    hooks.pointer = pointer
    const probe = installProbe({
      regionScreenPosition: (code) => runtime.screenPosition(code),
      userLocationScreenPosition: () => {
        const location = useAppStore.getState().userLocation
        return location ? runtime.geoScreenPosition(location.lat, location.lon) : null
      },
      screenPositionOf: (lat, lon) => runtime.geoScreenPosition(lat, lon, radii.earth),
      setAutoRotateSpeed: (degreesPerSecond) => useAppStore.getState().setAutoRotateSpeed(degreesPerSecond),
    })
    hooks.counters = probe.counters
    // Place-me mode: a crosshair while it is on; Escape (wherever the focus is) leaves it.
    const unsubscribe = useAppStore.subscribe((next, previous) => {
      if (next.placing !== previous.placing) pointer.refreshCursor()
    })
    const onKeyDown = (event: globalThis.KeyboardEvent): void => {
      if (event.key !== 'Escape' || !useAppStore.getState().placing) return
      useAppStore.getState().setPlacing(false)
      event.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    pointer.refreshCursor()
    return () => {
      window.removeEventListener('keydown', onKeyDown)
      unsubscribe()
      probe.uninstall()
      labels.dispose()
      hooks.labels = null
      hooks.pointer = null
      hooks.counters = null
    }
  }, [runtime, hooks])

  useEffect(() => publishGlobe({ runtime, hooks }), [runtime, hooks])

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
      aria-label="Globe. Arrow keys rotate, plus and minus zoom"
      onKeyDown={onKeyDown}
      onPointerMove={(event) => hooks.pointer?.move(...local(event), event.buttons)}
      onPointerDown={(event) => hooks.pointer?.down(...local(event), event.button)}
      onPointerUp={(event) => hooks.pointer?.up(...local(event), event.button, event.altKey, event.ctrlKey || event.metaKey || event.shiftKey)}
      onPointerCancel={() => hooks.pointer?.cancel()}
      onPointerLeave={() => hooks.pointer?.leave()}
    >
      <Canvas
        frameloop="demand"
        dpr={[1, 2]}
        flat
        gl={{ antialias: true, alpha: false }}
        camera={{ fov: FOV_DEGREES, near: 0.01, far: 50, position: [0, 0, 3] }}
        onCreated={({ gl }) => {
          runtime.canvas = gl.domElement
        }}
      >
        <Scene runtime={runtime} regions={regions} hooks={hooks} />
      </Canvas>
      <div ref={labelRoot} className="globe__labels" aria-hidden="true" />
    </div>
  )
}

export default Globe
