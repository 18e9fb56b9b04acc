import { beforeEach, describe, expect, it } from 'vitest'
import { layoutAnnotation } from '../../../../src/renderer/annotations/annotationLayout'
import { useAnnotationStore } from '../../../../src/renderer/annotations/annotationStore'
import {
  ANNOTATION_HALO,
  annotationColours,
  annotationSizes,
  textDirection,
} from '../../../../src/renderer/annotations/annotationStyle'
import { drawAnnotations, type ProjectToImage } from '../../../../src/renderer/annotations/drawAnnotations'
import { AnnotationSvgLayer } from '../../../../src/renderer/annotations/svgLayer'
import type { Anchor, Annotation } from '../../../../src/shared/annotations/schema'

interface Call {
  name: string
  args: unknown[]
  state: { font: string; fillStyle: string; strokeStyle: string; lineWidth: number; textAlign: string; direction: string }
}

/** A 2D context that records each drawing call with the state it was made in, and resolves translate() itself. */
function recordingContext(): { context: CanvasRenderingContext2D; calls: Call[] } {
  const calls: Call[] = []
  const offsets: [number, number][] = []
  let offset: [number, number] = [0, 0]
  const state = { font: '', fillStyle: '', strokeStyle: '', lineWidth: 1, textAlign: 'start', direction: 'inherit' }
  const record =
    (name: string) =>
    (...args: unknown[]): void => {
      calls.push({ name, args, state: { ...state } })
    }
  const target = {
    ...state,
    lineJoin: 'miter',
    lineCap: 'butt',
    textBaseline: 'alphabetic',
    save: () => offsets.push([...offset]),
    restore: () => {
      offset = offsets.pop() ?? [0, 0]
    },
    translate: (x: number, y: number) => {
      offset = [offset[0] + x, offset[1] + y]
    },
    beginPath: record('beginPath'),
    closePath: record('closePath'),
    moveTo: (x: number, y: number) => record('moveTo')(x + offset[0], y + offset[1]),
    lineTo: (x: number, y: number) => record('lineTo')(x + offset[0], y + offset[1]),
    arc: (x: number, y: number, r: number) => record('arc')(x + offset[0], y + offset[1], r),
    stroke: record('stroke'),
    fill: record('fill'),
    fillText: (text: string, x: number, y: number) => record('fillText')(text, x + offset[0], y + offset[1]),
    strokeText: (text: string, x: number, y: number) => record('strokeText')(text, x + offset[0], y + offset[1]),
  }
  // Drawing state lives on the recorder so each call sees what was set before it.
  const context = new Proxy(target, {
    set(object, key, value) {
      if (key in state) (state as Record<string, unknown>)[key as string] = value
      ;(object as Record<string | symbol, unknown>)[key] = value
      return true
    },
  })
  return { context: context as unknown as CanvasRenderingContext2D, calls }
}

const TEXT = 'Zürich 東京 القاهرة'
const ZURICH = { lat: 47.37, lon: 8.54 }

function geoCallout(id: string, lat: number, lon: number, text = TEXT): Annotation {
  return { id, type: 'callout', colour: 'cyan', size: 'medium', anchor: { kind: 'geo', lat, lon }, text }
}

/** A stand-in for the export camera: Zürich at (300, 200), anything south of the equator behind the globe. */
const project: ProjectToImage = (lat, lon) =>
  lat === ZURICH.lat && lon === ZURICH.lon ? { x: 300, y: 200, visible: true } : { x: 50, y: 50, visible: lat >= 0 }

beforeEach(() => {
  useAnnotationStore.setState(useAnnotationStore.getInitialState(), true)
})

