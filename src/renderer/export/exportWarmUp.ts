import type { GlobeRuntime } from '../globe/runtime'
import { encodePng } from './exportView'
import { warmRenderPass } from './renderPass'

/**
 * Prepares the first export while the app is idle: importing this module
 * loads the export's code (its chunk, with exportView.ts), and a one-pixel
 * image through the PNG encoder brings the encoder's own first-use work
 * forward. The export bridge calls it once after the first frame.
 */
export async function warmExport(): Promise<void> {
  const canvas = document.createElement('canvas')
  canvas.width = 1
  canvas.height = 1
  canvas.getContext('2d')?.fillRect(0, 0, 1, 1)
  await encodePng(canvas)
}

/** Runs `work` when the page is next idle; returns a function that cancels it. */
export type IdleScheduler = (work: () => void) => () => void

/**
 * Keeps the export's drawing warm (renderPass.ts warmRenderPass): draws the
 * scene once as an export does now (call it at an idle moment), and again at the next
 * idle moment after a frame whenever three has compiled programs since (a
 * layer shown, the land's texture arrived), so the first export finds every
 * object's routines ready. Returns a function that stops it.
 */
export function keepRenderPassWarm(runtime: GlobeRuntime, whenIdle: IdleScheduler): () => void {
  let warmedPrograms = -1
  let cancel: (() => void) | null = null
  const programs = () => runtime.renderContext?.gl.info.programs?.length ?? 0
  const warm = () => {
    const context = runtime.renderContext
    if (!context) return
    warmRenderPass(context)
    warmedPrograms = programs()
  }
  const check = () => {
    if (cancel || !runtime.renderContext || programs() === warmedPrograms) return
    cancel = whenIdle(() => {
      cancel = null
      warm()
    })
  }
  // Called at an idle moment already: the first draw need not wait for another.
  warm()
  const remove = runtime.afterFrame.add('export warm-up', check)
  return () => {
    remove()
    cancel?.()
    cancel = null
  }
}
