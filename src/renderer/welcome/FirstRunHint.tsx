import { useEffect, useRef } from 'react'
import { addViewObstacle } from '../globe/viewObstacles'
import { usePresenting } from '../lesson/presenting'
import { selectTimelineStep } from '../state/selectors'
import { useAppStore } from '../state/store'
import '../styles/welcome.css'

/**
 * One line under the globe tools on a first start (in the toolbar's flow,
 * so however the tools wrap they never cover it): what the student is looking
 * at and what to try first. Dismissed, it never shows again (the choice is
 * saved with the settings). Only its button takes the pointer: the globe
 * under it stays clickable. While the time-lapse shows a year it steps
 * aside for the year's badge, which sits in the same corner (and a student
 * who found the time-lapse has found the rest).
 */
export function FirstRunHint() {
  const dismissed = useAppStore((s) => s.firstRunHintDismissed)
  const dismiss = useAppStore((s) => s.dismissFirstRunHint)
  const location = useAppStore((s) => s.userLocation)
  const presenting = usePresenting()
  const yearShown = useAppStore((s) => selectTimelineStep(s) !== null)
  const box = useRef<HTMLDivElement>(null)
  const shown = !dismissed && !presenting && !yearShown
  useEffect(() => {
    const element = box.current
    return shown && element ? addViewObstacle(element, 'hint') : undefined
  }, [shown])
  if (!shown) return null
  const what = location
    ? `Each dot is an AWS Region; the arcs are round trips from ${location.label}.`
    : 'Each dot is an AWS Region.'
  const line = `${what} Click a region for its facts · Drag to turn · Scroll to zoom · Home resets the view`
  return (
    <div className="first-run-hint__row">
      <div ref={box} className="first-run-hint" role="note" data-testid="first-run-hint">
        <p className="first-run-hint__text">{line}</p>
        <button type="button" className="first-run-hint__dismiss" onClick={dismiss}>
          Got it
        </button>
      </div>
    </div>
  )
}
