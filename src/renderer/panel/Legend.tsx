import { useId, type CSSProperties } from 'react'
import { latencyBands } from '../globe/latencyBands'
import { palette } from '../globe/palette'
import { useAppStore } from '../state/store'

// The swatches take their colours from the globe's palette, so the legend
// cannot disagree with the picture. Shapes differ as well as colours.
const swatches: readonly { label: string; className: string; style: CSSProperties }[] = [
  { label: 'Available region', className: 'legend__disc', style: { backgroundColor: palette.regionAvailable } },
  { label: 'Announced region', className: 'legend__ring', style: { borderColor: palette.regionAnnounced } },
  {
    // As the globe draws it: the region's disc inside a separate ring.
    label: 'Selected region',
    className: 'legend__disc',
    style: {
      backgroundColor: palette.regionAvailable,
      boxShadow: `0 0 0 2px ${palette.background}, 0 0 0 4px ${palette.regionSelected}`,
    },
  },
  { label: 'Country borders', className: 'legend__line', style: { backgroundColor: palette.border } },
]

const networkSwatch = {
  label: 'Network link (schematic)',
  className: 'legend__line',
  style: { backgroundColor: palette.networkLink },
}
const pinSwatch = { label: 'Your location', className: 'legend__disc', style: { backgroundColor: palette.userPin } }

/** What the globe shows right now: the layers that are off or empty are not explained. */
export function Legend() {
  const networkOn = useAppStore((s) => s.layers.network)
  const arcsOn = useAppStore((s) => s.layers.latencyArcs)
  const located = useAppStore((s) => s.userLocation !== null)
  const arcsTitleId = useId()
  const shown = [...swatches, ...(networkOn ? [networkSwatch] : []), ...(located ? [pinSwatch] : [])]
  return (
    <aside data-testid="legend" className="legend" aria-label="Legend">
      <ul>
        {shown.map((swatch) => (
          <li key={swatch.label}>
            <span className={`legend__swatch ${swatch.className}`} style={swatch.style} aria-hidden="true" />
            {swatch.label}
          </li>
        ))}
      </ul>
      {arcsOn && located && (
        <>
          <p className="legend__title" id={arcsTitleId}>
            Latency arcs: estimated round trip
          </p>
          <ul aria-labelledby={arcsTitleId} className="legend__bands">
            {latencyBands.map((band) => (
              <li key={band.id}>
                <span className="legend__swatch legend__line" style={{ backgroundColor: band.colour }} aria-hidden="true" />
                {band.label}
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  )
}
