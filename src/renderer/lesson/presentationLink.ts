import { useEffect } from 'react'
import type { InfraGlobeApi } from '../../shared/api'
import type { PresentationCommand, PresentationMessage, PresenterMessage } from '../../shared/presentation/messages'
import { useAppStore } from '../state/store'
import { withoutPersisting } from '../state/usePersistedSettings'
import { watch } from '../state/watch'
import { datasetNames, goToScene, startPresenting, stepScene, stopPresenting } from './lessonActions'
import { lessonFormat } from './lessonFormat'
import { lessonOf, useLessonStore } from './lessonStore'
import { usePresentationStore } from './presentationStore'

/*
 * The two views of a presentation on two screens, kept in step. The
 * presenter's window decides; the audience window shows. Messages travel
 * through the platform (desktop: main, which validates them; web: a
 * BroadcastChannel, parsed on arrival).
 */

function warnIfRefused(what: string) {
  return (error: unknown): void => console.warn(`InfraGlobe: the audience view did not get ${what}.`, error)
}

/** What a clicker key or a button asks for, in the window that decides (the presenter's, or the only one). */
export function runPresenterAction(api: InfraGlobeApi, action: PresentationCommand): void {
  const last = useLessonStore.getState().scenes.length - 1
  switch (action) {
    case 'next':
      return stepScene(1)
    case 'previous':
      return stepScene(-1)
    case 'first':
      return void goToScene(0)
    case 'last':
      return void goToScene(last)
    case 'blank': {
      const presentation = usePresentationStore.getState()
      return presentation.setBlank(!presentation.blank)
    }
    case 'leave':
      return stopPresenting(api)
  }
}

/**
 * Opens the audience view from this window, which becomes the presenter
 * view (presenting starts first if it has not). With the two views on one
 * display the presenter's window leaves full screen: the audience view goes
 * full screen in front of it, and "swap" brings it back.
 */
export async function openAudienceView(api: InfraGlobeApi): Promise<void> {
  const presentation = usePresentationStore.getState()
  if (presentation.role !== 'app' || presentation.audience === 'opening') return
  // The presenter answers the audience view's hello with the lesson's text: its writer must be here first.
  await lessonFormat()
  if (!useLessonStore.getState().presenting) await startPresenting(api)
  presentation.setNotice(null)
  presentation.setAudience('opening')
  let outcome
  try {
    outcome = await api.openAudienceView()
  } catch (error) {
    outcome = { status: 'failed' as const, message: error instanceof Error ? error.message : String(error) }
  }
  if (outcome.status === 'failed') {
    presentation.setAudience('none')
    presentation.setNotice(`The audience view could not be opened: ${outcome.message}`)
    return
  }
  usePresentationStore.getState().setAudience('open', outcome.displays)
  if (outcome.displays === 1) api.setFullScreen(false).catch(() => {})
}

/** One display (desktop): the other view goes full screen. */
export async function swapScreens(api: InfraGlobeApi): Promise<void> {
  const outcome = await api.swapPresentationScreens().catch(() => ({ status: 'unavailable' as const }))
  if (outcome.status === 'swapped') usePresentationStore.getState().setFullScreen(outcome.fullScreen)
}

type LessonFormat = Awaited<ReturnType<typeof lessonFormat>>

/** The whole presentation, for an audience view that has just opened (or asked again). */
function stateMessage({ serializeLesson }: LessonFormat): PresenterMessage {
  const lesson = useLessonStore.getState()
  return {
    kind: 'state',
    lesson: serializeLesson(lessonOf(lesson)),
    index: Math.max(0, Math.min(lesson.current ?? 0, Math.max(0, lesson.scenes.length - 1))),
    blank: usePresentationStore.getState().blank,
    theme: useAppStore.getState().theme,
  }
}

/**
 * The presenter's side, while an audience view is open: answers its hello
 * with the whole presentation, sends each change (scene, lesson, black
 * screen, theme), runs the keys pressed in the audience window, and ends
 * presenting when the audience view goes.
 */
