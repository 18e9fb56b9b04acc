import { describe, expect, it, vi } from 'vitest'
import { CHANNEL_PREFIX, createWebPresentation, type WebPresentationHost } from '../../../../src/renderer/platform/webPresentation'
import type { PresentationMessage } from '../../../../src/shared/presentation/messages'

/** BroadcastChannels of one origin: a message reaches every other channel of the same name. */
function channelHub() {
  const channels = new Map<string, Set<{ deliver(data: unknown): void }>>()
  return (name: string) => {
    const members = channels.get(name) ?? new Set()
    channels.set(name, members)
    const handlers: ((event: MessageEvent) => void)[] = []
    const me = { deliver: (data: unknown) => handlers.forEach((handler) => handler({ data } as MessageEvent)) }
    members.add(me)
    return {
      postMessage: (data: unknown) => members.forEach((other) => other !== me && other.deliver(data)),
      close: () => members.delete(me),
      addEventListener: ((_type: string, handler: (event: MessageEvent) => void) => handlers.push(handler)) as BroadcastChannel['addEventListener'],
    }
  }
}

/** Two windows of the web edition on one hub: the presenter's, and the audience window it opens. */
function twoWindows() {
  const createChannel = channelHub()
  const timers: (() => void)[] = []
  const pagehide: { presenter: (() => void)[]; audience: (() => void)[] } = { presenter: [], audience: [] }
  let audience: ReturnType<typeof createWebPresentation> | null = null
  const audienceWindow = { closed: false, close: vi.fn(() => (audienceWindow.closed = true)) }
  const opened: string[] = []
  const base = (search: string, side: 'presenter' | 'audience'): WebPresentationHost => ({
    location: { href: `http://127.0.0.1:4195/${search}`, search },
    open: (url) => {
      opened.push(url)
      const search = new URL(url).search
      audience = createWebPresentation(() => base(search, 'audience'))
      return audienceWindow
    },
    createChannel,
    addEventListener: (_type, listener) => pagehide[side].push(listener),
    setInterval: (handler) => timers.push(handler),
    clearInterval: () => timers.splice(0),
    close: vi.fn(),
    randomId: () => 'presentation-0001',
  })
  const presenter = createWebPresentation(() => base('', 'presenter'))
  return { presenter, audience: () => audience!, audienceWindow, opened, tick: () => timers.forEach((t) => t()), pagehide }
}

describe('createWebPresentation', () => {
  it('opens the audience window at the audience address and carries messages both ways, parsed', async () => {
    const windows = twoWindows()
    expect(await windows.presenter.openAudienceView()).toEqual({ status: 'opened', displays: 1, fullScreen: false })
    expect(windows.opened).toEqual(['http://127.0.0.1:4195/?view=audience&presentation=presentation-0001'])

    const heardByPresenter: PresentationMessage[] = []
    const heardByAudience: PresentationMessage[] = []
    windows.presenter.onPresentationMessage((m) => heardByPresenter.push(m))
    windows.audience().onPresentationMessage((m) => heardByAudience.push(m))
    await windows.audience().sendPresentationMessage({ kind: 'hello' })
    await windows.presenter.sendPresentationMessage({ kind: 'show', index: 3 })
    await windows.presenter.sendPresentationMessage({ kind: 'blank', on: true })
    expect(heardByPresenter).toEqual([{ kind: 'hello' }])
    expect(heardByAudience).toEqual([
      { kind: 'show', index: 3 },
      { kind: 'blank', on: true },
    ])
    // Something that is not a presentation message is refused before it leaves.
    await expect(windows.presenter.sendPresentationMessage({ kind: 'show', index: -1 } as PresentationMessage)).rejects.toThrow()
    expect(heardByAudience).toHaveLength(2)
  })

  it('ends presenting when the audience window closes, by its goodbye or by being found closed', async () => {
    const windows = twoWindows()
    await windows.presenter.openAudienceView()
    const heard: PresentationMessage[] = []
    windows.presenter.onPresentationMessage((m) => heard.push(m))
    windows.pagehide.audience.forEach((listener) => listener())
    expect(heard).toEqual([{ kind: 'end' }])

    windows.audienceWindow.closed = true
    windows.tick()
    expect(heard).toEqual([{ kind: 'end' }, { kind: 'end' }])
  })

  it('closes the audience window when the presenter ends, and says so over the channel', async () => {
    const windows = twoWindows()
    await windows.presenter.openAudienceView()
    const heard: PresentationMessage[] = []
    windows.audience().onPresentationMessage((m) => heard.push(m))
    await windows.presenter.closeAudienceView()
    expect(heard).toEqual([{ kind: 'end' }])
    expect(windows.audienceWindow.close).toHaveBeenCalled()
  })

  it('says why when the browser blocks the pop-up, and names the channel after the presentation', async () => {
    const createChannel = vi.fn(channelHub())
    const host: WebPresentationHost = {
      location: { href: 'http://127.0.0.1:4195/', search: '' },
      open: () => null,
      createChannel,
      addEventListener: () => {},
      setInterval: () => 0,
      clearInterval: () => {},
      close: () => {},
      randomId: () => 'presentation-0002',
    }
    const outcome = await createWebPresentation(() => host).openAudienceView()
    expect(outcome.status).toBe('failed')
    if (outcome.status === 'failed') expect(outcome.message).toMatch(/Allow pop-up windows/)
    expect(createChannel).toHaveBeenCalledWith(`${CHANNEL_PREFIX}presentation-0002`)
  })
})
