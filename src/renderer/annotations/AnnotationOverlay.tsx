import {
  useCallback,
  useEffect,
  useRef,
  type MouseEvent as ReactMouseEvent,
  type PointerEvent as ReactPointerEvent,
  type RefObject,
  type WheelEvent,
} from 'react'
import { anchorsOf, type Anchor, type Annotation } from '../../shared/annotations/schema'
import { isClick } from '../globe/picking'
import { useGlobeRuntime } from '../globe/globeRuntimeContext'
import type { GlobeRuntime } from '../globe/runtime'
import { AnnotationEditor, placeEditor } from './AnnotationEditor'
import './annotations.css'
import { newAnnotationId, useAnnotationStore } from './annotationStore'
import type { AnnotationSvgLayer } from './svgLayer'
import { fetchedSvgLayer, fetchSvgLayer } from './svgLayerCode'
import { useAnnotationKeys } from './useAnnotationKeys'
import { geoAnchorAt, movedAnchor, screenAnchorAt, viewProjector } from './viewAnchors'

/** A press that moves less than this many CSS px selects; more drags. */
const DRAG_THRESHOLD_PX = 3

interface Drag {
  id: string
  pointerId: number
  /** Removes the window listeners that follow this press. */
  release: () => void
  /** Which part is dragged: the whole annotation, or one end of an arrow. */
  part: 'all' | 'from' | 'to'
  startX: number
  startY: number
  /** Each anchor and where it was drawn when the drag began. */
  anchors: { anchor: Anchor; at: { x: number; y: number } }[]
  moving: boolean
}

/**
 * Annotations over the globe: callouts, pins and arrows anchored to places
 * or the screen. It lets the globe have every pointer event except on an
 * annotation and while a tool places one. Places follow the globe after
 * each rendered frame (an after-frame step); a change of the annotations repaints
 * at once, without asking the globe for a frame.
 */
