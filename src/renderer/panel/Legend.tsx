import { useId, useMemo, type CSSProperties } from 'react'
import { asOfText, legendSections } from '../legend/sections'
import type { LegendSection, LegendSwatch } from '../legend/types'
import { palette } from '../theme/palette'
import { useAppStore } from '../state/store'

/** What the globe shows right now, from the legend's list of sections (legend/sections.ts): layers that are off or empty are not explained. */
export function Legend() {
  const state = useAppStore()
  const sections = useMemo(() => legendSections(state), [state])
  return (
    <aside data-testid="legend" className="legend" aria-label="Legend">
      {sections.map((section) => (
        <Section key={section.id} section={section} />
      ))}
    </aside>
  )
}

function Section({ section }: { section: LegendSection }) {
  const titleId = useId()
  return (
    <>
      {section.title && (
        <p className="legend__title">
          <span id={titleId}>{section.title}</span>
          {section.asOf && <span className="legend__date"> · {asOfText(section.asOf)}</span>}
        </p>
      )}
      <ul aria-labelledby={section.title ? titleId : undefined} style={{ gridTemplateColumns: `repeat(${section.columns}, auto)` }}>
        {section.items.map((item) => (
          <li key={item.label}>
            <span className={`legend__swatch ${swatchClass(item.swatch)}`} style={swatchStyle(item.swatch)} aria-hidden="true" />
            {item.label}
            {item.asOf && <span className="legend__date"> · {asOfText(item.asOf)}</span>}
          </li>
        ))}
      </ul>
      {section.note && <p className="legend__note">{section.note}</p>}
    </>
  )
}

function swatchClass(swatch: LegendSwatch): string {
  switch (swatch.shape) {
    case 'ring':
    case 'half':
    case 'struck':
      return `legend__ring legend__${swatch.shape}`
    case 'line':
      return 'legend__line'
    case 'dotted-ring':
      return 'legend__disc legend__dotted'
    default:
      return 'legend__disc'
  }
}

function swatchStyle(swatch: LegendSwatch): CSSProperties {
  switch (swatch.shape) {
    case 'disc':
      return { backgroundColor: swatch.colour }
    case 'ring':
      return { borderColor: swatch.colour }
    case 'half':
      return { borderColor: swatch.colour, background: `linear-gradient(to bottom, ${swatch.colour} 50%, transparent 50%)` }
    case 'struck':
      return {
        borderColor: swatch.colour,
        background: `linear-gradient(45deg, transparent 42%, ${swatch.colour} 42%, ${swatch.colour} 58%, transparent 58%)`,
      }
    case 'dotted-ring':
      return { backgroundColor: swatch.colour, outline: `2px dotted ${swatch.ring}`, outlineOffset: '2px' }
    case 'ringed-disc':
      return {
        backgroundColor: swatch.colour,
        boxShadow: `0 0 0 2px ${palette.background}, 0 0 0 4px ${swatch.ring}`,
      }
    case 'line':
      return { backgroundColor: swatch.colour, height: `${swatch.width ?? 2}px` }
  }
}
