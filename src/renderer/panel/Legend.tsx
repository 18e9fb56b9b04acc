import type { CSSProperties } from 'react'
import { palette } from '../globe/palette'

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

export function Legend() {
  return (
    <aside data-testid="legend" className="legend" aria-label="Legend">
      <ul>
        {swatches.map((swatch) => (
          <li key={swatch.label}>
            <span className={`legend__swatch ${swatch.className}`} style={swatch.style} aria-hidden="true" />
            {swatch.label}
          </li>
        ))}
      </ul>
    </aside>
  )
}
