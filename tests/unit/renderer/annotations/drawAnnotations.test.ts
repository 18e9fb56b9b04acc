import { beforeEach, describe, expect, it } from 'vitest'
import { layoutAnnotation } from '../../../../src/renderer/annotations/annotationLayout'
import { useAnnotationStore } from '../../../../src/renderer/annotations/annotationStore'
import {
  ANNOTATION_HALO,
  annotationColours,
  annotationSizes,
  plateColours,
  textDirection,
} from '../../../../src/renderer/annotations/annotationStyle'
import { drawAnnotations } from '../../../../src/renderer/annotations/drawAnnotations'
import { AnnotationSvgLayer } from '../../../../src/renderer/annotations/svgLayer'
import type { Anchor, Annotation } from '../../../../src/shared/annotations/schema'

interface Call {
  name: string
  args: unknown[]
  state: {
    font: string
    fillStyle: string
    strokeStyle: string
    lineWidth: number
    textAlign: string
    direction: string
    /** The context's scale when the call was made (image px per drawing unit). */
    scale: number
  }
}

/**
 * A 2D context that records each drawing call with the state it was made in,
 * and resolves translate() and scale() itself: recorded points are image px.
 */
function recordingContext(): { context: CanvasRenderingContext2D; calls: Call[] } {
  const calls: Call[] = []
  type Transform = { x: number; y: number; k: number }
  const saved: Transform[] = []
  let t: Transform = { x: 0, y: 0, k: 1 }
  const state = { font: '', fillStyle: '', strokeStyle: '', lineWidth: 1, textAlign: 'start', direction: 'inherit' }
  const record =
    (name: string) =>
    (...args: unknown[]): void => {
      calls.push({ name, args, state: { ...state, scale: t.k } })
    }
  const at = (x: number, y: number): [number, number] => [t.x + x * t.k, t.y + y * t.k]
  const target = {
    ...state,
    lineJoin: 'miter',
    lineCap: 'butt',
    textBaseline: 'alphabetic',
    save: () => saved.push({ ...t }),
    restore: () => {
      t = saved.pop() ?? { x: 0, y: 0, k: 1 }
    },
    translate: (x: number, y: number) => {
      t = { ...t, x: t.x + x * t.k, y: t.y + y * t.k }
    },
    scale: (k: number) => {
      t = { ...t, k: t.k * k }
    },
    beginPath: record('beginPath'),
    closePath: record('closePath'),
    moveTo: (x: number, y: number) => record('moveTo')(...at(x, y)),
    lineTo: (x: number, y: number) => record('lineTo')(...at(x, y)),
    arc: (x: number, y: number, r: number) => record('arc')(...at(x, y), r * t.k),
    roundRect: (x: number, y: number, w: number, h: number) => record('roundRect')(...at(x, y), w * t.k, h * t.k),
    stroke: record('stroke'),
    fill: record('fill'),
    fillText: (text: string, x: number, y: number) => record('fillText')(text, ...at(x, y)),
    strokeText: (text: string, x: number, y: number) => record('strokeText')(text, ...at(x, y)),
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
const VIEW = { width: 1000, height: 600 }
/** The view drawn at its own size: image px = view px. */
const SAME = { scale: 1, offsetX: 0, offsetY: 0 }

function geoCallout(id: string, lat: number, lon: number, text = TEXT): Annotation {
  return { id, type: 'callout', colour: 'cyan', size: 'medium', anchor: { kind: 'geo', lat, lon }, text }
}

/** A stand-in for the view's camera: Zürich at (300, 200), anything south of the equator behind the globe. */
const project = (anchor: Anchor): { x: number; y: number } | null => {
  if (anchor.kind === 'screen') return { x: anchor.x * VIEW.width, y: anchor.y * VIEW.height }
  if (anchor.lat === ZURICH.lat && anchor.lon === ZURICH.lon) return { x: 300, y: 200 }
  return anchor.lat >= 0 ? { x: 50, y: 50 } : null
}

beforeEach(() => {
  useAnnotationStore.setState(useAnnotationStore.getInitialState(), true)
})

describe('drawAnnotations (the PNG export)', () => {
  it('draws a callout’s text beside its projected place, on a plate in its colour scheme, in the shared style', () => {
    useAnnotationStore.getState().replaceAll([geoCallout('a', ZURICH.lat, ZURICH.lon)])
    const { context, calls } = recordingContext()
    drawAnnotations(context, { view: VIEW, project, fit: SAME })

    const spec = annotationSizes.medium
    const dot = calls.find((call) => call.name === 'arc' && call.state.fillStyle === annotationColours.cyan)
    expect(dot?.args.slice(0, 2)).toEqual([300, 200])
    const halo = calls.find((call) => call.name === 'arc' && call.state.fillStyle === ANNOTATION_HALO)
    expect(calls.indexOf(halo!)).toBeLessThan(calls.indexOf(dot!))
    const ink = calls.find((call) => call.name === 'fillText')
    expect(ink?.args[0]).toBe(TEXT)
    expect(ink?.state.fillStyle).toBe(annotationColours.cyan)
    expect(ink?.state.font).toContain(`${spec.fontPx}px`)
    expect(ink?.state.font).toContain('Noto Sans CJK SC')
    expect(ink?.state.font).toContain('Noto Sans Arabic')
    // Up and to the right of the place, past the end of the leader.
    expect(ink?.args[1] as number).toBeGreaterThan(300 + spec.leaderDx + spec.gapPx)
    expect(ink?.args[2] as number).toBeLessThan(200)
    // The plate is drawn before the text, round it, filled with the annotation's plate colour.
    const plate = calls.find((call) => call.name === 'roundRect')
    const [px = NaN, py = NaN, pw = NaN, ph = NaN] = plate?.args as number[]
    expect(calls.indexOf(plate!)).toBeLessThan(calls.indexOf(ink!))
    expect(px).toBeLessThan(ink?.args[1] as number)
    expect(px + pw).toBeGreaterThan(ink?.args[1] as number)
    expect(py).toBeLessThan(ink?.args[2] as number)
    expect(py + ph).toBeGreaterThan(ink?.args[2] as number)
    const plateFill = calls.find((call) => call.name === 'fill' && calls.indexOf(call) > calls.indexOf(plate!))
    expect(plateFill?.state.fillStyle).toBe(plateColours('cyan').fill)
    // Text on a plate needs no outline of its own.
    expect(calls.some((call) => call.name === 'strokeText')).toBe(false)
  })

  it('maps the view onto the image with the export’s fit: places, type and strokes scale alike', () => {
    useAnnotationStore.getState().replaceAll([geoCallout('a', ZURICH.lat, ZURICH.lon)])
    const plain = recordingContext()
    drawAnnotations(plain.context, { view: VIEW, project, fit: SAME })
    const { context, calls } = recordingContext()
    drawAnnotations(context, { view: VIEW, project, fit: { scale: 3, offsetX: 120, offsetY: 40 } })
    const spec = annotationSizes.medium
    const dot = calls.find((call) => call.name === 'arc' && call.state.fillStyle === annotationColours.cyan)
    expect(dot?.args).toEqual([120 + 3 * 300, 40 + 3 * 200, 3 * spec.dotPx])
    const ink = calls.find((call) => call.name === 'fillText')
    const plainInk = plain.calls.find((call) => call.name === 'fillText')
    expect(ink?.state.font).toContain(`${spec.fontPx}px`)
    expect(ink?.state.scale).toBe(3)
    expect(ink?.args[1]).toBeCloseTo(120 + 3 * (plainInk?.args[1] as number))
    expect(ink?.args[2]).toBeCloseTo(40 + 3 * (plainInk?.args[2] as number))
    const leader = calls.find((call) => call.name === 'stroke' && call.state.strokeStyle === annotationColours.cyan)
    expect(leader!.state.lineWidth * leader!.state.scale).toBeCloseTo(spec.linePx * 3)
  })

  it('skips annotations whose place is behind the globe', () => {
    useAnnotationStore.getState().replaceAll([geoCallout('hidden', -33.9, 151.2, 'Sydney')])
    const { context, calls } = recordingContext()
    drawAnnotations(context, { view: VIEW, project, fit: SAME })
    expect(calls).toEqual([])
  })

  it('places screen anchors where they are on the view, centred, wherever the fit puts the view', () => {
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
    // A 1000 × 600 view in a 2400 × 1800 image: scale 2.4, centred with 360 px above and below.
    drawAnnotations(context, { view: VIEW, project, fit: { scale: 2.4, offsetX: 0, offsetY: 180 } })
    const ink = calls.find((call) => call.name === 'fillText')
    expect(ink?.args[1]).toBeCloseTo(1200)
    expect(ink?.state.textAlign).toBe('center')
  })

  it('keeps an arrow’s shape: both ends land where the view’s ends map to, and hides it when one end is behind the globe', () => {
    const arrow: Annotation = {
      id: 'r',
      type: 'arrow',
      colour: 'orange',
      size: 'small',
      from: { kind: 'screen', x: 0.1, y: 0.9 },
      to: { kind: 'geo', lat: ZURICH.lat, lon: ZURICH.lon },
      text: '',
    }
    useAnnotationStore.getState().replaceAll([arrow])
    const { context, calls } = recordingContext()
    const fit = { scale: 1.8, offsetX: 60, offsetY: 0 }
    drawAnnotations(context, { view: VIEW, project, fit })
    const points = calls.filter((call) => call.name === 'moveTo' || call.name === 'lineTo').map((call) => call.args as number[])
    const near = (x: number, y: number) => points.some(([px = NaN, py = NaN]) => Math.abs(px - x) < 1e-6 && Math.abs(py - y) < 1e-6)
    // The head's tip at Zürich, the shaft from the tail in empty space.
    expect(near(60 + 1.8 * 300, 1.8 * 200)).toBe(true)
    expect(near(60 + 1.8 * 100, 1.8 * 540)).toBe(true)
    expect(calls.some((call) => call.name === 'fillText')).toBe(false)

    useAnnotationStore.getState().replaceAll([{ ...arrow, to: { kind: 'geo', lat: -10, lon: 0 } }])
    const hidden = recordingContext()
    drawAnnotations(hidden.context, { view: VIEW, project, fit: SAME })
    expect(hidden.calls).toEqual([])
  })

  it('sets right-to-left direction for Arabic text, as dir="auto" would', () => {
    expect(textDirection('القاهرة')).toBe('rtl')
    expect(textDirection('Zürich القاهرة')).toBe('ltr')
    expect(textDirection('2024 القاهرة')).toBe('rtl')
    expect(textDirection('東京')).toBe('ltr')
    useAnnotationStore.getState().replaceAll([geoCallout('a', ZURICH.lat, ZURICH.lon, 'القاهرة')])
    const { context, calls } = recordingContext()
    drawAnnotations(context, { view: VIEW, project, fit: SAME })
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
    drawAnnotations(context, { view: VIEW, project, fit: SAME })
    const ink = calls.find((call) => call.name === 'fillText')
    const plate = calls.find((call) => call.name === 'roundRect')

    const group = svg.querySelector('[data-annotation-id="a"]')
    expect(group?.getAttribute('transform')).toBe('translate(300 200)')
    const text = group?.querySelector('text.annotation__ink')
    expect(text?.textContent).toBe(TEXT)
    expect(text?.getAttribute('fill')).toBe(annotationColours.cyan)
    expect(300 + Number(text?.getAttribute('x'))).toBeCloseTo(ink?.args[1] as number)
    expect(200 + Number(text?.getAttribute('y'))).toBeCloseTo(ink?.args[2] as number)
    const rect = group?.querySelector('rect.annotation__plate')
    expect(rect?.getAttribute('fill')).toBe(plateColours('cyan').fill)
    expect(300 + Number(rect?.getAttribute('x'))).toBeCloseTo(plate?.args[0] as number)
    expect(200 + Number(rect?.getAttribute('y'))).toBeCloseTo(plate?.args[1] as number)
    expect(Number(rect?.getAttribute('width'))).toBeCloseTo(plate?.args[2] as number)
    // The dot's halo is the same in both.
    const dotHalo = group?.querySelector('circle.annotation__halo')
    expect(dotHalo?.getAttribute('fill')).toBe(ANNOTATION_HALO)
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
    const right = layoutAnnotation(annotation, () => ({ x: 900, y: 100 }), { width: 1000, height: 600, scale: 1 })
    const left = layoutAnnotation(annotation, () => ({ x: 100, y: 100 }), { width: 1000, height: 600, scale: 1 })
    expect(right?.text.align).toBe('right')
    expect(right!.text.x).toBeLessThan(0)
    expect(left?.text.align).toBe('left')
    expect(left!.text.x).toBeGreaterThan(0)
  })

  it('wraps a long callout into lines within the view, the plate round all of them', () => {
    const long = geoCallout('a', 0, 0, 'Frankfurt keeps data in the European Union unless you move it yourself, 東京とは違います')
    const layout = layoutAnnotation(long, () => ({ x: 700, y: 300 }), { width: 1000, height: 600, scale: 1 })!
    const lines = layout.shapes.filter((shape) => shape.kind === 'text')
    expect(lines.length).toBeGreaterThan(1)
    const plates = layout.shapes.filter((shape) => shape.kind === 'plate')
    expect(plates).toHaveLength(1)
    const box = { left: layout.originX + layout.bounds.left, right: layout.originX + layout.bounds.right }
    expect(box.left).toBeGreaterThanOrEqual(0)
    expect(box.right).toBeLessThanOrEqual(1000)
    expect(layout.bounds.right - layout.bounds.left).toBeLessThanOrEqual(layout.text.maxWidth + 2 * layout.text.fontPx)
  })

  it('keeps a title’s lines inside the view’s height near its top edge', () => {
    const title: Annotation = {
      id: 't',
      type: 'callout',
      colour: 'white',
      size: 'large',
      anchor: { kind: 'screen', x: 0.5, y: 0 },
      text: 'A title long enough to need more than one line at the width a title wraps at, in a narrow view',
    }
    const inSmallView = (anchor: Anchor) => (anchor.kind === 'screen' ? { x: anchor.x * 500, y: anchor.y * 400 } : null)
    const layout = layoutAnnotation(title, inSmallView, { width: 500, height: 400, scale: 1 })!
    expect(layout.shapes.filter((shape) => shape.kind === 'text').length).toBeGreaterThan(1)
    expect(layout.originY + layout.bounds.top).toBeGreaterThanOrEqual(0)
    expect(layout.originY + layout.bounds.bottom).toBeLessThanOrEqual(400)
    expect(layout.originX + layout.bounds.left).toBeGreaterThanOrEqual(0)
    expect(layout.originX + layout.bounds.right).toBeLessThanOrEqual(500)
  })
})
