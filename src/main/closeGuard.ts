/**
 * Keeps a window with an unsaved lesson from closing without a word. The
 * renderer reports whether its lesson has unsaved changes (a validated IPC
 * message); while it has, closing the window (or quitting, which closes it)
 * is held and the user is asked: Save, Don't Save or Cancel.
 *
 * - Save: the renderer is asked to save (`save-lesson-and-close`). When it
 *   then reports the lesson saved, the window closes; when it reports it
 *   still unsaved (the save was cancelled or failed), the window stays.
 * - Don't Save: the draft is dropped and the window closes; a draft the page
 *   still sends while it unloads is not kept (`discarded`).
 * - Cancel: nothing happens.
 */

export type CloseChoice = 'save' | 'discard' | 'cancel'

/** The part of a window the guard uses (Electron's BrowserWindow has it). */
export interface GuardedWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown
  close(): void
  isDestroyed(): boolean
}

export interface CloseGuardOptions<W> {
  /** Shows the native question, attached to the window. */
  ask(window: W): Promise<CloseChoice>
  /** Asks the renderer to save its lesson, then report (the `save-lesson-and-close` menu command). */
  requestSave(window: W): void
  /** Runs when the user chose not to save, before the window closes (drops the autosaved draft). */
  discard?(): Promise<void>
  warn?(message: string): void
}

export interface CloseGuard {
  /** What the renderer reported last. */
  readonly unsaved: boolean
  /**
   * The user chose Don't Save: the window is closing and its lesson is
   * thrown away, so a draft its page still autosaves on the way out is not kept.
   */
  readonly discarded: boolean
  setUnsaved(unsaved: boolean): void
  /** A new page (a reload after the renderer died) starts with nothing unsaved and no close waiting. */
  reset(): void
}

/** The question, as Electron's dialog.showMessageBox takes it; buttons in the order of CLOSE_CHOICES. */
export const CLOSE_QUESTION = {
  type: 'warning',
  buttons: ['Save…', "Don't Save", 'Cancel'],
  defaultId: 0,
  cancelId: 2,
  noLink: true,
  title: 'Unsaved lesson',
  message: 'Save the changes to your lesson before closing?',
  detail: "Your changes are lost if you don't save them.",
} as const

export const CLOSE_CHOICES: readonly CloseChoice[] = ['save', 'discard', 'cancel']

/** The choice for a button index of CLOSE_QUESTION; anything unexpected is Cancel, the choice that loses nothing. */
export function closeChoice(response: number): CloseChoice {
  return CLOSE_CHOICES[response] ?? 'cancel'
}

export function guardClose<W extends GuardedWindow>(window: W, options: CloseGuardOptions<W>): CloseGuard {
  const warn = options.warn ?? ((message: string) => console.warn(message))
  let unsaved = false
  let asking = false
  let closeWhenSaved = false
  let letClose = false
  let discarded = false

  function closeNow(): void {
    letClose = true
    if (!window.isDestroyed()) window.close()
  }

  async function askAndAct(): Promise<void> {
    asking = true
    let choice: CloseChoice
    try {
      choice = await options.ask(window)
    } catch (error) {
      // Without an answer nothing is thrown away: the window stays open.
      warn(`InfraGlobe: could not ask about the unsaved lesson (${error instanceof Error ? error.message : String(error)}).`)
      choice = 'cancel'
    } finally {
      asking = false
    }
    if (window.isDestroyed()) return
    if (choice === 'save') {
      closeWhenSaved = true
      options.requestSave(window)
    } else if (choice === 'discard') {
      discarded = true
      await options.discard?.().catch((error: unknown) => {
        warn(`InfraGlobe: the lesson draft could not be removed (${error instanceof Error ? error.message : String(error)}).`)
      })
      closeNow()
    }
  }

  window.on('close', (event) => {
    if (letClose || !unsaved) return
    event.preventDefault()
    if (!asking) void askAndAct()
  })

  return {
    get unsaved() {
      return unsaved
    },
    get discarded() {
      return discarded
    },
    setUnsaved(value) {
      unsaved = value
      if (!closeWhenSaved) return
      closeWhenSaved = false
      if (!value) closeNow()
    },
    reset() {
      unsaved = false
      closeWhenSaved = false
      discarded = false
    },
  }
}
