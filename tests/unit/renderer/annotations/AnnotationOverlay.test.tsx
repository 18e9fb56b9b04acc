import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { AnnotationOverlay } from '../../../../src/renderer/annotations/AnnotationOverlay'
import { AnnotationTools } from '../../../../src/renderer/annotations/AnnotationTools'
import { useAnnotationStore } from '../../../../src/renderer/annotations/annotationStore'
import { fetchSvgLayer } from '../../../../src/renderer/annotations/svgLayerCode'
import { publishGlobe } from '../../../../src/renderer/globe/globeRuntimeContext'
import { GlobeRuntime } from '../../../../src/renderer/globe/runtime'
import type { Annotation } from '../../../../src/shared/annotations/schema'
import { HEIGHT, WIDTH, cameraOver } from '../../fixtures/renderer/globe'

const ROME = { lat: 41.9, lon: 12.5 }
const PARIS = { lat: 48.86, lon: 2.35 }

let runtime: GlobeRuntime
let withdraw: () => void

/** A globe whose last frame was drawn by a camera above (lat, lon); the canvas sits at the viewport's origin. */
function viewFrom(lat: number, lon: number): void {
  runtime.project(cameraOver(lat, lon, 3), WIDTH, HEIGHT)
}

function callout(place: { lat: number; lon: number }, id = 'c'): Annotation {
  return { id, type: 'callout', colour: 'yellow', size: 'medium', anchor: { kind: 'geo', ...place }, text: 'Paris' }
}

function group(id = 'c'): SVGGElement | null {
  return document.querySelector<SVGGElement>(`[data-annotation-id="${id}"]`)
}

// As the app does once its first frame is shown: the layer's code is in before the first annotation.
beforeAll(async () => {
  await fetchSvgLayer()
})

beforeEach(() => {
  useAnnotationStore.setState(useAnnotationStore.getInitialState(), true)
  runtime = new GlobeRuntime()
  runtime.canvas = document.createElement('canvas')
  viewFrom(ROME.lat, ROME.lon)
  withdraw = publishGlobe(runtime)
})

afterEach(() => {
  withdraw()
})

