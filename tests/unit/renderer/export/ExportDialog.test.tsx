import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { ExportButton } from '../../../../src/renderer/export/ExportButton'
import { ExportDialog } from '../../../../src/renderer/export/ExportDialog'
import { useExportStore } from '../../../../src/renderer/export/exportStore'
import { useAnnotationStore } from '../../../../src/renderer/annotations/annotationStore'
import { publishGlobe } from '../../../../src/renderer/globe/globeRuntimeContext'
import { GlobeRuntime } from '../../../../src/renderer/globe/runtime'
import { PlatformProvider } from '../../../../src/renderer/platform/PlatformContext'
import { dispatchMenuCommand } from '../../../../src/renderer/state/menuCommands'
import { useAppStore } from '../../../../src/renderer/state/store'
import type { InfraGlobeApi } from '../../../../src/shared/api'
import { fakeApi, type FakeApi } from '../../fixtures/renderer/fakeApi'
import { makeDataset } from '../../fixtures/renderer/dataset'
import { exportDialogView } from '../../../../src/renderer/loading/views'

// The WebGL pass cannot run in jsdom: the dialog is tested against a stand-in export and globe.
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])
const exportView = vi.hoisted(() => vi.fn())
const scenes = vi.hoisted(() => ({
  list: [] as { id: string; title: string; caption: string }[],
  shown: [] as number[],
  current: null as string | null,
  lesson: 'Regions & AZs',
}))
const setView = vi.fn(() => Promise.resolve())
const runtime = new GlobeRuntime()
runtime.width = 780
runtime.height = 748
runtime.commands = { rotate: () => {}, zoom: () => {}, getView: () => ({ lat: 10, lon: 20, distance: 3 }), setView }
let withdraw: () => void = () => {}

// The dialog's code as the app has it once fetched ahead of need (loading/views.tsx); deferredView has its own tests.
beforeAll(() => exportDialogView.preload())

vi.mock('../../../../src/renderer/export/exportView', () => ({
  DEFAULT_TITLE: 'AWS global infrastructure',
  exportView,
  // The preview draws the same picture small; here a blank canvas of the asked size stands in for it.
  previewView: () => document.createElement('canvas'),
}))
vi.mock('../../../../src/renderer/lesson/sceneControl', () => ({
  listScenes: () => scenes.list,
  currentSceneTitle: () => scenes.current,
  lessonTitle: () => scenes.lesson,
  showScene: (index: number) => {
    scenes.shown.push(index)
    useAppStore.getState().select(`scene-${index}`)
    return Promise.resolve()
  },
}))

function renderDialog(api: FakeApi): void {
  render(
    <PlatformProvider api={api as InfraGlobeApi}>
      <ExportButton />
      <ExportDialog />
    </PlatformProvider>,
  )
}

function openDialog(api: FakeApi): HTMLElement {
  renderDialog(api)
  fireEvent.click(screen.getByRole('button', { name: 'Export PNG…' }))
  return screen.getByRole('dialog', { name: 'Export image' })
}

beforeEach(() => {
  useExportStore.setState({ open: false, seriesRequested: false, sizeId: '2x', transparent: false, captions: true })
  useAnnotationStore.setState(useAnnotationStore.getInitialState(), true)
  useAppStore.getState().setDataset(makeDataset())
  exportView.mockReset()
  exportView.mockResolvedValue({ png, width: 1560, height: 1496, stages: { render: 1, compose: 1, encode: 1 } })
  setView.mockClear()
  withdraw = publishGlobe(runtime)
  scenes.list = []
  scenes.shown = []
  scenes.current = null
})

afterEach(() => withdraw())

