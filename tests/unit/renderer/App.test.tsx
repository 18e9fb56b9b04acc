import { act, render, screen, waitFor, within } from '@testing-library/react'
import { StrictMode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { App } from '../../../src/renderer/App'
import { useAppStore } from '../../../src/renderer/state/store'
import type { DatasetLoadResult } from '../../../src/shared/ipc/contract'
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings/schema'
import { fakeApi as sharedFakeApi } from '../fixtures/renderer/fakeApi'
import { fixtureFile, makeDataset } from '../fixtures/renderer/dataset'

// WebGL does not exist in jsdom: the globe is replaced by a marker element.
vi.mock('../../../src/renderer/globe/Globe', () => ({
  Globe: () => <div data-testid="globe">globe</div>,
}))

// A saved location, so these tests never reach the time-zone guess and its city list.
const storedSettings: Settings = {
  ...DEFAULT_SETTINGS,
  userLocation: { lat: 50.11, lon: 8.68, label: 'Frankfurt am Main, DE', origin: 'search' },
}

function fakeApi(result: DatasetLoadResult | Promise<DatasetLoadResult>) {
  const api = sharedFakeApi({
    loadDataset: () => Promise.resolve(result),
    appInfo: () => Promise.resolve({ name: 'InfraGlobe', version: '9.8.7', edition: 'desktop' }),
    loadSettings: () => Promise.resolve(structuredClone(storedSettings)),
  })
  return { api, sendMenuCommand: api.sendMenuCommand, listeners: api.menuListeners }
}

function reducedMotionMedia(initially: boolean) {
  const listeners = new Set<() => void>()
  const media = {
    matches: initially,
    media: '(prefers-reduced-motion: reduce)',
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  }
  vi.stubGlobal('matchMedia', (query: string) => {
    expect(query).toBe('(prefers-reduced-motion: reduce)')
    return media
  })
  return {
    change(matches: boolean) {
      media.matches = matches
      listeners.forEach((l) => l())
    },
  }
}

describe('App', () => {
  it('shows the load error, naming the file and the first ten problems, and never the globe', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const problems = Array.from({ length: 12 }, (_, i) => `regions[${i}].lat: Too big: expected number to be <=90`)
    const { api } = fakeApi({ ok: false, file: fixtureFile, problems })
    render(<App api={api} />)

    const page = await screen.findByTestId('load-error')
    expect(page.textContent).toContain(fixtureFile)
    const listed = within(page).getAllByRole('listitem').map((li) => li.textContent)
    expect(listed).toEqual(problems.slice(0, 10))
    expect(page.textContent).toContain('… and 2 more problems')
    expect(screen.queryByTestId('globe')).toBeNull()
    expect(screen.queryByTestId('region-table')).toBeNull()
    expect(useAppStore.getState().dataset).toBeNull()
    expect(api.loadDataset).toHaveBeenCalledTimes(1)
  })

  it('treats a platform that throws like a file that cannot be used', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const { api } = fakeApi({ ok: true, file: fixtureFile, dataset: makeDataset() })
    api.loadDataset.mockImplementation(() => Promise.reject(new Error('IPC channel closed')))
    render(<App api={api} />)
    const page = await screen.findByTestId('load-error')
    expect(page.textContent).toContain('IPC channel closed')
    expect(screen.queryByTestId('globe')).toBeNull()
  })

  it('shows a loading state, then the globe, the panel, the legend and the footer', async () => {
    let resolve: (result: DatasetLoadResult) => void = () => {}
    const pending = new Promise<DatasetLoadResult>((r) => (resolve = r))
    const { api } = fakeApi(pending)
    render(<App api={api} />)
    expect(screen.getByRole('status').textContent).toMatch(/Loading/)
    expect(screen.queryByTestId('globe')).toBeNull()

    await act(async () => resolve({ ok: true, file: fixtureFile, dataset: makeDataset() }))
    expect(screen.getByTestId('globe')).toBeTruthy()
    expect(screen.getAllByTestId('region-row')).toHaveLength(6)
    expect(screen.getByTestId('region-facts')).toBeTruthy()
    expect(screen.getByTestId('legend')).toBeTruthy()
    // Never one date for all: the newest and the oldest layer, each named.
    expect(screen.getByTestId('data-footer-dates').textContent).toBe(
      'Newest data 2026-11-27 (Legal frames), oldest 2025-04-04 (EC2 prices in USD, sheet of 2025-04-04)',
    )
    expect(screen.queryByTestId('load-error')).toBeNull()
    expect(useAppStore.getState().dataset?.regions).toHaveLength(6)
  })

  it('loads the dataset once, even when React runs its effects twice', async () => {
    const { api } = fakeApi({ ok: true, file: fixtureFile, dataset: makeDataset() })
    render(
      <StrictMode>
        <App api={api} />
      </StrictMode>,
    )
    await screen.findByTestId('globe')
    expect(api.loadDataset).toHaveBeenCalledTimes(1)
  })

  it('opens About from the application menu and makes the app behind it inert', async () => {
    const { api, sendMenuCommand, listeners } = fakeApi({ ok: true, file: fixtureFile, dataset: makeDataset() })
    const { unmount } = render(<App api={api} />)
    await screen.findByTestId('globe')
    expect(screen.queryByRole('dialog')).toBeNull()

    act(() => sendMenuCommand('about'))
    // The dialog's code is fetched on first need.
    const dialog = await screen.findByRole('dialog', { name: 'About InfraGlobe' })
    await waitFor(() => expect(dialog.textContent).toContain('9.8.7 (desktop edition)'))
    expect(screen.getByTestId('globe').closest('[inert]')).not.toBeNull()

    unmount()
    expect(listeners.size).toBe(0)
  })

  it('opens a dataset from File → Open Dataset… and shows the platform’s notice about a remembered file', async () => {
    const notice = 'The dataset opened last (/home/t/class.json) cannot be used any more, so the built-in dataset is used: …'
    const { api, sendMenuCommand } = fakeApi({ ok: true, file: fixtureFile, dataset: makeDataset(), origin: 'builtin', notice })
    const smaller = makeDataset()
    smaller.regions = smaller.regions.slice(0, 3)
    api.openDataset.mockResolvedValue({ status: 'opened', name: 'class.json', text: JSON.stringify(smaller), remembered: true })
    render(<App api={api} />)
    await screen.findByTestId('globe')
    expect(screen.getByTestId('dataset-notice').textContent).toContain(notice)
    expect(screen.getByTestId('region-count').textContent).toBe('6 regions')

    await act(async () => sendMenuCommand('open-dataset'))
    expect(api.openDataset).toHaveBeenCalledOnce()
    // The validator is fetched with the first file opened.
    await waitFor(() => expect(screen.getByTestId('region-count').textContent).toBe('3 regions'))
    expect(screen.getByTestId('data-footer').textContent).toContain('dataset class.json')
    expect(screen.getByTestId('dataset-notice').textContent).toContain('Now showing class.json')
  })

  it('follows the system reduced-motion setting live', async () => {
    const media = reducedMotionMedia(true)
    const { api } = fakeApi({ ok: true, file: fixtureFile, dataset: makeDataset() })
    render(<App api={api} />)
    await screen.findByTestId('globe')
    expect(useAppStore.getState().reducedMotion).toBe(true)
    act(() => media.change(false))
    expect(useAppStore.getState().reducedMotion).toBe(false)
    act(() => media.change(true))
    expect(useAppStore.getState().reducedMotion).toBe(true)
  })
})
