import { eventChannels, type AudienceViewOutcome, type SwapOutcome } from '../shared/ipc/contract'
import {
  AudienceMessageSchema,
  PresenterMessageSchema,
  type PresentationMessage,
} from '../shared/presentation/messages'

/**
 * Presenting on two screens, desktop side: the presenter's window (the main
 * window) and an audience window, which main opens full screen on the other
 * display when there is one (else on the same one, in front, and the
 * presenter can swap which view is full screen). Main is the only way the
 * two talk: each message arrives through the IPC gate (sender check, then the
 * contract's schema), and here each window may send only its own kinds
 * (the presenter: state, show, blank, theme, end; the audience: hello,
 * command, end) to the other one. Closing either window ends presenting:
 * the presenter's closes the audience's, the audience's tells the presenter.
 */

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** The part of Electron's Display the placement reads. */
export interface DisplayLike {
  id: number
  bounds: Rect
}

/** The part of Electron's `screen` module it uses. */
export interface ScreenLike {
  getAllDisplays(): DisplayLike[]
  getDisplayMatching(rect: Rect): DisplayLike
}

/** The part of a BrowserWindow it uses. */
export interface PresentationWindow {
  readonly webContents: { send(channel: string, ...args: unknown[]): void }
  getBounds(): Rect
  setFullScreen(on: boolean): void
  isFullScreen(): boolean
  focus(): void
  close(): void
  isDestroyed(): boolean
  once(event: 'closed', listener: () => void): unknown
}

export interface PresentationDependencies<W extends PresentationWindow> {
  screen: ScreenLike
  /** Creates the audience window full screen on `display`, loading the audience view (see window.ts). */
  openAudienceWindow(display: DisplayLike): W
}

export interface Presentations<W> {
  /** Opens the audience view for the presenter's window (or brings the open one forward). */
  open(presenter: W | null): AudienceViewOutcome
  /** Ends presenting: closes the audience window. From either window; nothing when none is open. */
  close(from: W | null): void
  /** Hands a message on to the other window; throws for a window outside the presentation or a kind it may not send. */
  relay(from: W | null, message: PresentationMessage): void
  /** With one display: makes the other view full screen. */
  swap(from: W | null): SwapOutcome
  /** Whether a window is the audience view (menu commands go to the presenter's window instead). */
  isAudience(window: unknown): boolean
}

interface Open<W> {
  presenter: W
  audience: W
  displays: number
}

export function createPresentations<W extends PresentationWindow>(deps: PresentationDependencies<W>): Presentations<W> {
  let current: Open<W> | null = null

  const send = (window: W, message: PresentationMessage): void => {
    if (!window.isDestroyed()) window.webContents.send(eventChannels.presentationMessage, message)
  }

  const memberOf = (window: W | null): 'presenter' | 'audience' | null => {
    if (!current || window === null) return null
    if (window === current.presenter) return 'presenter'
    if (window === current.audience) return 'audience'
    return null
  }

  const end = (): void => {
    const open = current
    current = null
    if (open && !open.audience.isDestroyed()) open.audience.close()
  }

  return {
    open(presenter) {
      if (!presenter) return { status: 'failed', message: 'There is no window to present from.' }
      if (current && current.presenter === presenter && !current.audience.isDestroyed()) {
        current.audience.focus()
        return { status: 'opened', displays: current.displays, fullScreen: current.audience.isFullScreen() }
      }
      if (current) end()
      const displays = deps.screen.getAllDisplays()
      const here = deps.screen.getDisplayMatching(presenter.getBounds())
      const elsewhere = displays.find((display) => display.id !== here.id)
      const audience = deps.openAudienceWindow(elsewhere ?? here)
      const open: Open<W> = { presenter, audience, displays: Math.max(1, displays.length) }
      current = open
      audience.once('closed', () => {
        if (current !== open) return
        current = null
        send(presenter, { kind: 'end' })
      })
      presenter.once('closed', () => {
        if (current === open) end()
      })
      return { status: 'opened', displays: open.displays, fullScreen: true }
    },
    close(from) {
      if (memberOf(from) !== null) end()
    },
    relay(from, message) {
      const role = memberOf(from)
      if (!current || role === null) throw new Error('presentation: the sender is not part of a presentation')
      if (role === 'presenter') {
        const parsed = PresenterMessageSchema.safeParse(message)
        if (!parsed.success) throw new Error(`presentation: the presenter view may not send "${message.kind}"`)
        if (parsed.data.kind === 'end') end()
        else send(current.audience, parsed.data)
      } else {
        const parsed = AudienceMessageSchema.safeParse(message)
        if (!parsed.success) throw new Error(`presentation: the audience view may not send "${message.kind}"`)
        send(current.presenter, parsed.data)
      }
    },
    swap(from) {
      if (!current || memberOf(from) === null || current.displays > 1) return { status: 'unavailable' }
      const { presenter, audience } = current
      if (audience.isFullScreen()) {
        audience.setFullScreen(false)
        presenter.setFullScreen(true)
        presenter.focus()
        return { status: 'swapped', fullScreen: 'presenter' }
      }
      presenter.setFullScreen(false)
      audience.setFullScreen(true)
      audience.focus()
      return { status: 'swapped', fullScreen: 'audience' }
    },
    isAudience(window) {
      return current !== null && window === current.audience
    },
  }
}
