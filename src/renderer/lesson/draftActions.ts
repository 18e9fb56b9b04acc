import type { InfraGlobeApi } from '../../shared/api'
import { useAppStore } from '../state/store'
import { datasetNames } from './lessonActions'
import { lessonFormat } from './lessonFormat'
import { useLessonStore } from './lessonStore'
import { draftContentsText, savedAtText } from './draftWording'
import { useDraftStore } from './draftStore'

type DraftApi = Pick<InfraGlobeApi, 'loadDraft' | 'clearDraft'>

function warn(what: string, error: unknown): void {
  console.warn(`InfraGlobe: ${what}.`, error)
}

/** Removes the draft; a failure is only logged, as the next save or discard tries again. */
async function clearDraft(api: DraftApi): Promise<void> {
  try {
    await api.clearDraft()
  } catch (error) {
    warn('the autosaved lesson draft could not be removed', error)
  }
}

async function refuse(api: DraftApi, savedAt: string, message: string): Promise<void> {
  const cleared = clearDraft(api)
  useDraftStore.setState({
    phase: 'settled',
    offer: null,
    notice: `The lesson autosaved ${savedAtText(savedAt).replace(/^saved /, '')} could not be restored and was discarded. ${message}`,
  })
  await cleared
}

/**
 * Looks once for a draft autosaved by an earlier session (one that was closed
 * or reloaded with unsaved changes, or whose page died). A draft that reads as
 * a lesson is offered; one that no longer does is discarded with a notice; a
 * platform that cannot answer means there is nothing to offer. Never throws.
 */
export async function lookForDraft(api: DraftApi): Promise<void> {
  if (useDraftStore.getState().phase !== 'unread') return
  useDraftStore.setState({ phase: 'reading' })
  let draft
  try {
    draft = await api.loadDraft()
  } catch (error) {
    warn('the autosaved lesson draft could not be read', error)
    draft = null
  }
  if (!draft) {
    useDraftStore.setState({ phase: 'settled' })
    return
  }
  const { parseLesson } = await lessonFormat()
  const parsed = parseLesson(draft.text, datasetNames(useAppStore.getState().dataset))
  if (!parsed.ok) {
    await refuse(api, draft.savedAt, parsed.message)
    return
  }
  useDraftStore.setState({
    phase: 'offered',
    offer: { text: draft.text, savedAt: draft.savedAt, title: parsed.lesson.title, sceneCount: parsed.lesson.scenes.length },
  })
}

/**
 * Brings the offered draft back as the lesson, through the lesson parser (the
 * dataset open now decides which regions and services it keeps). It stays a
 * lesson with unsaved changes; what was on screen can be brought back with Undo.
 */
export async function restoreDraft(api: DraftApi): Promise<void> {
  const { offer } = useDraftStore.getState()
  if (!offer) return
  const { parseLesson } = await lessonFormat()
  const parsed = parseLesson(offer.text, datasetNames(useAppStore.getState().dataset))
  if (!parsed.ok) {
    await refuse(api, offer.savedAt, parsed.message)
    return
  }
  const lesson = useLessonStore.getState()
  lesson.replaceLesson(parsed.lesson, { label: 'restoring the autosaved lesson', dirty: true })
  lesson.setNotice({
    kind: 'status',
    text: `Restored ${draftContentsText(parsed.lesson.title, parsed.lesson.scenes.length)}, ${savedAtText(offer.savedAt)}. It is not saved yet.`,
    details: parsed.warnings,
  })
  useAppStore.getState().setPanelTab('lesson')
  useDraftStore.setState({ phase: 'settled', offer: null })
}

/** Drops the offered draft for good. */
export async function discardDraft(api: DraftApi): Promise<void> {
  if (useDraftStore.getState().phase !== 'offered') return
  // Asked before drafts resume, so a draft of changes made meanwhile is written after the removal.
  const cleared = clearDraft(api)
  useDraftStore.setState({ phase: 'settled', offer: null })
  await cleared
}

export function dismissDraftNotice(): void {
  useDraftStore.setState({ notice: null })
}
