import { useEffect, useId, useMemo, useRef, type CSSProperties } from 'react'
import { addViewObstacle } from '../globe/viewObstacles'
import { registerFoldedLegend, registerFullLegend, useLegendFold } from '../legend/legendFold'
import { markPath } from '../legend/markShapes'
import { asOfText, legendSections } from '../legend/sections'
import { isMarkSwatch, type LegendSection, type LegendSwatch } from '../legend/types'
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
  const line = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const element = shown.current
    return element ? addViewObstacle(element, 'legend') : undefined
  }, [])
  useEffect(() => {
    registerFullLegend(folded ? full.current : shown.current)
    registerFoldedLegend(folded ? shown.current : line.current)
    return () => {
      registerFullLegend(null)
      registerFoldedLegend(null)
    }
  }, [folded, presenting, sections.length])

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
      {!folded && !empty && presenting && (
        <div ref={line} className="legend legend--folded legend--measure" aria-hidden="true" inert>
          <span className="legend__toggle">Legend ▸</span>
          <FoldedLine sections={sections} />
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
        <p className="legend__title">
          <span id={titleId}>{section.title}</span>
          {section.asOf && <span className="legend__date"> · {asOfText(section.asOf)}</span>}
        </p>
      )}
      <ul aria-labelledby={section.title ? titleId : undefined} style={{ gridTemplateColumns: `repeat(${section.columns}, auto)` }}>
        {section.items.map((item) => (
          <li key={item.label}>
            <Swatch swatch={item.swatch} />
            {item.label}
            {item.asOf && <span className="legend__date"> · {asOfText(item.asOf)}</span>}
          </li>
        ))}
      </ul>
      {section.note && <p className="legend__note">{section.note}</p>}
    </>
  )
}

/** A marker swatch as CSS (discs, rings, lines), or an edge or zone mark as a small SVG of the globe's shape. */
function Swatch({ swatch }: { swatch: LegendSwatch }) {
  if (isMarkSwatch(swatch)) {
    const hollow = swatch.hollow === true
    return (
      <svg className="legend__swatch legend__mark" viewBox="-8 -8 16 16" aria-hidden="true">
        <path
          d={markPath(swatch.shape, hollow ? 5.6 : 6.4)}
          fill={hollow ? 'none' : swatch.colour}
          stroke={hollow ? swatch.colour : palette.labelHalo}
          strokeWidth={hollow ? 2.2 : 1.2}
          strokeLinejoin="round"
        />
      </svg>
    )
  }
  return <span className={`legend__swatch ${swatchClass(swatch)}`} style={swatchStyle(swatch)} aria-hidden="true" />
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
    default:
      return {}
  }
}