export function usePresenterLink(api: InfraGlobeApi): void {
  const open = usePresentationStore((s) => s.role === 'app' && s.audience === 'open')
  useEffect(() => {
    if (!open) return
    const send = (message: PresenterMessage, what: string): void => {
      api.sendPresentationMessage(message).catch(warnIfRefused(what))
    }
    // openAudienceView fetched the lesson format before the audience view could say hello.
    let format: LessonFormat | null = null
    let stopped = false
    void lessonFormat().then((loaded) => {
      if (!stopped) format = loaded
    })
    const unsubscribe = [
      api.onPresentationMessage((message: PresentationMessage) => {
        if (message.kind === 'hello') sendState('the presentation')
        else if (message.kind === 'command') runPresenterAction(api, message.action)
        else if (message.kind === 'end') stopPresenting(api)
      }),
      useLessonStore.subscribe((lesson, before) => {
        if (!lesson.presenting) return
        if (lesson.scenes !== before.scenes) sendState('the lesson')
        else if (lesson.current !== before.current && lesson.current !== null) send({ kind: 'show', index: lesson.current }, 'the scene')
      }),
      usePresentationStore.subscribe((presentation, before) => {
        if (presentation.blank !== before.blank) send({ kind: 'blank', on: presentation.blank }, 'the black screen')
      }),
      watch(
        (state) => state.theme,
        (theme, before) => {
          if (theme !== before) send({ kind: 'theme', theme }, 'the theme')
        },
      ),
    ]
    // Synchronous once the format is here, so the state goes out before any scene sent after it.
    function sendState(what: string): void {
      if (format) send(stateMessage(format), what)
      else void lessonFormat().then((loaded) => !stopped && send(stateMessage(loaded), what))
    }
    return () => {
      stopped = true
      for (const stop of unsubscribe) stop()
    }
  }, [api, open])
}

/**
 * The audience's side: says hello, shows what the presenter sends (the
 * lesson, the scene, the black screen, the theme), hands its keys to the
 * presenter, and closes when presenting ends. Nothing it is sent is saved
 * as the user's settings.
 */
export function useAudienceLink(api: InfraGlobeApi): void {
  const audience = usePresentationStore((s) => s.role === 'audience')
  const ready = useAppStore((s) => s.dataset !== null)
  useEffect(() => {
    if (!audience || !ready) return
    // The lesson format comes first: the hello is said once the presenter's lesson can be read.
    let unsubscribe = () => {}
    let stopped = false
    void lessonFormat().then(({ parseLesson }) => {
      if (stopped) return
      unsubscribe = listen(api, parseLesson)
      api.sendPresentationMessage({ kind: 'hello' }).catch(warnIfRefused('the hello'))
    })
    return () => {
      stopped = true
      unsubscribe()
    }
  }, [api, audience, ready])
}

/** The audience's handling of what the presenter sends. */
function listen(api: InfraGlobeApi, parseLesson: LessonFormat['parseLesson']): () => void {
  return api.onPresentationMessage((message) => {
    switch (message.kind) {
      case 'state': {
        const parsed = parseLesson(message.lesson, datasetNames(useAppStore.getState().dataset))
        if (!parsed.ok) return console.warn(`InfraGlobe: the presenter's lesson could not be shown: ${parsed.message}`)
        const lesson = useLessonStore.getState()
        lesson.replaceLesson(parsed.lesson, { label: 'presenting', dirty: false })
        withoutPersisting(() => useAppStore.getState().setTheme(message.theme))
        usePresentationStore.getState().setBlank(message.blank)
        if (!lesson.presenting) useLessonStore.getState().setPresenting(true)
        void goToScene(message.index, { instant: true })
        return
      }
      case 'show':
        return void goToScene(message.index)
      case 'blank':
        return usePresentationStore.getState().setBlank(message.on)
      case 'theme':
        return withoutPersisting(() => useAppStore.getState().setTheme(message.theme))
      case 'end':
        useLessonStore.getState().setPresenting(false)
        usePresentationStore.getState().setNotice('Presenting has ended. You can close this window.')
        api.closeAudienceView().catch(() => {})
        return
      default:
        return
    }
  })
}

/** Hands a key pressed in the audience window to the presenter. */
export function sendAudienceCommand(api: InfraGlobeApi, action: PresentationCommand): void {
  api.sendPresentationMessage({ kind: 'command', action }).catch(warnIfRefused('the key'))
}
