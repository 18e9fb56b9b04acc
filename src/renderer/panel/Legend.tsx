import { useId, useMemo, type CSSProperties } from 'react'
import { legendSections } from '../legend/sections'
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
        <p className="legend__title" id={titleId}>
          {section.title}
        </p>
      )}
      <ul aria-labelledby={section.title ? titleId : undefined} style={{ gridTemplateColumns: `repeat(${section.columns}, auto)` }}>
        {section.items.map((item) => (
          <li key={item.label}>
            <span className={`legend__swatch ${swatchClass(item.swatch)}`} style={swatchStyle(item.swatch)} aria-hidden="true" />
            {item.label}
          </li>
        ))}
      </ul>
      {section.note && <p className="legend__note">{section.note}</p>}
    </>
  )
}

function swatchClass(swatch: LegendSwatch): string {
  return swatch.shape === 'ring' ? 'legend__ring' : swatch.shape === 'line' ? 'legend__line' : 'legend__disc'
}

function swatchStyle(swatch: LegendSwatch): CSSProperties {
  switch (swatch.shape) {
    case 'disc':
      return { backgroundColor: swatch.colour }
    case 'ring':
      return { borderColor: swatch.colour }
    case 'ringed-disc':
      return {
        backgroundColor: swatch.colour,
        boxShadow: `0 0 0 2px ${palette.background}, 0 0 0 4px ${swatch.ring}`,
      }
    case 'line':
      return { backgroundColor: swatch.colour, height: `${swatch.width ?? 2}px` }
  }
}
