import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../../../src/renderer/App'
import { useLessonStore } from '../../../../src/renderer/lesson/lessonStore'
import { useAppStore } from '../../../../src/renderer/state/store'
import { SAVE_DELAY_MS } from '../../../../src/renderer/state/usePersistedSettings'
import type { InfraGlobeApi } from '../../../../src/shared/api'
import { DEFAULT_SETTINGS } from '../../../../src/shared/settings/schema'
import { globeShown } from '../../fixtures/renderer/app'
import { fakeApi } from '../../fixtures/renderer/fakeApi'
import { lessonText, plainScene } from '../../fixtures/renderer/lesson'

// WebGL does not exist in jsdom: the globe is replaced by a marker element.
vi.mock('../../../../src/renderer/globe/Globe', () => ({
  Globe: () => <div data-testid="globe">globe</div>,
}))

const savedAt = new Date(Date.now() - 60_000).toISOString()
const draftText = lessonText('Week 1', [plainScene('a', 'Europe'), plainScene('b', 'São Paulo', { selectedCode: 'sa-east-1' })])

function renderApp(overrides: Partial<InfraGlobeApi> = {}) {
  const api = fakeApi({
    // A saved location: these tests never reach the time-zone guess and its city list.
    loadSettings: () => Promise.resolve({ ...DEFAULT_SETTINGS, userLocation: { lat: 50.11, lon: 8.68, label: 'Frankfurt am Main, DE', origin: 'search' } }),
    ...overrides,
  })
  render(
    <StrictMode>
      <App api={api} />
    </StrictMode>,
  )
  return api
}

const noticeArea = () => document.querySelector('.notice-area') as HTMLElement

beforeEach(() => {
  useLessonStore.setState(useLessonStore.getInitialState(), true)
})

afterEach(() => window.history.replaceState(null, '', '/'))

describe('the notices over the globe', () => {
  it('are empty at an ordinary start with no draft', async () => {
    const api = renderApp()
    await globeShown()
    await waitFor(() => expect(api.loadDraft).toHaveBeenCalledOnce())
    expect(noticeArea().childElementCount).toBe(0)
  })

  it('offer the autosaved lesson back; Restore shows it in the Lesson tab, unsaved, and drafts resume', async () => {
    const api = renderApp({ loadDraft: () => Promise.resolve({ text: draftText, savedAt }) })
    await globeShown()
    const offer = await within(noticeArea()).findByRole('region', { name: 'Restore the lesson you were working on?' })
    expect(offer.textContent).toMatch(/“Week 1”, 2 scenes, saved (today|yesterday) at \d\d:\d\d\./)

    fireEvent.click(within(offer).getByRole('button', { name: 'Restore' }))
    await waitFor(() => expect(noticeArea().childElementCount).toBe(0))
    expect(screen.getByRole('tab', { name: 'Lesson' }).getAttribute('aria-selected')).toBe('true')
    const lessonPanel = screen.getByRole('tabpanel', { name: 'Lesson' })
    // The Lesson view's code is fetched when its tab first opens.
    expect((await within(lessonPanel).findAllByTestId('scene-title')).map((e) => e.textContent)).toEqual(['Europe', 'São Paulo'])
    expect(within(lessonPanel).getByRole('heading', { name: /unsaved changes/ })).toBeTruthy()
    expect(within(lessonPanel).getByTestId('lesson-status').textContent).toContain('Restored “Week 1”, 2 scenes')
    await waitFor(() => expect(api.saveDraft).toHaveBeenCalled())
    expect(api.setUnsavedLesson).toHaveBeenLastCalledWith(true)
    expect(api.clearDraft).not.toHaveBeenCalled()
  })

  it('say that the page was reloaded after it died, next to the draft it offers', async () => {
    window.history.replaceState(null, '', '/?recovered=crashed')
    renderApp({ loadDraft: () => Promise.resolve({ text: draftText, savedAt }) })
    await globeShown()
    const area = noticeArea()
    expect(within(area).getByRole('alert').textContent).toContain("InfraGlobe's page stopped (it crashed) and was reloaded.")
    expect(await within(area).findByRole('button', { name: 'Restore' })).toBeTruthy()
    expect(window.location.search).toBe('')
  })

  it('show a failed settings save in one line, gone once a later save works', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const api = renderApp()
    api.saveSettings.mockImplementationOnce(() => Promise.reject(new Error('The settings could not be saved: the browser’s storage is full.')))
    await globeShown()
    vi.useFakeTimers()
    try {
      act(() => useAppStore.getState().setLayer('network', false))
      await act(() => vi.advanceTimersByTimeAsync(SAVE_DELAY_MS))
      const alert = within(noticeArea()).getByRole('alert')
      expect(alert.textContent).toContain('The settings could not be saved: the browser’s storage is full.')
      act(() => useAppStore.getState().setLayer('network', true))
      await act(() => vi.advanceTimersByTimeAsync(SAVE_DELAY_MS))
      expect(within(noticeArea()).queryByRole('alert')).toBeNull()
    } finally {
      vi.useRealTimers()
    }
  })
})
