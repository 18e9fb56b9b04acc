import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { closeChoice, guardClose, type CloseChoice } from '../../../src/main/closeGuard'

/** A window that can be closed, whose close can be prevented, as Electron's BrowserWindow. */
class Window extends EventEmitter {
  destroyed = false
  isDestroyed(): boolean {
    return this.destroyed
  }
  close(): void {
    if (this.destroyed) return
    let prevented = false
    this.emit('close', { preventDefault: () => (prevented = true) })
    if (!prevented) this.destroyed = true
  }
}

function guarded(answers: CloseChoice[] = []) {
  const window = new Window()
  const ask = vi.fn(() => Promise.resolve(answers.shift() ?? 'cancel'))
  const requestSave = vi.fn()
  const discard = vi.fn(() => Promise.resolve())
  const guard = guardClose(window, { ask, requestSave, discard, warn: () => undefined })
  return { window, guard, ask, requestSave, discard }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('the close guard', () => {
  it('lets the window close without a question while the lesson has nothing unsaved', () => {
    const { window, ask } = guarded()
    window.close()
    expect(window.destroyed).toBe(true)
    expect(ask).not.toHaveBeenCalled()
  })

  it('holds the close and asks once, however often close is pressed while asking', async () => {
    const { window, guard, ask } = guarded(['cancel'])
    guard.setUnsaved(true)
    window.close()
    window.close()
    await settle()
    expect(ask).toHaveBeenCalledOnce()
    expect(window.destroyed).toBe(false)
  })

  it('Save: asks the page to save and closes when it reports the lesson saved', async () => {
    const { window, guard, requestSave } = guarded(['save'])
    guard.setUnsaved(true)
    window.close()
    await settle()
    expect(requestSave).toHaveBeenCalledWith(window)
    expect(window.destroyed).toBe(false)
    guard.setUnsaved(false)
    expect(window.destroyed).toBe(true)
  })

  it('Save then a cancelled save: the window stays, and a later save does not close it by surprise', async () => {
    const { window, guard } = guarded(['save'])
    guard.setUnsaved(true)
    window.close()
    await settle()
    guard.setUnsaved(true)
    guard.setUnsaved(false)
    expect(window.destroyed).toBe(false)
  })

  it("Don't Save: drops the draft, then closes", async () => {
    const { window, guard, discard } = guarded(['discard'])
    guard.setUnsaved(true)
    window.close()
    await settle()
    expect(discard).toHaveBeenCalledOnce()
    expect(window.destroyed).toBe(true)
  })

  it("marks the lesson discarded from Don't Save on (not after Save or Cancel), until a reset", async () => {
    for (const choice of ['save', 'cancel'] as const) {
      const { window, guard } = guarded([choice])
      guard.setUnsaved(true)
      window.close()
      await settle()
      expect(guard.discarded).toBe(false)
    }
    let discardedWhileDropping: boolean | null = null
    const window = new Window()
    const guard = guardClose(window, {
      ask: () => Promise.resolve('discard'),
      requestSave: vi.fn(),
      discard: () => {
        discardedWhileDropping = guard.discarded
        return Promise.resolve()
      },
    })
    expect(guard.discarded).toBe(false)
    guard.setUnsaved(true)
    window.close()
    await settle()
    expect(discardedWhileDropping).toBe(true)
    expect(guard.discarded).toBe(true)
    guard.reset()
    expect(guard.discarded).toBe(false)
  })

  it('keeps the window open when the question cannot be shown', async () => {
    const window = new Window()
    const guard = guardClose(window, { ask: () => Promise.reject(new Error('no display')), requestSave: vi.fn(), warn: () => undefined })
    guard.setUnsaved(true)
    window.close()
    await settle()
    expect(window.destroyed).toBe(false)
  })

  it('forgets everything on reset (a reloaded page starts clean)', async () => {
    const { window, guard, ask } = guarded()
    guard.setUnsaved(true)
    guard.reset()
    window.close()
    expect(ask).not.toHaveBeenCalled()
    expect(window.destroyed).toBe(true)
  })

  it('reads the buttons in order, and anything unexpected as Cancel', () => {
    expect([0, 1, 2, 3, -1].map(closeChoice)).toEqual(['save', 'discard', 'cancel', 'cancel', 'cancel'])
  })
})
