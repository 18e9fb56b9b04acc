import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { StrictMode } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { DraftOffer } from '../../../../src/renderer/lesson/DraftOffer'
import { useLessonStore } from '../../../../src/renderer/lesson/lessonStore'
import { PlatformProvider } from '../../../../src/renderer/platform/PlatformContext'
import { useAppStore } from '../../../../src/renderer/state/store'
import type { InfraGlobeApi } from '../../../../src/shared/api'
import { fakeApi } from '../../fixtures/renderer/fakeApi'
import { makeDataset } from '../../fixtures/renderer/dataset'
import { lessonText, plainScene } from '../../fixtures/renderer/lesson'

const savedAt = new Date(2026, 11, 3, 18, 41).toISOString()

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 11, 4, 9, 0) })
  useAppStore.getState().setDataset(makeDataset())
  useLessonStore.setState(useLessonStore.getInitialState(), true)
  return () => vi.useRealTimers()
})

function renderOffer(overrides: Partial<InfraGlobeApi>) {
  const api = fakeApi(overrides)
  render(
    <StrictMode>
      <PlatformProvider api={api}>
        <DraftOffer />
      </PlatformProvider>
    </StrictMode>,
  )
  return api
}

describe('DraftOffer', () => {
  it('asks whether to restore the lesson, saying what it holds and when it was saved; Restore brings it back', async () => {
    const api = renderOffer({ loadDraft: () => Promise.resolve({ text: lessonText('Week 1', [plainScene('a', 'Europe')]), savedAt }) })
    const offer = await screen.findByRole('region', { name: 'Restore the lesson you were working on?' })
    expect(offer.textContent).toContain('“Week 1”, 1 scene, saved yesterday at 18:41.')
    expect(api.loadDraft).toHaveBeenCalledOnce()

    fireEvent.click(screen.getByRole('button', { name: 'Restore' }))
    await waitFor(() => expect(screen.queryByRole('region')).toBeNull())
    expect(useLessonStore.getState().scenes.map((s) => s.title)).toEqual(['Europe'])
    expect(useLessonStore.getState().dirty).toBe(true)
    expect(api.clearDraft).not.toHaveBeenCalled()
  })

  it('Discard removes the draft and the offer', async () => {
    const api = renderOffer({ loadDraft: () => Promise.resolve({ text: lessonText('Week 1', [plainScene('a', 'Europe')]), savedAt }) })
    fireEvent.click(await screen.findByRole('button', { name: 'Discard' }))
    await waitFor(() => expect(api.clearDraft).toHaveBeenCalledOnce())
    expect(screen.queryByRole('region')).toBeNull()
    expect(useLessonStore.getState().scenes).toEqual([])
  })

  it('shows nothing when there is no draft', async () => {
    const api = renderOffer({})
    await act(async () => {})
    expect(api.loadDraft).toHaveBeenCalledOnce()
    expect(document.body.textContent).toBe('')
  })

  it('says that a draft which no longer reads as a lesson was discarded, until dismissed', async () => {
    const api = renderOffer({ loadDraft: () => Promise.resolve({ text: '{"format":"infraglobe-lesson","version":', savedAt }) })
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('The lesson autosaved yesterday at 18:41 could not be restored and was discarded.')
    expect(alert.textContent).toContain('not valid JSON')
    expect(screen.queryByRole('button', { name: 'Restore' })).toBeNull()
    expect(api.clearDraft).toHaveBeenCalledOnce()
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