describe('drawAnnotations (the PNG export)', () => {
  it('draws a callout’s text beside its projected place, halo under colour, in the shared style', () => {
    useAnnotationStore.getState().replaceAll([geoCallout('a', ZURICH.lat, ZURICH.lon)])
    const { context, calls } = recordingContext()
    drawAnnotations(context, { width: 1000, height: 600, scale: 1, project })

    const spec = annotationSizes.medium
    const dot = calls.find((call) => call.name === 'arc' && call.state.fillStyle === annotationColours.cyan)
    expect(dot?.args.slice(0, 2)).toEqual([300, 200])
    const halo = calls.find((call) => call.name === 'strokeText')
    const ink = calls.find((call) => call.name === 'fillText')
    expect(ink?.args[0]).toBe(TEXT)
    expect(ink?.state.fillStyle).toBe(annotationColours.cyan)
    expect(ink?.state.font).toContain(`${spec.fontPx}px`)
    expect(ink?.state.font).toContain('Noto Sans CJK SC')
    expect(ink?.state.font).toContain('Noto Sans Arabic')
    // Up and to the right of the place, at the end of the leader.
    expect(ink?.args[1]).toBeCloseTo(300 + spec.leaderDx + spec.gapPx)
    expect(ink?.args[2] as number).toBeLessThan(200)
    expect(halo?.args).toEqual(ink?.args)
    expect(halo?.state.strokeStyle).toBe(ANNOTATION_HALO)
    expect(halo?.state.lineWidth).toBe(2 * spec.haloPx)
    expect(calls.indexOf(halo!)).toBeLessThan(calls.indexOf(ink!))
  })

  it('scales type, strokes and offsets by the export scale', () => {
    useAnnotationStore.getState().replaceAll([geoCallout('a', ZURICH.lat, ZURICH.lon)])
    const { context, calls } = recordingContext()
    drawAnnotations(context, { width: 3000, height: 1800, scale: 3, project })
    const spec = annotationSizes.medium
    const ink = calls.find((call) => call.name === 'fillText')
    expect(ink?.state.font).toContain(`${spec.fontPx * 3}px`)
    expect(ink?.args[1]).toBeCloseTo(300 + 3 * (spec.leaderDx + spec.gapPx))
    const leader = calls.find((call) => call.name === 'stroke' && call.state.strokeStyle === annotationColours.cyan)
    expect(leader?.state.lineWidth).toBeCloseTo(spec.linePx * 3)
  })

  it('skips annotations whose place is behind the globe', () => {
    useAnnotationStore.getState().replaceAll([geoCallout('hidden', -33.9, 151.2, 'Sydney')])
    const { context, calls } = recordingContext()
    drawAnnotations(context, { width: 1000, height: 600, scale: 1, project })
    expect(calls).toEqual([])
  })

  it('places screen anchors as fractions of the image, centred', () => {
    const title: Annotation = {
      id: 't',
      type: 'callout',
      colour: 'white',
      size: 'large',
      anchor: { kind: 'screen', x: 0.5, y: 0.1 },
      text: 'Regions',
    }
    useAnnotationStore.getState().replaceAll([title])
    const { context, calls } = recordingContext()
    drawAnnotations(context, { width: 2000, height: 1000, scale: 2, project })
    const ink = calls.find((call) => call.name === 'fillText')
    expect(ink?.args[1]).toBe(1000)
    expect(ink?.state.textAlign).toBe('center')
  })

  it('draws an arrow’s head at its point and hides it when one end is behind the globe', () => {
    const arrow: Annotation = {
      id: 'r',
      type: 'arrow',
      colour: 'orange',
      size: 'small',
      from: { kind: 'screen', x: 0, y: 0 },
      to: { kind: 'geo', lat: ZURICH.lat, lon: ZURICH.lon },
      text: '',
    }
    useAnnotationStore.getState().replaceAll([arrow])
    const { context, calls } = recordingContext()
    drawAnnotations(context, { width: 1000, height: 600, scale: 1, project })
    const tips = calls.filter((call) => call.name === 'moveTo').map((call) => call.args)
    expect(tips).toContainEqual([300, 200])
    expect(calls.some((call) => call.name === 'fillText')).toBe(false)

    useAnnotationStore.getState().replaceAll([{ ...arrow, to: { kind: 'geo', lat: -10, lon: 0 } }])
    const hidden = recordingContext()
    drawAnnotations(hidden.context, { width: 1000, height: 600, scale: 1, project })
    expect(hidden.calls).toEqual([])
  })

  it('sets right-to-left direction for Arabic text, as dir="auto" would', () => {
    expect(textDirection('القاهرة')).toBe('rtl')
    expect(textDirection('Zürich القاهرة')).toBe('ltr')
    expect(textDirection('2024 القاهرة')).toBe('rtl')
    expect(textDirection('東京')).toBe('ltr')
    useAnnotationStore.getState().replaceAll([geoCallout('a', ZURICH.lat, ZURICH.lon, 'القاهرة')])
    const { context, calls } = recordingContext()
    drawAnnotations(context, { width: 1000, height: 600, scale: 1, project })
    expect(calls.find((call) => call.name === 'fillText')?.state.direction).toBe('rtl')
  })
})

