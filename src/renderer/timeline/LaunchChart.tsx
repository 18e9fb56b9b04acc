import { useId, useMemo } from 'react'
import { selectLaunchCounts, selectTimelineStep } from '../state/selectors'
import { useAppStore } from '../state/store'
import { launchChartLayout } from './launchChart'

/**
 * Regions launched per year, as small bars (SVG): the step shown stands
 * out, the announced regions stand at the end. The same geometry is drawn
 * into exported pictures (drawLaunchChart).
 */
export function LaunchChart() {
  const counts = useAppStore(selectLaunchCounts)
  const step = useAppStore(selectTimelineStep)
  const titleId = useId()
  const layout = useMemo(() => launchChartLayout(counts, step), [counts, step])
  if (counts.length === 0) return null
  return (
    <figure className="timeline-chart" data-testid="launch-chart">
      <figcaption className="timeline-chart__caption">Regions launched each year</figcaption>
      <svg
        className="launch-chart"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-labelledby={titleId}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={titleId}>{layout.description}</title>
        <line className="launch-chart__axis" x1={0} x2={layout.width} y1={layout.baseline + 0.5} y2={layout.baseline + 0.5} />
        {layout.bars.map((bar) => (
          <g
            key={String(bar.step)}
            className={[
              'launch-chart__bar',
              bar.current ? 'launch-chart__bar--current' : '',
              bar.announced ? 'launch-chart__bar--announced' : '',
            ].join(' ')}
            data-step={String(bar.step)}
          >
            {bar.addedHeight > 0 && <rect x={bar.x} y={bar.addedY} width={bar.width} height={bar.addedHeight} />}
            {bar.undatedHeight > 0 && (
              <rect className="launch-chart__undated" x={bar.x + 0.5} y={bar.undatedY + 0.5} width={bar.width - 1} height={bar.undatedHeight - 1} />
            )}
            {bar.value && (
              <text className="launch-chart__value" x={bar.x + bar.width / 2} y={bar.undatedY - 3} textAnchor="middle">
                {bar.value}
              </text>
            )}
            {(bar.tick || bar.current) && (
              <text className="launch-chart__tick" x={bar.x + bar.width / 2} y={layout.baseline + 13} textAnchor="middle">
                {bar.current ? bar.label.replace('Announced', 'Ann.') : bar.tick}
              </text>
            )}
          </g>
        ))}
      </svg>
    </figure>
  )
}
