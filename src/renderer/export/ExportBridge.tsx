import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { AnnotationListSchema } from '../../shared/annotations/schema'
import { useAnnotationStore } from '../annotations/annotationStore'
import { provideExportProbe, type ProbeExportOptions, type ProbeExportResult } from '../globe/probe'
import type { GlobeRuntime } from '../globe/runtime'

/**
 * Inside the canvas: hands three's renderer, scene and camera to the globe's
 * runtime so the export can render the scene itself, and answers the probe's
 * export methods for tests and the benchmark.
 */
export function ExportBridge({ runtime }: { runtime: GlobeRuntime }) {
  const gl = useThree((state) => state.gl)
  const scene = useThree((state) => state.scene)
  const camera = useThree((state) => state.camera)
  const invalidate = useThree((state) => state.invalidate)

  useEffect(() => {
    runtime.renderContext = { gl, scene, camera }
    provideExportProbe({
      exportPng: (options) => probeExport(runtime, options),
      replaceAnnotations: (annotations) => {
        const parsed = AnnotationListSchema.safeParse(annotations)
        if (!parsed.success) throw new Error(`not a list of annotations: ${parsed.error.message}`)
        useAnnotationStore.getState().replaceAll(parsed.data)
        invalidate()
      },
    })
    return () => {
      provideExportProbe(null)
      runtime.renderContext = null
    }
  }, [runtime, gl, scene, camera, invalidate])

  useEffect(() => warmWhenIdle(runtime), [runtime])

  return null
}

async function probeExport(runtime: GlobeRuntime, options: ProbeExportOptions): Promise<ProbeExportResult> {
  const started = performance.now()
  // The export's code is not part of the first download (see loading/views.tsx); usually prefetched by now.
  const { DEFAULT_TITLE, exportView } = await import('./exportView')
  const image = await exportView(runtime, {
    size: options.size,
    transparent: options.transparent ?? false,
    title: options.title ?? DEFAULT_TITLE,
  })
  const ms = performance.now() - started
  return { width: image.width, height: image.height, ms, stages: image.stages, base64: toBase64(image.png) }
}

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  const step = 0x8000
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step))
  return btoa(binary)
}

/** Longest wait for an idle moment after the first frame before the warm-up runs anyway (ms). */
const WARM_UP_TIMEOUT_MS = 3_000

/**
 * Once the first frame is on screen and the browser is idle, loads the
 * export's code and runs its warm-up (exportWarmUp.ts): the export's drawing
 * (again whenever the scene has new programs) and the encoder once, so the
 * first export waits for neither. The views' prefetch (loading/views.tsx)
 * fetches the same code too, but last but two of its list, often after a
 * first export has asked for it.
 */
function warmWhenIdle(runtime: GlobeRuntime): () => void {
  let cancelled = false
  let stopWarmPass: (() => void) | null = null
  const cancelFirst = whenIdle(() => {
    import('./exportWarmUp')
      .then(({ keepRenderPassWarm, warmExport }) => {
        if (cancelled) return undefined
        stopWarmPass = keepRenderPassWarm(runtime, whenIdle)
        return warmExport()
      })
      .catch((error: unknown) => console.warn('InfraGlobe: the export could not be prepared ahead', error))
  }, runtime.afterFirstFrame())
  return () => {
    cancelled = true
    cancelFirst()
    stopWarmPass?.()
  }
}

/** Runs `work` at the browser's next idle moment once `after` has resolved; returns a function that cancels it. */
function whenIdle(work: () => void, after: Promise<void> = Promise.resolve()): () => void {
  let cancelled = false
  let idle: number | null = null
  const run = () => {
    idle = null
    if (!cancelled) work()
  }
  void after.then(() => {
    if (cancelled) return
    idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: WARM_UP_TIMEOUT_MS }) : window.setTimeout(run, 200)
  })
  return () => {
    cancelled = true
    if (idle === null) return
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle)
    else window.clearTimeout(idle)
  }
}