export function AnnotationOverlay() {
  const globe = useGlobeRuntime()
  const svg = useRef<SVGSVGElement>(null)
  const editor = useRef<HTMLTextAreaElement | null>(null)
  const paint = useRef<() => void>(() => {})
  const press = useRef<{ x: number; y: number } | null>(null)
  const drag = useRef<Drag | null>(null)
  const tool = useAnnotationStore((state) => state.tool)
  const editing = useAnnotationStore((state) => editedAnnotation(state.editingId, state.draft, state.annotations))

  useEffect(() => {
    const element = svg.current
    if (!globe || !element) return
    let svgLayer: AnnotationSvgLayer | null = null
    let disposed = false
    const repaint = (): void => {
      const state = useAnnotationStore.getState()
      const runtime = globe
      const list = state.draft ? [...state.annotations, state.draft] : state.annotations
      if (!svgLayer) {
        // Nothing was drawn yet: the layer's code comes with the first annotation, unless fetched ahead of time.
        if (list.length === 0) return
        const Layer = fetchedSvgLayer()
        if (!Layer) {
          fetchSvgLayer().then(
            () => !disposed && repaint(),
            (error: unknown) => console.error('InfraGlobe: the annotations cannot be drawn', error),
          )
          return
        }
        svgLayer = new Layer(element)
      }
      const view = { project: viewProjector(runtime), width: runtime.width, height: runtime.height }
      svgLayer.render(list, view, state)
      runtime.annotationBoxes = svgLayer.boxes()
      placeEditor(editor.current, state.editingId ? svgLayer.layoutOf(state.editingId) : null)
    }
    paint.current = repaint
    const removeStep = globe.afterFrame.add('annotations', repaint)
    repaint()
    const unsubscribe = useAnnotationStore.subscribe(repaint)
    return () => {
      disposed = true
      unsubscribe()
      removeStep()
      paint.current = () => {}
      svgLayer?.dispose()
      globe.annotationBoxes = []
      drag.current?.release()
      drag.current = null
    }
  }, [globe])

  useAnnotationKeys()
  useDeselectOnPressElsewhere(svg)

  const editorRef = useCallback((input: HTMLTextAreaElement | null) => {
    editor.current = input
    if (input) paint.current()
  }, [])

  const local = (event: { clientX: number; clientY: number }): { x: number; y: number } => {
    const rect = svg.current?.getBoundingClientRect()
    return { x: event.clientX - (rect?.left ?? 0), y: event.clientY - (rect?.top ?? 0) }
  }

  const onPlacePointerDown = (event: ReactPointerEvent<HTMLDivElement>): void => {
    if (event.button !== 0 || !tool) return
    press.current = local(event)
  }

  const onPlacePointerUp = (event: ReactPointerEvent<HTMLDivElement>): void => {
    const start = press.current
    press.current = null
    if (event.button !== 0 || !start || !globe) return
    const at = local(event)
    if (isClick(start.x, start.y, at.x, at.y)) place(globe, at.x, at.y)
  }

  /*
   * A press on an annotation selects it; moving it past a few px drags it
   * (or one end of an arrow). The moves and the release are followed on the
   * window, not by capturing the pointer: a capture would retarget the
   * click and double-click that follow to the SVG, and double-click would
   * no longer find the annotation it was made on.
   */
  const onAnnotationPointerDown = (event: ReactPointerEvent<SVGSVGElement>): void => {
    if (event.button !== 0 || !globe || tool) return
    const target = event.target as Element
    const id = target.closest<SVGGElement>('[data-annotation-id]')?.dataset.annotationId
    const state = useAnnotationStore.getState()
    const annotation = state.annotations.find((candidate) => candidate.id === id)
    if (!annotation) return
    event.preventDefault()
    event.stopPropagation()
    state.select(annotation.id)
    const project = viewProjector(globe)
    const anchors = anchorsOf(annotation).map((anchor) => ({ anchor, at: project(anchor) }))
    if (anchors.some((entry) => entry.at === null)) return
    const handle = target.closest<SVGElement>('[data-handle]')?.dataset.handle
    const start = local(event)
    drag.current?.release()
    const pointerId = event.pointerId
    const onMove = (move: PointerEvent): void => {
      if (move.pointerId === pointerId) dragTo(move)
    }
    const onUp = (up: PointerEvent): void => {
      if (up.pointerId === pointerId) endDrag(up.type === 'pointercancel')
    }
    window.addEventListener('pointermove', onMove, true)
    window.addEventListener('pointerup', onUp, true)
    window.addEventListener('pointercancel', onUp, true)
    drag.current = {
      id: annotation.id,
      pointerId,
      release: () => {
        window.removeEventListener('pointermove', onMove, true)
        window.removeEventListener('pointerup', onUp, true)
        window.removeEventListener('pointercancel', onUp, true)
      },
      part: handle === 'from' || handle === 'to' ? handle : 'all',
      startX: start.x,
      startY: start.y,
      anchors: anchors as Drag['anchors'],
      moving: false,
    }
  }

  const dragTo = (event: PointerEvent): void => {
    const current = drag.current
    if (!current || !globe) return
    const at = local(event)
    const dx = at.x - current.startX
    const dy = at.y - current.startY
    const store = useAnnotationStore.getState()
    if (!current.moving) {
      if (Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return
      current.moving = true
      store.beginGesture()
    }
    const moved = current.anchors.map(({ anchor, at: origin }, i) => {
      const part = i === 0 ? 'from' : 'to'
      return current.part === 'all' || current.part === part ? movedAnchor(globe, anchor, origin, dx, dy) : anchor
    })
    store.update(current.id, (annotation) => withAnchors(annotation, moved))
  }

  const endDrag = (cancelled: boolean): void => {
    const current = drag.current
    if (!current) return
    current.release()
    drag.current = null
    if (!current.moving) return
    if (cancelled) useAnnotationStore.getState().cancelGesture()
    else useAnnotationStore.getState().endGesture()
  }

  const onDoubleClick = (event: ReactMouseEvent<SVGSVGElement>): void => {
    const id = (event.target as Element).closest<SVGGElement>('[data-annotation-id]')?.dataset.annotationId
    if (id) useAnnotationStore.getState().startEditing(id)
  }

  // The wheel zooms the globe even over an annotation or while placing.
  const onWheel = (event: WheelEvent<HTMLDivElement>): void => {
    const target = globe?.canvas?.closest('.globe')
    target?.dispatchEvent(new globalThis.WheelEvent('wheel', event.nativeEvent))
  }

  return (
    <div
      className={tool ? 'annotation-overlay annotation-overlay--placing' : 'annotation-overlay'}
      data-testid="annotation-overlay"
      data-tool={tool ?? undefined}
      onPointerDown={onPlacePointerDown}
      onPointerUp={onPlacePointerUp}
      onWheel={onWheel}
    >
      <svg
        ref={svg}
        className="annotation-overlay__svg"
        role="img"
        aria-label="Annotations"
        onPointerDown={onAnnotationPointerDown}
        onDoubleClick={onDoubleClick}
      />
      {editing && <AnnotationEditor key={editing.id} annotation={editing} inputRef={editorRef} />}
    </div>
  )
}

function editedAnnotation(
  editingId: string | null,
  draft: Annotation | null,
  annotations: readonly Annotation[],
): Annotation | null {
  if (editingId === null) return null
  if (draft?.id === editingId) return draft
  return annotations.find((annotation) => annotation.id === editingId) ?? null
}

function withAnchors(annotation: Annotation, anchors: readonly Anchor[]): Annotation {
  const [first, second] = anchors
  if (!first) return annotation
  if (annotation.type === 'arrow') return { ...annotation, from: first, to: second ?? annotation.to }
  if (annotation.type === 'pin') return first.kind === 'geo' ? { ...annotation, anchor: first } : annotation
  return { ...annotation, anchor: first }
}

/** What a click does with the current tool: starts a new annotation there (an arrow takes two clicks). */
function place(runtime: GlobeRuntime, x: number, y: number): void {
  const store = useAnnotationStore.getState()
  const { tool, style, draft } = store
  const geo = geoAnchorAt(runtime, x, y)
  const common = { id: newAnnotationId(), colour: style.colour, size: style.size, text: '' }
  switch (tool) {
    case 'note': {
      const anchor = screenAnchorAt(runtime, x, y)
      if (!anchor) return
      store.startDraft({ ...common, type: 'callout', anchor })
      store.editDraft()
      return
    }
    case 'callout':
    case 'pin':
      if (!geo) return
      store.startDraft(tool === 'pin' ? { ...common, type: 'pin', anchor: geo } : { ...common, type: 'callout', anchor: geo })
      store.editDraft()
      return
    case 'arrow': {
      const anchor = geo ?? screenAnchorAt(runtime, x, y)
      if (!anchor) return
      if (draft?.type === 'arrow') {
        store.updateDraft((current) => (current.type === 'arrow' ? { ...current, to: anchor } : current))
        store.editDraft()
      } else {
        store.startDraft({ ...common, type: 'arrow', from: anchor, to: anchor })
      }
      return
    }
    default:
      return
  }
}

/** A press anywhere but on an annotation, the editor or the globe tools clears the selection. */
function useDeselectOnPressElsewhere(svg: RefObject<SVGSVGElement | null>): void {
  useEffect(() => {
    const onPointerDown = (event: PointerEvent): void => {
      const target = event.target
      if (!(target instanceof Element)) return
      if (target.closest('[data-annotation-id], .annotation-editor, .globe-tools')) return
      if (svg.current?.contains(target)) return
      if (useAnnotationStore.getState().selectedId !== null) useAnnotationStore.getState().select(null)
    }
    window.addEventListener('pointerdown', onPointerDown, true)
    return () => window.removeEventListener('pointerdown', onPointerDown, true)
  }, [svg])
}