describe('ExportDialog', () => {
  it('offers the slide shapes first, then the view multiples with their pixel sizes', () => {
    const dialog = openDialog(fakeApi())
    const choices = within(dialog)
      .getAllByRole('radio')
      .filter((radio) => (radio as HTMLInputElement).name === 'export-size')
      .map((radio) => radio.closest('label')?.textContent ?? '')
    expect(choices.slice(0, 3)).toEqual(['16:9 · 1920 × 1080 (Full HD)', '16:9 · 3840 × 2160 (4K)', '4:3 · 1600 × 1200'])
    expect(within(dialog).getByLabelText(/1× the view/).closest('label')?.textContent).toContain('780 × 748')
    expect(within(dialog).getByLabelText(/2× the view/).closest('label')?.textContent).toContain('1560 × 1496')
  })

  it('starts at a slide shape and shows a preview of the image at the chosen size', async () => {
    useExportStore.setState(useExportStore.getInitialState(), true)
    const dialog = openDialog(fakeApi())
    expect((within(dialog).getByLabelText('16:9 · 1920 × 1080 (Full HD)') as HTMLInputElement).checked).toBe(true)
    const preview = within(dialog).getByTestId('export-preview')
    await waitFor(() => expect(preview.textContent).toBe('Preview · 1920 × 1080 px'))
    fireEvent.click(within(dialog).getByLabelText('4:3 · 1600 × 1200'))
    await waitFor(() => expect(preview.textContent).toBe('Preview · 1600 × 1200 px'))
    const image = within(preview).getByRole('img')
    // Shown at the image's shape, shrunk to fit the dialog.
    expect(Number.parseFloat(image.style.width) / Number.parseFloat(image.style.height)).toBeCloseTo(4 / 3, 1)
  })

  it('titles the image with the scene on show, or draws no title when a Title annotation is on the view', async () => {
    scenes.current = 'Europe at a glance'
    const api = fakeApi()
    const first = openDialog(api)
    expect((within(first).getByLabelText('Title on the image') as HTMLInputElement).value).toBe('Europe at a glance')
    fireEvent.click(within(first).getByRole('button', { name: 'Close' }))

    useAnnotationStore.getState().replaceAll([
      { id: 't', type: 'callout', colour: 'white', size: 'large', anchor: { kind: 'screen', x: 0.5, y: 0.08 }, text: 'Where data may stay' },
    ])
    fireEvent.click(screen.getByRole('button', { name: 'Export PNG…' }))
    const dialog = screen.getByRole('dialog', { name: 'Export image' })
    const field = within(dialog).getByLabelText('Title on the image') as HTMLInputElement
    expect(field.value).toBe('')
    expect(within(dialog).getByText(/The Title annotation on the view/).textContent).toContain('Where data may stay')
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save PNG…' }))
    await waitFor(() => expect(api.saveFile).toHaveBeenCalled())
    expect(exportView).toHaveBeenCalledWith(runtime, {
      size: { kind: 'multiple', factor: 2 },
      transparent: false,
      title: '',
      documentTitle: 'Where data may stay',
    })
    expect(api.saveFile.mock.calls[0]?.[0].suggestedName).toBe('infraglobe-where-data-may-stay.png')
  })

  it('saves the PNG made with the chosen size, background and title, and says where', async () => {
    const api = fakeApi()
    const dialog = openDialog(api)
    fireEvent.click(within(dialog).getByLabelText('16:9 · 3840 × 2160 (4K)'))
    fireEvent.click(within(dialog).getByLabelText('Transparent'))
    fireEvent.change(within(dialog).getByLabelText('Title on the image'), { target: { value: 'Régions AWS' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save PNG…' }))
    await waitFor(() => expect(within(dialog).getByTestId('export-status').textContent).toBe('Saved to infraglobe-regions-aws.png'))
    expect(exportView).toHaveBeenCalledWith(runtime, {
      size: { kind: 'fixed', width: 3840, height: 2160 },
      transparent: true,
      title: 'Régions AWS',
    })
    expect(api.saveFile).toHaveBeenCalledWith({ suggestedName: 'infraglobe-regions-aws.png', kind: 'png', data: png })
  })

  it('stays open with the reason when the save fails, and the next try can succeed', async () => {
    const api = fakeApi({ saveFile: () => Promise.resolve({ status: 'failed', message: 'the folder is read-only' }) })
    const dialog = openDialog(api)
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save PNG…' }))
    const alert = await within(dialog).findByRole('alert')
    expect(alert.textContent).toBe('The image was not saved: the folder is read-only')
    expect(screen.getByRole('dialog', { name: 'Export image' })).toBe(dialog)
    api.saveFile.mockResolvedValueOnce({ status: 'saved', location: '/home/me/globe.png' })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save PNG…' }))
    await waitFor(() => expect(within(dialog).getByTestId('export-status').textContent).toBe('Saved to /home/me/globe.png'))
  })

  it('reports an export that could not be rendered without calling the platform', async () => {
    exportView.mockRejectedValueOnce(new Error('the globe is not ready to export yet'))
    const api = fakeApi()
    const dialog = openDialog(api)
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save PNG…' }))
    expect((await within(dialog).findByRole('alert')).textContent).toContain('the globe is not ready')
    expect(api.saveFile).not.toHaveBeenCalled()
  })

  it('says nothing after the user cancels the save dialog', async () => {
    const api = fakeApi({ saveFile: () => Promise.resolve({ status: 'cancelled' }) })
    const dialog = openDialog(api)
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save PNG…' }))
    await waitFor(() => expect(api.saveFile).toHaveBeenCalled())
    await waitFor(() => expect(within(dialog).getByTestId('export-status').textContent).toBe(''))
  })

  it('copies the PNG to the clipboard', async () => {
    const api = fakeApi()
    const dialog = openDialog(api)
    fireEvent.click(within(dialog).getByRole('button', { name: 'Copy to clipboard' }))
    await waitFor(() => expect(within(dialog).getByTestId('export-status').textContent).toBe('Copied to the clipboard'))
    expect(api.copyPng).toHaveBeenCalledWith(png)
  })

  it('opens from the menu command and closes with Escape', () => {
    renderDialog(fakeApi())
    act(() => {
      dispatchMenuCommand('export-png')
    })
    expect(screen.getByRole('dialog', { name: 'Export image' })).toBeTruthy()
    fireEvent.keyDown(document, { key: 'Escape' })
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('cannot export all scenes of a lesson without scenes', () => {
    const dialog = openDialog(fakeApi())
    expect((within(dialog).getByRole('button', { name: 'Export all scenes…' }) as HTMLButtonElement).disabled).toBe(true)
  })

  it('exports every scene as numbered files in one save, then restores the view the user had', async () => {
    scenes.list = [
      { id: 'a', title: 'Europe at a glance', caption: 'Six regions within 30 ms of each other.' },
      { id: 'b', title: 'São Paulo', caption: '' },
      { id: 'c', title: 'Edge locations', caption: 'Hundreds of places that serve content.' },
    ]
    useAppStore.getState().select('eu-central-1')
    const api = fakeApi()
    const dialog = openDialog(api)
    fireEvent.click(within(dialog).getByRole('button', { name: 'Export all scenes…' }))
    await waitFor(() => expect(within(dialog).getByTestId('export-status').textContent).toBe('Saved 3 images to your downloads'))
    expect(scenes.shown).toEqual([0, 1, 2])
    expect(exportView.mock.calls.map((call) => (call[1] as { title: string }).title)).toEqual([
      'Europe at a glance',
      'São Paulo',
      'Edge locations',
    ])
    // Each scene's caption goes with it (a band on the image); a scene without one has none.
    expect(exportView.mock.calls.map((call) => (call[1] as { caption?: string }).caption)).toEqual([
      'Six regions within 30 ms of each other.',
      undefined,
      'Hundreds of places that serve content.',
    ])
    const files = api.saveSeries.mock.calls[0]?.[0].files.map((file) => file.name)
    expect(files).toEqual(['01-europe-at-a-glance.png', '02-sao-paulo.png', '03-edge-locations.png'])
    // The platform makes a folder named after the lesson.
    expect(api.saveSeries.mock.calls[0]?.[0].lessonTitle).toBe('Regions & AZs')
    expect(useAppStore.getState().selectedCode).toBe('eu-central-1')
    expect(setView).toHaveBeenCalledWith({ lat: 10, lon: 20, distance: 3 }, { instant: true })
  })

  it('shows "Scene n of N" while it works and stops, saving nothing, when cancelled', async () => {
    scenes.list = [
      { id: 'a', title: 'One', caption: '' },
      { id: 'b', title: 'Two', caption: '' },
      { id: 'c', title: 'Three', caption: '' },
    ]
    let release: () => void = () => {}
    exportView.mockImplementationOnce(
      () =>
        new Promise((resolve) => {
          release = () => resolve({ png, width: 1, height: 1, stages: { render: 0, compose: 0, encode: 0 } })
        }),
    )
    const api = fakeApi()
    const dialog = openDialog(api)
    fireEvent.click(within(dialog).getByRole('button', { name: 'Export all scenes…' }))
    await waitFor(() => expect(within(dialog).getByTestId('export-status').textContent).toBe('Scene 1 of 3'))
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await act(async () => {
      release()
      await Promise.resolve()
    })
    await waitFor(() => expect(within(dialog).queryByRole('button', { name: 'Cancel' })).toBeNull())
    expect(scenes.shown).toEqual([0])
    expect(api.saveSeries).not.toHaveBeenCalled()
    expect(setView).toHaveBeenCalled()
  })

  it('starts the series straight away from the menu\'s "Export all scenes"', async () => {
    scenes.list = [{ id: 'a', title: 'Only scene', caption: '' }]
    const api = fakeApi()
    renderDialog(api)
    act(() => {
      dispatchMenuCommand('export-all-scenes')
    })
    await waitFor(() => expect(api.saveSeries).toHaveBeenCalledTimes(1))
    expect(api.saveSeries.mock.calls[0]?.[0].files.map((file) => file.name)).toEqual(['01-only-scene.png'])
  })

  it('leaves the captions out when asked', async () => {
    scenes.list = [{ id: 'a', title: 'Europe at a glance', caption: 'Six regions within 30 ms of each other.' }]
    const api = fakeApi()
    const dialog = openDialog(api)
    fireEvent.click(within(dialog).getByLabelText(/caption as a band/))
    fireEvent.click(within(dialog).getByRole('button', { name: 'Export all scenes…' }))
    await waitFor(() => expect(api.saveSeries).toHaveBeenCalled())
    expect((exportView.mock.calls[0]?.[1] as { caption?: string }).caption).toBeUndefined()
  })

  it('says which scene failed and why when the series could not be saved, naming the scene', async () => {
    scenes.list = [
      { id: 'a', title: 'Europe at a glance', caption: '' },
      { id: 'b', title: 'São Paulo', caption: '' },
    ]
    const api = fakeApi({
      saveSeries: () =>
        Promise.resolve({
          status: 'failed',
          message: 'Scene 2 of 2 (02-sao-paulo.png) could not be saved: the disk is full. Nothing of this export was kept.',
          written: 0,
          failedFile: '02-sao-paulo.png',
        }),
    })
    const dialog = openDialog(api)
    fireEvent.click(within(dialog).getByRole('button', { name: 'Export all scenes…' }))
    const alert = await within(dialog).findByRole('alert')
    expect(alert.textContent).toContain('“São Paulo”')
    expect(alert.textContent).toContain('Scene 2 of 2 (02-sao-paulo.png) could not be saved: the disk is full. Nothing of this export was kept.')
  })

  it('says where the series went', async () => {
    scenes.list = [{ id: 'a', title: 'Only scene', caption: '' }]
    const api = fakeApi({
      saveSeries: (request) => Promise.resolve({ status: 'saved', location: '/home/me/Pictures/regions-azs-2026-12-04-1405', count: request.files.length }),
    })
    const dialog = openDialog(api)
    fireEvent.click(within(dialog).getByRole('button', { name: 'Export all scenes…' }))
    await waitFor(() =>
      expect(within(dialog).getByTestId('export-status').textContent).toBe('Saved 1 image to /home/me/Pictures/regions-azs-2026-12-04-1405'),
    )
  })
})
