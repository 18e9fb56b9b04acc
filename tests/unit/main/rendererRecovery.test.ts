import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { MAX_RELOADS, RELOAD_WINDOW_MS, recoverRenderer } from '../../../src/main/rendererRecovery'

function window() {
  const webContents = new EventEmitter()
  const loads: string[] = []
  return {
    webContents,
    loads,
    destroyed: false,
    isDestroyed() {
      return this.destroyed
    },
    loadURL(url: string) {
      loads.push(url)
      return Promise.resolve()
    },
  }
}

describe('recovering a page whose renderer died', () => {
  it('reloads the page with the reason in its address and tells the caller first', () => {
    const w = window()
    const onReload = vi.fn()
    recoverRenderer(w, { url: 'app://infraglobe/index.html', onReload, showError: vi.fn() })
    w.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 })
    expect(onReload).toHaveBeenCalledWith('crashed')
    expect(w.loads).toEqual(['app://infraglobe/index.html?recovered=crashed'])
  })

  it('does nothing for a clean exit or a window already gone', () => {
    const w = window()
    recoverRenderer(w, { url: 'app://infraglobe/index.html', showError: vi.fn() })
    w.webContents.emit('render-process-gone', {}, { reason: 'clean-exit' })
    w.destroyed = true
    w.webContents.emit('render-process-gone', {}, { reason: 'crashed' })
    expect(w.loads).toEqual([])
  })

  it(`stops reloading after ${MAX_RELOADS} deaths within a minute and says so, then reloads again later`, () => {
    const w = window()
    const showError = vi.fn()
    let now = 0
    recoverRenderer(w, { url: 'app://infraglobe/index.html', showError, now: () => now })
    for (let i = 0; i < MAX_RELOADS + 1; i++) w.webContents.emit('render-process-gone', {}, { reason: 'oom' })
    expect(w.loads).toHaveLength(MAX_RELOADS)
    expect(showError).toHaveBeenCalledWith('InfraGlobe keeps stopping', expect.stringContaining('not reloaded again'))
    now = RELOAD_WINDOW_MS + 1
    w.webContents.emit('render-process-gone', {}, { reason: 'oom' })
    expect(w.loads).toHaveLength(MAX_RELOADS + 1)
  })
})
