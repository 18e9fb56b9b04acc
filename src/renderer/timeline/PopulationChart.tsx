import { useId, useMemo, useState } from 'react'
import { CONTINENT_CODES, CONTINENT_NAMES, type ContinentCode } from '../../shared/continents/schema'
import { latencyBands } from '../globe/latencyBands'
import { usePopulationReach } from '../reach/populationReach'
import { useReachStore } from '../reach/reachStore'
import { selectReachStep } from '../state/selectors'
import { useAppStore } from '../state/store'
import { populationChartLayout, type PopulationArea } from './populationChart'

/** Each threshold's line takes the colour of the band it closes, so 50 ms reads as the arcs' "< 50 ms". */
const lineColour = (withinMs: number) => (withinMs <= 50 ? latencyBands[0]?.colour : latencyBands[1]?.colour) ?? 'currentColor'

/**
 * Population reach: the share of city dwellers within 50 and 100 ms of a
 * region, 2006 → now → announced, for the world or one continent, with the
 * step shown marked. Counted by the reach worker; says what it counts.
 */
export function PopulationChart() {
  const population = usePopulationReach()
  const error = useReachStore((s) => s.populationError)
  const step = useAppStore(selectReachStep)
  const [area, setArea] = useState<PopulationArea>('world')
  const titleId = useId()
  const areaId = useId()
  const layout = useMemo(
    () => (population ? populationChartLayout(population.rows, area, step) : null),
    [population, area, step],
  )
  const continents = useMemo(
    () => CONTINENT_CODES.filter((code) => population?.rows.some((row) => row.shares[0]?.byContinent[code])),
    [population],
  )

  return (
    <figure className="timeline-chart" data-testid="population-chart">
      <figcaption className="timeline-chart__caption">
        City dwellers within reach
        <label className="timeline-chart__area" htmlFor={areaId}>
          <span className="visually-hidden">Area</span>
          <select id={areaId} value={area} onChange={(event) => setArea(event.target.value as PopulationArea)}>
            <option value="world">the world</option>
            {continents.map((code) => (
              <option key={code} value={code}>
                {CONTINENT_NAMES[code as ContinentCode]}
              </option>
            ))}
          </select>
        </label>
      </figcaption>
      {error ? (
        <p className="timeline-chart__empty" role="alert">
          Population reach could not be counted: {error}
        </p>
      ) : !layout ? (
        <p className="timeline-chart__empty" role="status">
          Counting the city dwellers near each year&rsquo;s regions…
        </p>
      ) : (
        <>
          <svg className="population-chart" viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-labelledby={titleId}>
            <title id={titleId}>{layout.description}</title>
            {layout.grid.map((line) => (
              <g key={line.label} className="population-chart__grid">
                <line x1={layout.left} x2={layout.width - 8} y1={line.y} y2={line.y} />
                <text x={layout.left - 5} y={line.y + 4} textAnchor="end">
                  {line.label}
                </text>
              </g>
            ))}
            {layout.ticks.map((tick) => (
              <text key={tick.label} className="population-chart__tick" x={tick.x} y={layout.height - 5} textAnchor="middle">
                {tick.label}
              </text>
            ))}
            {layout.currentX !== null && (
              <line className="population-chart__current" x1={layout.currentX} x2={layout.currentX} y1={layout.top} y2={layout.baseline} />
            )}
            {layout.lines.map((line) => (
              <path key={line.withinMs} className="population-chart__line" d={line.path} style={{ stroke: lineColour(line.withinMs) }} />
            ))}
          </svg>
          <ul className="population-chart__key">
            {layout.lines.map((line) => (
              <li key={line.withinMs}>
                <span className="population-chart__swatch" style={{ backgroundColor: lineColour(line.withinMs) }} aria-hidden="true" />
                within {line.withinMs} ms
              </li>
            ))}
          </ul>
          <p className="timeline-chart__note">Counted over {population?.basis}.</p>
        </>
      )}
    </figure>
  )
}
