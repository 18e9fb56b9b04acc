import { useId, useLayoutEffect, useMemo, useRef } from 'react'
import { azSummaryText } from '../../shared/azs'
import { addViewObstacle } from '../globe/viewObstacles'
import { selectDrillView, type DrillView } from '../state/selectors'
import { usePresenting } from '../lesson/presenting'
import { useAppStore } from '../state/store'
import '../styles/azs.css'
import { layoutAzDiagram } from './azLayout'
import { AzDiagram } from './AzDiagram'
import { azStatementsText, PATTERN_LETTER, patternName, statementSource, verdictWord } from './azWording'
import { toggleFailed } from './drillEdits'

/**
 * "Inside this region", over the globe: the region's AZs as separate boxes
 * labelled with their AZ IDs (or AZ 1…n where AWS publishes none), the
 * deployments placed in them, and what keeps serving when AZs fail. Open
 * while the store holds a drill (a lesson scene can open it); a click on an
 * AZ, or Enter or Space on it, fails or restores it. The same drawing goes
 * into an exported image (drawAzView).
 */
export function AzView() {
  const view = useAppStore(selectDrillView)
  const setDrill = useAppStore((s) => s.setDrill)
  const headingId = useId()
  const presenting = usePresenting()
  const ref = useRef<HTMLElement>(null)
  useLayoutEffect(() => (presenting ? keepAboveCaption(ref.current) : undefined), [presenting, view.kind])
  // A scene's subject is framed clear of the view: "Inside us-east-1" must not hide us-east-1.
  useLayoutEffect(() => (ref.current ? addViewObstacle(ref.current, 'panel') : undefined), [view.kind])
  if (view.kind === 'closed') return null
  const code = view.kind === 'missing' ? view.code : view.region.code
  return (
    <section
      ref={ref}
      className={view.kind === 'ready' && view.drill.placements.length > 0 ? 'az-view az-view--drill' : 'az-view'}
      data-testid="az-view"
      aria-labelledby={headingId}
    >
      <header className="az-view__header">
        <h2 id={headingId} className="az-view__title">
          Inside {code}
          {view.kind !== 'missing' && <span className="az-view__name"> · {view.region.name}</span>}
        </h2>
        <button type="button" className="az-view__close" aria-label="Close the AZ view" onClick={() => setDrill(null)}>
          ×
        </button>
      </header>
      <AzViewBody view={view} />
    </section>
  )
}

/**
 * While presenting, the view ends above the caption, whatever the caption's
 * length: the class reads both. Returns the clean-up.
 */
function keepAboveCaption(section: HTMLElement | null): (() => void) | undefined {
  const caption = document.querySelector<HTMLElement>('[data-testid="presenter-caption"]')
  if (!section || !caption || typeof ResizeObserver !== 'function') return undefined
  const fit = (): void => {
    const room = caption.getBoundingClientRect().top - section.getBoundingClientRect().top - 12
    section.style.maxHeight = `${Math.max(120, room)}px`
  }
  fit()
  const observer = new ResizeObserver(fit)
  observer.observe(caption)
  observer.observe(document.documentElement)
  return () => {
    observer.disconnect()
    section.style.maxHeight = ''
  }
}

function AzViewBody({ view }: { view: Exclude<DrillView, { kind: 'closed' }> }) {
  const dataset = useAppStore((s) => s.dataset)
  const setDrill = useAppStore((s) => s.setDrill)
  const layout = useMemo(
    () =>
      view.kind === 'ready'
        ? layoutAzDiagram({ azs: view.summary.azs, failed: new Set(view.drill.failedAzIds), placements: view.drill.placements })
        : null,
    [view],
  )
  switch (view.kind) {
    case 'missing':
      return <p className="az-view__unknown">The dataset has no region {view.code}: nothing to show.</p>
    case 'unknown':
      return (
        <p className="az-view__unknown" data-testid="az-view-unknown">
          AZ count unknown or disputed: no source gives it, or the sources disagree, so no AZs are drawn rather than a
          guess.
        </p>
      )
    case 'invalid':
      return (
        <p className="az-view__unknown">
          This drill names AZs {view.region.code} does not have: {view.problems.join('; ')}.
        </p>
      )
    case 'ready': {
      const { outcome, summary, drill } = view
      const statements = dataset?.availabilityZones.statements
      return (
        <>
          <p className="az-view__count">
            <span className="az-view__summary">{azSummaryText(summary)} · </span>
            <strong>schematic: AWS publishes no sites</strong>
          </p>
          {layout && (
            <AzDiagram
              layout={layout}
              label={`The AZs of ${view.region.code}`}
              onToggle={(key) => setDrill(toggleFailed(drill, key))}
            />
          )}
          {outcome.patterns.length > 0 ? (
            <ul className="az-view__outcomes" aria-live="polite" data-testid="drill-outcomes">
              {outcome.patterns.map((p) => (
                <li
                  key={p.placement.pattern}
                  className={`az-view__outcome az-view__outcome--${p.serving ? 'serving' : 'down'}`}
                  data-pattern={p.placement.pattern}
                  data-serving={p.serving}
                >
                  <span className="az-view__verdict">
                    <span aria-hidden="true">{p.serving ? '✓' : '✕'} </span>
                    {verdictWord(p)}
                  </span>{' '}
                  <span className="az-view__pattern">
                    {PATTERN_LETTER[p.placement.pattern]} · {patternName(p.placement)}:
                  </span>{' '}
                  <span className="az-view__reason">
                    {p.reason}
                    {p.caveat && <span className="az-view__caveat"> ({p.caveat})</span>}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="az-view__hint">
              Place a deployment under <em>Inside (AZs)</em> in the region&rsquo;s details, then click an AZ to fail it.
            </p>
          )}
          {outcome.summary && (
            <p className="az-view__all-down" role="status">
              {outcome.summary}
            </p>
          )}
          {statements && dataset && (
            <p className="az-view__facts">
              {azStatementsText(statements)}{' '}
              <span className="az-view__source">Source: {statementSource(dataset, statements.definition)}.</span>
            </p>
          )}
        </>
      )
    }
  }
}