describe('the on-screen layer and the export share one layout', () => {
  it('puts the SVG text where the canvas text goes, with the same colour and font', () => {
    const annotation = geoCallout('a', ZURICH.lat, ZURICH.lon)
    const toView = (anchor: Anchor) => (anchor.kind === 'geo' ? { x: 300, y: 200 } : null)
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg')
    new AnnotationSvgLayer(svg).render([annotation], { project: toView, width: 1000, height: 600 }, { selectedId: null, editingId: null })

    useAnnotationStore.getState().replaceAll([annotation])
    const { context, calls } = recordingContext()
    drawAnnotations(context, { width: 1000, height: 600, scale: 1, project })
    const ink = calls.find((call) => call.name === 'fillText')

    const group = svg.querySelector('[data-annotation-id="a"]')
    expect(group?.getAttribute('transform')).toBe('translate(300 200)')
    const text = group?.querySelector('text.annotation__ink')
    expect(text?.textContent).toBe(TEXT)
    expect(text?.getAttribute('fill')).toBe(annotationColours.cyan)
    expect(300 + Number(text?.getAttribute('x'))).toBeCloseTo(ink?.args[1] as number)
    expect(200 + Number(text?.getAttribute('y'))).toBeCloseTo(ink?.args[2] as number)
    const halo = group?.querySelector('text.annotation__halo')
    expect(halo?.getAttribute('stroke')).toBe(ANNOTATION_HALO)
    expect(halo?.getAttribute('stroke-width')).toBe(String(2 * annotationSizes.medium.haloPx))
  })

  it('hides the SVG group when its place turns behind the globe, and shows it again', () => {
    const annotation = geoCallout('a', ZURICH.lat, ZURICH.lon)
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg')
    const layer = new AnnotationSvgLayer(svg)
    const ui = { selectedId: null, editingId: null }
    layer.render([annotation], { project: () => ({ x: 10, y: 20 }), width: 800, height: 600 }, ui)
    const group = svg.querySelector<SVGGElement>('[data-annotation-id="a"]')
    expect(group?.style.display).toBe('')
    layer.render([annotation], { project: () => null, width: 800, height: 600 }, ui)
    expect(group?.style.display).toBe('none')
    layer.render([annotation], { project: () => ({ x: 40, y: 20 }), width: 800, height: 600 }, ui)
    expect(group?.style.display).toBe('')
    expect(group?.getAttribute('transform')).toBe('translate(40 20)')
    layer.render([], { project: () => null, width: 800, height: 600 }, ui)
    expect(svg.childElementCount).toBe(0)
  })

  it('flips a callout’s text to the left of its place near the right edge', () => {
    const annotation = geoCallout('a', 0, 0)
    const right = layoutAnnotation(annotation, () => ({ x: 900, y: 100 }), { width: 1000, scale: 1 })
    const left = layoutAnnotation(annotation, () => ({ x: 100, y: 100 }), { width: 1000, scale: 1 })
    expect(right?.text.align).toBe('right')
    expect(right!.text.x).toBeLessThan(0)
    expect(left?.text.align).toBe('left')
    expect(left!.text.x).toBeGreaterThan(0)
  })
})
