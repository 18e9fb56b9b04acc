import { useId, type ChangeEvent } from 'react'
import { stepLabel, type TimelineStep } from '../../shared/timeline'
import { selectTimelineSteps, selectYearView } from '../state/selectors'
import { useAppStore } from '../state/store'
import { player, usePlayingStore } from './player'

/**
 * Labels under the slider: the first year, every fifth, and the announced
 * step (the as-of year, right beside it, is read from the large year).
 */
function tickLabel(step: TimelineStep, index: number, count: number): string | null {
  if (step === 'announced') return 'Ann.'
  if (index === 0 || (step % 5 === 0 && index < count - 3)) return String(step)
  return null
}

/**
 * The time-lapse's year: the year in large type, a slider over every step
 * (2006 → the data's year → announced; ←/→ a year while it has the focus,
 * Home and End the ends), a step back and forward, Play/Pause (about a
 * second a year), and the way back to today. Self-contained: it reads and
 * sets the app store's year and can be placed anywhere.
 */
export function YearControl() {
  const steps = useAppStore(selectTimelineSteps)
  const view = useAppStore(selectYearView)
  const setYear = useAppStore((s) => s.setYear)
  const playing = usePlayingStore((s) => s.playing)
  const labelId = useId()
  const sliderId = useId()
  if (steps.length === 0) return null

  const last = steps.length - 1
  const index = view.step === null ? last : Math.max(0, steps.indexOf(view.step))
  const label = view.step === null ? 'Today' : stepLabel(view.step)
  const go = (to: number) => {
    player.pause()
    const step = steps[Math.min(last, Math.max(0, to))]
    if (step !== undefined) setYear(step)
  }
  const onSlider = (event: ChangeEvent<HTMLInputElement>) => go(Number(event.target.value))

  return (
    <div className="year-control" role="group" aria-labelledby={labelId} data-testid="year-control">
      <div className="year-control__head">
        <span id={labelId} className="year-control__caption">
          Time-lapse
        </span>
        <output className="year-control__year" htmlFor={sliderId} data-testid="year-shown" aria-live="polite">
          {label}
        </output>
      </div>
      <div className="year-control__row">
        <button
          type="button"
          className="button year-control__step"
          aria-label="Previous year"
          disabled={view.step !== null && index === 0}
          onClick={() => go(view.step === null ? last - 1 : index - 1)}
        >
          ◀
        </button>
        <div className="year-control__track">
          <input
            id={sliderId}
            className="year-control__slider"
            type="range"
            min={0}
            max={last}
            step={1}
            value={index}
            aria-label="Year"
            aria-valuetext={label}
            onChange={onSlider}
          />
          <ol className="year-control__ticks" aria-hidden="true">
            {steps.map((step, i) => {
              const text = tickLabel(step, i, steps.length)
              // Where the thumb's centre sits at this step: the track is inset by half a thumb at each end.
              const at = `calc(var(--thumb) / 2 + (100% - var(--thumb)) * ${i / last})`
              return text === null ? null : (
                <li key={String(step)} className={i === index ? 'year-control__tick year-control__tick--current' : 'year-control__tick'} style={{ left: at }}>
                  {text}
                </li>
              )
            })}
          </ol>
        </div>
        <button
          type="button"
          className="button year-control__step"
          aria-label="Next year"
          disabled={view.step === null || index === last}
          onClick={() => go(index + 1)}
        >
          ▶
        </button>
        <button
          type="button"
          className="button year-control__play"
          aria-pressed={playing}
          onClick={() => (playing ? player.pause() : player.play())}
        >
          {playing ? 'Pause' : 'Play'}
        </button>
      </div>
      {view.step !== null && (
        <button type="button" className="link-button year-control__today" onClick={() => {
            player.pause()
            setYear(null)
          }}>
          Back to today
        </button>
      )}
    </div>
  )
}
