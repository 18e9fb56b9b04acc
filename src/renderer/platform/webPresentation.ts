import type { InfraGlobeApi } from '../../shared/api'
import type { PresentationMessage } from '../../shared/presentation/messages'
import { audienceUrl, presentationIdOf, presentationRole } from '../../shared/presentation/role'

/** The channel of a presentation; both windows name it after the presentation's id. */
export const CHANNEL_PREFIX = 'infraglobe-presentation-'

/** How often the presenter looks whether the audience window is still open (a closed window sends nothing). */
export const CLOSED_POLL_MS = 1000

/** What the web presentation needs from the browser: injectable so tests can run without windows. */
export interface WebPresentationHost {
  location: Pick<Location, 'href' | 'search'>
  open(url: string, target: string, features: string): Pick<Window, 'closed' | 'close'> | null
  createChannel(name: string): Pick<BroadcastChannel, 'postMessage' | 'close' | 'addEventListener'>
  addEventListener(type: 'pagehide', listener: () => void): void
  setInterval(handler: () => void, ms: number): number
  clearInterval(id: number): void
  close(): void
  randomId(): string
}

const browserHost = (): WebPresentationHost => ({
  location: window.location,
  open: (url, target, features) => window.open(url, target, features),
  createChannel: (name) => new BroadcastChannel(name),
  addEventListener: (type, listener) => window.addEventListener(type, listener),
  setInterval: (handler, ms) => window.setInterval(handler, ms),
  clearInterval: (id) => window.clearInterval(id),
  close: () => window.close(),
  randomId: () => crypto.randomUUID(),
})

type MessageSchemas = typeof import('../../shared/presentation/messages')

/**
 * The messages' schemas (zod) are fetched when a presentation first needs them, not with the app:
 * once here, every window of the page parses with them synchronously.
 */
let schemas: MessageSchemas | null = null
let schemasLoading: Promise<MessageSchemas> | null = null

function loadSchemas(): Promise<MessageSchemas> {
  schemasLoading ??= import('../../shared/presentation/messages').then((module) => (schemas = module))
  return schemasLoading
}

type PresentationApi = Pick<
  InfraGlobeApi,
  'openAudienceView' | 'closeAudienceView' | 'sendPresentationMessage' | 'onPresentationMessage' | 'swapPresentationScreens'
>

/**
 * Presenting on two screens in the web edition: "Open audience view" opens a
 * second window of the same origin (`?view=audience&presentation=<id>`),
 * which the presenter drags to the projector; the two talk over a
 * BroadcastChannel named after the presentation, and every message is
 * parsed with the shared schema on arrival. Closing either window ends
 * presenting: each says `end` as its page goes, and the presenter also
 * notices a closed audience window by looking (a crashed page says
 * nothing). The browser alone decides where a window goes, so there is no
 * swapping of screens here.
 */
export function createWebPresentation(host: () => WebPresentationHost = browserHost): PresentationApi {
  const listeners = new Set<(message: PresentationMessage) => void>()
  let channel: Pick<BroadcastChannel, 'postMessage' | 'close' | 'addEventListener'> | null = null
  let audience: Pick<Window, 'closed' | 'close'> | null = null
  let poll = 0
  let pagehideHooked = false

  const deliver = (message: PresentationMessage): void => {
    for (const listener of [...listeners]) listener(message)
  }

  // What arrives before the schemas are here waits for them, in the order it came.
  const waiting: unknown[] = []
  const receive = (data: unknown): void => {
    if (!schemas) {
      if (waiting.push(data) === 1) void loadSchemas().then(() => waiting.splice(0).forEach(receive))
      return
    }
    const parsed = schemas.PresentationMessageSchema.safeParse(data)
    if (parsed.success) deliver(parsed.data)
    else console.warn('InfraGlobe: ignored a presentation message that is not one.')
  }

  const join = (id: string): void => {
    channel?.close()
    const joined = host().createChannel(`${CHANNEL_PREFIX}${id}`)
    void loadSchemas()
    joined.addEventListener('message', (event) => receive((event as MessageEvent).data))
    channel = joined
    if (!pagehideHooked) {
      pagehideHooked = true
      // The other window learns that this one is going; it then ends presenting (or closes).
      host().addEventListener('pagehide', () => channel?.postMessage({ kind: 'end' } satisfies PresentationMessage))
    }
  }

  const stopWatching = (): void => {
    if (poll !== 0) host().clearInterval(poll)
    poll = 0
  }

  // The audience window joins its presentation as soon as the platform exists.
  const { location } = host()
  if (presentationRole(location.search) === 'audience') {
    const id = presentationIdOf(location.search)
    if (id) join(id)
  }

  return {
    async openAudienceView() {
      await loadSchemas()
      const h = host()
      if (audience && !audience.closed) return { status: 'opened', displays: 1, fullScreen: false }
      const id = h.randomId()
      join(id)
      const opened = h.open(audienceUrl(h.location.href, id), `infraglobe-audience-${id}`, 'popup,width=1280,height=720')
      if (!opened) {
        channel?.close()
        channel = null
        return {
          status: 'failed',
          message: 'The browser did not open the audience window. Allow pop-up windows for this page and try again.',
        }
      }
      audience = opened
      stopWatching()
      poll = h.setInterval(() => {
        if (!audience?.closed) return
        stopWatching()
        audience = null
        deliver({ kind: 'end' })
      }, CLOSED_POLL_MS)
      return { status: 'opened', displays: 1, fullScreen: false }
    },
    closeAudienceView() {
      stopWatching()
      channel?.postMessage({ kind: 'end' } satisfies PresentationMessage)
      if (presentationRole(host().location.search) === 'audience') {
        // Only a window a script opened may close itself; otherwise the audience view says presenting has ended.
        host().close()
      } else {
        audience?.close()
        audience = null
      }
      return Promise.resolve()
    },
    async sendPresentationMessage(message) {
      const { PresentationMessageSchema } = await loadSchemas()
      const parsed = PresentationMessageSchema.safeParse(message)
      if (!parsed.success) throw new Error('not a presentation message')
      channel?.postMessage(parsed.data)
    },
    onPresentationMessage(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    swapPresentationScreens() {
      return Promise.resolve({ status: 'unavailable' })
    },
  }
}