describe('AnnotationOverlay', () => {
  it('draws a place’s callout where the globe shows that place, without waiting for a frame', () => {
    render(<AnnotationOverlay />)
    act(() => useAnnotationStore.getState().add(callout(PARIS)))
    const paris = runtime.geoScreenPosition(PARIS.lat, PARIS.lon, 1)!
    expect(group()?.getAttribute('transform')).toBe(
      `translate(${Math.round(paris.x * 10) / 10} ${Math.round(paris.y * 10) / 10})`,
    )
  })

  it('follows the globe after each frame and hides the callout behind it', () => {
    render(<AnnotationOverlay />)
    act(() => useAnnotationStore.getState().add(callout(PARIS)))
    const before = group()?.getAttribute('transform')
    viewFrom(30, 30)
    runtime.afterFrame.run({ drawCalls: 0 })
    expect(group()?.getAttribute('transform')).not.toBe(before)
    expect(group()?.style.display).toBe('')
    viewFrom(-PARIS.lat, PARIS.lon + 180)
    runtime.afterFrame.run({ drawCalls: 0 })
    expect(group()?.style.display).toBe('none')
  })

  it('places a callout with a click on the globe, then takes its text inline', () => {
    render(<AnnotationOverlay />)
    act(() => useAnnotationStore.getState().setTool('callout'))
    const overlay = screen.getByTestId('annotation-overlay')
    expect(overlay.className).toContain('annotation-overlay--placing')
    const paris = runtime.geoScreenPosition(PARIS.lat, PARIS.lon, 1)!
    fireEvent.pointerDown(overlay, { button: 0, clientX: paris.x, clientY: paris.y })
    fireEvent.pointerUp(overlay, { button: 0, clientX: paris.x, clientY: paris.y })
    const editor = screen.getByRole('textbox')
    expect(document.activeElement).toBe(editor)
    fireEvent.change(editor, { target: { value: 'Zürich 東京 القاهرة' } })
    fireEvent.keyDown(editor, { key: 'Enter' })
    const [added] = useAnnotationStore.getState().annotations
    expect(added?.text).toBe('Zürich 東京 القاهرة')
    expect(added?.type === 'callout' && added.anchor.kind === 'geo' && added.anchor.lat).toBeCloseTo(PARIS.lat, 1)
    expect(added?.type === 'callout' && added.anchor.kind === 'geo' && added.anchor.lon).toBeCloseTo(PARIS.lon, 1)
    expect(screen.queryByRole('textbox')).toBeNull()
    expect(group(added?.id)?.querySelector('text.annotation__ink')?.textContent).toBe('Zürich 東京 القاهرة')
  })

  it('drops a new callout when Escape cancels its text', () => {
    render(<AnnotationOverlay />)
    act(() => useAnnotationStore.getState().setTool('note'))
    const overlay = screen.getByTestId('annotation-overlay')
    fireEvent.pointerDown(overlay, { button: 0, clientX: 400, clientY: 50 })
    fireEvent.pointerUp(overlay, { button: 0, clientX: 400, clientY: 50 })
    const editor = screen.getByRole('textbox')
    fireEvent.change(editor, { target: { value: 'Title' } })
    fireEvent.keyDown(editor, { key: 'Escape' })
    expect(useAnnotationStore.getState().annotations).toEqual([])
    expect(document.querySelectorAll('[data-annotation-id]')).toHaveLength(0)
  })

  it('drags a callout to another place as one undo step', () => {
    render(<AnnotationOverlay />)
    act(() => useAnnotationStore.getState().add(callout(ROME)))
    const rome = runtime.geoScreenPosition(ROME.lat, ROME.lon, 1)!
    const target = group()!.querySelector('circle')!
    const svg = document.querySelector('svg')!
    // jsdom has no pointer capture.
    svg.setPointerCapture = () => {}
    fireEvent.pointerDown(target, { button: 0, pointerId: 1, clientX: rome.x, clientY: rome.y })
    for (let step = 1; step <= 10; step++) {
      fireEvent.pointerMove(svg, { pointerId: 1, clientX: rome.x + step * 4, clientY: rome.y - step * 3 })
    }
    fireEvent.pointerUp(svg, { pointerId: 1, clientX: rome.x + 40, clientY: rome.y - 30 })
    const moved = useAnnotationStore.getState().annotations[0]
    const spot = runtime.surfaceAt(rome.x + 40, rome.y - 30)!
    expect(moved?.type === 'callout' && moved.anchor.kind === 'geo' && moved.anchor.lat).toBeCloseTo(spot.lat, 2)
    expect(useAnnotationStore.getState().past).toHaveLength(2)
    expect(useAnnotationStore.getState().selectedId).toBe('c')
    act(() => useAnnotationStore.getState().undo())
    expect(useAnnotationStore.getState().annotations[0]).toEqual(callout(ROME))
  })

  it('opens the editor with a double-click, without capturing the pointer, and Escape keeps the text', () => {
    render(<AnnotationOverlay />)
    act(() => useAnnotationStore.getState().add(callout(ROME)))
    const svg = document.querySelector('svg')!
    const capture = vi.fn()
    svg.setPointerCapture = capture
    const rome = runtime.geoScreenPosition(ROME.lat, ROME.lon, 1)!
    // The presses of a double-click: each selects, none drags, and the double-click reaches the annotation
    // (the selection redraws the group, so what is under the pointer is asked for afresh each time).
    const dot = () => group()!.querySelector('circle')!
    for (let i = 0; i < 2; i++) {
      fireEvent.pointerDown(dot(), { button: 0, pointerId: 1, clientX: rome.x, clientY: rome.y })
      fireEvent.pointerUp(dot(), { pointerId: 1, clientX: rome.x, clientY: rome.y })
    }
    expect(capture).not.toHaveBeenCalled()
    expect(useAnnotationStore.getState().selectedId).toBe('c')
    fireEvent.doubleClick(dot())
    const editor = screen.getByRole<HTMLTextAreaElement>('textbox')
    expect(editor.value).toBe(callout(ROME).text)
    fireEvent.change(editor, { target: { value: 'Something else' } })
    fireEvent.keyDown(editor, { key: 'Escape' })
    expect(screen.queryByRole('textbox')).toBeNull()
    expect(useAnnotationStore.getState().annotations).toEqual([callout(ROME)])
  })

  it('keeps a new arrow when Escape cancels its label', () => {
    render(<AnnotationOverlay />)
    const arrow = {
      id: 'r',
      type: 'arrow' as const,
      colour: 'orange' as const,
      size: 'small' as const,
      from: { kind: 'screen' as const, x: 0.1, y: 0.9 },
      to: { kind: 'geo' as const, lat: ROME.lat, lon: ROME.lon },
      text: '',
    }
    act(() => {
      useAnnotationStore.getState().startDraft(arrow)
      useAnnotationStore.getState().editDraft()
    })
    const editor = screen.getByRole('textbox')
    fireEvent.change(editor, { target: { value: 'half typed' } })
    fireEvent.keyDown(editor, { key: 'Escape' })
    expect(useAnnotationStore.getState().annotations).toEqual([arrow])
    expect(useAnnotationStore.getState().selectedId).toBe('r')
  })

  it('undoes and redoes with the keyboard, but leaves a text field its own undo', () => {
    render(
      <>
        <AnnotationOverlay />
        <input aria-label="Filter regions" />
      </>,
    )
    act(() => useAnnotationStore.getState().add(callout(PARIS)))
    fireEvent.keyDown(screen.getByLabelText('Filter regions'), { key: 'z', ctrlKey: true })
    expect(useAnnotationStore.getState().annotations).toHaveLength(1)
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true })
    expect(useAnnotationStore.getState().annotations).toHaveLength(0)
    fireEvent.keyDown(document.body, { key: 'Z', metaKey: true, shiftKey: true })
    expect(useAnnotationStore.getState().annotations).toHaveLength(1)
    act(() => useAnnotationStore.getState().select('c'))
    fireEvent.keyDown(document.body, { key: 'Delete' })
    expect(useAnnotationStore.getState().annotations).toHaveLength(0)
  })
})

