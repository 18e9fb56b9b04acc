import { useEffect, useId, useMemo, useRef, type CSSProperties } from 'react'
import { addViewObstacle } from '../globe/viewObstacles'
import { registerFullLegend, useLegendFold } from '../legend/legendFold'
import { legendSections } from '../legend/sections'
import type { LegendSection, LegendSwatch } from '../legend/types'
import { useLessonStore } from '../lesson/lessonStore'
import { palette } from '../theme/palette'
import { useAppStore } from '../state/store'

/**
 * What the globe shows right now, from the legend's list of sections
 * (legend/sections.ts): layers that are off or empty are not explained. It
 * folds to a single line (its toggle, or by itself while presenting when it
 * would cover the scene's subject); folded, a copy of the full legend stays
 * laid out, unseen, so presenting can tell whether unfolding would cover
 * the subject.
 */
export function Legend() {
  const state = useAppStore()
  const sections = useMemo(() => legendSections(state), [state])
  const presenting = useLessonStore((s) => s.presenting)
  const { folded: userFolded, autoFolded, toggle } = useLegendFold()
  const folded = userFolded || (presenting && autoFolded)
  const shown = useRef<HTMLElement>(null)
  const full = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const element = shown.current
    return element ? addViewObstacle(element, 'legend') : undefined
  }, [])
  useEffect(() => {
    registerFullLegend(folded ? full.current : shown.current)
    return () => registerFullLegend(null)
  }, [folded])

  const empty = sections.length === 0
  return (
    <>
      <aside
        ref={shown}
        data-testid="legend"
        className={empty ? 'legend legend--empty' : folded ? 'legend legend--folded' : 'legend'}
        aria-label="Legend"
      >
        {!empty && (
          <button
            type="button"
            className="legend__toggle"
            aria-expanded={!folded}
            title={folded ? 'Show the whole legend' : 'Fold the legend to one line'}
            onClick={toggle}
          >
            {folded ? 'Legend ▸' : 'Fold ▾'}
          </button>
        )}
        {folded ? <FoldedLine sections={sections} /> : sections.map((section) => <Section key={section.id} section={section} />)}
      </aside>
      {folded && !empty && (
        <div ref={full} className="legend legend--measure" aria-hidden="true" inert>
          {sections.map((section) => (
            <Section key={section.id} section={section} />
          ))}
        </div>
      )}
    </>
  )
}

/** Every entry on one line, as far as it goes. */
function FoldedLine({ sections }: { sections: readonly LegendSection[] }) {
  return (
    <p className="legend__line-up">
      {sections.flatMap((section) =>
        section.items.map((item) => (
          <span key={`${section.id}:${item.label}`} className="legend__inline">
            <span className={`legend__swatch ${swatchClass(item.swatch)}`} style={swatchStyle(item.swatch)} aria-hidden="true" />
            {item.label}
          </span>
        )),
      )}
    </p>
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
