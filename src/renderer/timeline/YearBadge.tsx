import { stepLabel } from '../../shared/timeline'
import { useReachStore } from '../reach/reachStore'
import { selectYearView } from '../state/selectors'
import { useAppStore } from '../state/store'
import { usePopulationReach } from '../reach/populationReach'
import { shortCountLine } from './countLine'
import { player, usePlayingStore } from './player'
import '../styles/timeline.css'

/**
 * The time-lapse's year over the globe, in type that reads at the back of a
 * room, with a short count line (the new regions carry their own "new" on
 * the globe), while a year is shown; at the top left, under the tools and
 * clear of the globe's middle. Play/Pause is here too, for a presenter
 * whose panel is folded away.
 */
export function YearBadge() {
  const view = useAppStore(selectYearView)
  const population = usePopulationReach()
  const step = view.step
  const reachOn = useAppStore((s) => s.layers.reach)
  const computing = useReachStore((s) => s.computingStep)
  const playing = usePlayingStore((s) => s.playing)
  if (step === null) return null
  return (
    <div className="year-badge" data-testid="year-badge">
      <p className="year-badge__year">{stepLabel(step)}</p>
      <p className="year-badge__line" data-testid="year-badge-line" aria-live="polite">
        {shortCountLine(view, population)}
      </p>
      {reachOn && computing !== null && <p className="year-badge__status">Reach of {stepLabel(computing)}: computing…</p>}
      <button
        type="button"
        className="button year-badge__play"
        aria-pressed={playing}
        aria-label={playing ? 'Pause the time-lapse' : 'Play the time-lapse'}
        onClick={() => (playing ? player.pause() : player.play())}
      >
        {playing ? 'Pause' : 'Play'}
      </button>
    </div>
  )
}