describe('AnnotationTools', () => {
  it('offers labelled tools, and style pickers once there is something to style', () => {
    render(<AnnotationTools />)
    for (const name of ['Callout', 'Pin', 'Arrow', 'Title', 'Delete', 'Undo', 'Redo']) {
      expect(screen.getByRole('button', { name }).tagName).toBe('BUTTON')
    }
    expect(screen.queryByRole('button', { name: 'cyan' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Pin' }))
    expect(screen.getByRole('button', { name: 'Pin' }).getAttribute('aria-pressed')).toBe('true')
    expect(useAnnotationStore.getState().tool).toBe('pin')
    // The colours and sizes open under one button, so the toolbar keeps its width.
    const picker = screen.getByRole('button', { name: /^Colour and size/ })
    expect(picker.getAttribute('aria-expanded')).toBe('false')
    fireEvent.click(picker)
    expect(picker.getAttribute('aria-expanded')).toBe('true')
    fireEvent.click(screen.getByRole('button', { name: 'cyan' }))
    expect(screen.getByRole('button', { name: 'cyan' }).getAttribute('aria-pressed')).toBe('true')
    expect(useAnnotationStore.getState().style.colour).toBe('cyan')
    // Escape closes the picker and gives the focus back to its button.
    fireEvent.keyDown(screen.getByRole('button', { name: 'cyan' }), { key: 'Escape' })
    expect(screen.queryByRole('button', { name: 'cyan' })).toBeNull()
    expect(document.activeElement).toBe(picker)
  })

  it('restyles and deletes the selected annotation, and undoes from its buttons', () => {
    useAnnotationStore.getState().add(callout(PARIS))
    useAnnotationStore.getState().select('c')
    render(<AnnotationTools />)
    fireEvent.click(screen.getByRole('button', { name: /^Colour and size/ }))
    fireEvent.click(screen.getByRole('button', { name: 'large' }))
    expect(useAnnotationStore.getState().annotations[0]?.size).toBe('large')
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }))
    expect(useAnnotationStore.getState().annotations).toHaveLength(0)
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Redo' }).disabled).toBe(true)
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }))
    expect(useAnnotationStore.getState().annotations).toHaveLength(1)
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Redo' }).disabled).toBe(false)
  })
})
