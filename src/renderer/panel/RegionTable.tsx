import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { Region } from '../../shared/dataset/schema'
import { toggleCompared } from '../compare/compareSelection'
import { selectPriceIndexes, selectRegionEmphasis } from '../state/selectors'
import { useAppStore } from '../state/store'
import '../styles/regionTable.css'
import { CompareBar } from './CompareBar'
import { MarkerColouringToggle } from './MarkerColouringToggle'
import { PRICE_INDEX_DEFINITION, priceIndexText } from '../wording/priceIndexWording'
import { filterRegions, foldText } from '../wording/regionSearch'
import { DEFAULT_SORT, nextSortOrder, sortRegions, type SortKey, type SortOrder } from './regionSort'
import { azCountText, launchYearText } from '../wording/regionWording'

const NO_REGIONS: readonly Region[] = []

const COLUMNS: readonly { key: SortKey; label: string; numeric?: boolean; title?: string }[] = [
  { key: 'code', label: 'Code' },
  { key: 'name', label: 'Name' },
  { key: 'country', label: 'Country' },
  { key: 'launchYear', label: 'Launched', numeric: true },
  { key: 'azCount', label: 'AZs', numeric: true },
  { key: 'priceIndex', label: 'Price index', numeric: true, title: PRICE_INDEX_DEFINITION },
  { key: 'status', label: 'Status' },
]

/**
 * Every region as a sortable, filterable table. The rows form one tab stop
 * (a roving tabindex): Tab enters the table at the selected or last-visited
 * row, the arrow keys, Home and End move between rows, Enter or Space selects.
 * Each row's code cell holds a "Compare" checkbox (reachable with Tab from
 * the focused row); regions outside the user's constraints are dimmed, with
 * the reason in words for screen readers.
 */
export function RegionTable() {
  const regions = useAppStore((s) => s.dataset?.regions ?? NO_REGIONS)
  const prices = useAppStore(selectPriceIndexes)
  const emphasis = useAppStore(selectRegionEmphasis)
  const compared = useAppStore((s) => s.compareCodes)
  const selectedCode = useAppStore((s) => s.selectedCode)
  const select = useAppStore((s) => s.select)
  const hover = useAppStore((s) => s.hover)

  const [query, setQuery] = useState('')
  const [order, setOrder] = useState<SortOrder>(DEFAULT_SORT)
  const [activeCode, setActiveCode] = useState<string | null>(selectedCode)
  const rowElements = useRef(new Map<string, HTMLTableRowElement>())
  const countId = useId()

  // A selection made elsewhere (on the globe) moves the tab stop to it, so the
  // next Tab into the table lands on the region being talked about.
  const [seenSelection, setSeenSelection] = useState(selectedCode)
  if (seenSelection !== selectedCode) {
    setSeenSelection(selectedCode)
    if (selectedCode) setActiveCode(selectedCode)
  }

  const rows = useMemo(() => sortRegions(filterRegions(regions, query), order, prices), [regions, query, order, prices])
  const tabStop = rows.find((r) => r.code === activeCode)?.code ?? rows[0]?.code ?? null

  // Keep the selected row in view without moving focus: the presenter may be
  // clicking on the globe, and focus jumping into the table would be a surprise.
  useEffect(() => {
    if (selectedCode) rowElements.current.get(selectedCode)?.scrollIntoView({ block: 'nearest' })
  }, [selectedCode])

  const focusRow = (index: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))]
    if (!row) return
    setActiveCode(row.code)
    rowElements.current.get(row.code)?.focus()
  }

  const choose = (code: string) => {
    setActiveCode(code)
    select(code, { fly: true })
  }

  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, code: string) => {
    // Keys pressed in the row's checkbox are the checkbox's (Space ticks it).
    if (event.target !== event.currentTarget) return
    switch (event.key) {
      case 'ArrowDown':
        focusRow(index + 1)
        break
      case 'ArrowUp':
        focusRow(index - 1)
        break
      case 'Home':
        focusRow(0)
        break
      case 'End':
        focusRow(rows.length - 1)
        break
      case 'Enter':
      case ' ':
        choose(code)
        break
      default:
        return
    }
    event.preventDefault()
  }

  const onFilterKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowDown' || !tabStop) return
    event.preventDefault()
    focusRow(rows.findIndex((r) => r.code === tabStop))
  }

  return (
    <section className="region-list" aria-label="All regions">
      <div className="region-list__tools">
        <input
          type="search"
          className="region-list__filter"
          aria-label="Filter regions"
          aria-describedby={countId}
          placeholder="Code, name, city or country"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onFilterKeyDown}
        />
        <p id={countId} className="region-list__count" aria-live="polite">
          {rows.length} of {regions.length} regions
        </p>
        <MarkerColouringToggle />
        <CompareBar />
      </div>
      <div className="region-list__scroller">
        <table data-testid="region-table" className="region-table">
          <caption className="visually-hidden">AWS regions</caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  className={columnClass(column)}
                  aria-sort={order.key === column.key ? order.direction : 'none'}
                >
                  <button
                    type="button"
                    title={column.title}
                    onClick={() => setOrder((current) => nextSortOrder(current, column.key))}
                  >
                    {column.label}
                    <span className="sort-mark" aria-hidden="true">
                      {order.key !== column.key ? '' : order.direction === 'ascending' ? ' ▲' : ' ▼'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((region, index) => {
              const dimmed = emphasis.dimmed.has(region.code)
              const rank = emphasis.top.indexOf(region.code)
              const price = prices.get(region.code)
              const isCompared = compared.includes(region.code)
              return (
                <tr
                  key={region.code}
                  ref={(element) => {
                    if (element) rowElements.current.set(region.code, element)
                    else rowElements.current.delete(region.code)
                  }}
                  data-testid="region-row"
                  data-code={region.code}
                  data-status={region.status}
                  data-dimmed={dimmed ? 'true' : undefined}
                  data-compared={isCompared ? 'true' : undefined}
                  className={dimmed ? 'is-dimmed' : undefined}
                  aria-selected={region.code === selectedCode}
                  tabIndex={region.code === tabStop ? 0 : -1}
                  onClick={() => choose(region.code)}
                  onFocus={() => setActiveCode(region.code)}
                  onKeyDown={(event) => onRowKeyDown(event, index, region.code)}
                  onMouseEnter={() => hover(region.code)}
                  onMouseLeave={() => hover(null)}
                >
                  <td className="region-table__code">
                    <input
                      type="checkbox"
                      className="region-table__pick"
                      aria-label={`Compare ${region.code}`}
                      title="Compare"
                      checked={isCompared}
                      tabIndex={region.code === tabStop ? 0 : -1}
                      onClick={(event) => event.stopPropagation()}
                      onChange={() => toggleCompared(region.code)}
                    />
                    {region.code}
                    {rank >= 0 && (
                      <span className="region-table__rank" title="The chooser's rank">
                        #{rank + 1}
                        <span className="visually-hidden"> in the chooser</span>
                      </span>
                    )}
                    {dimmed && <span className="visually-hidden"> (outside your constraints)</span>}
                  </td>
                  <td>
                    {region.name}
                    {nameOmitsCity(region) && <span className="region-table__city">{region.city}</span>}
                    {/* Spelled out where the eye reads the name; the status cell carries the words for screen readers. */}
                    {region.status === 'announced' && (
                      <span className="region-table__announced" aria-hidden="true">
                        announced
                      </span>
                    )}
                  </td>
                  <td>{region.country}</td>
                  <td className="is-numeric region-table__launched">{launchYearText(region)}</td>
                  <td className="is-numeric">{azCountText(region)}</td>
                  <td className={price ? 'is-numeric' : 'is-numeric is-unknown'}>{priceIndexText(price)}</td>
                  <td className="is-centred">
                    <span className={`status status--${region.status}`}>
                      <span className="status__mark" aria-hidden="true" />
                      <span className="visually-hidden">{region.status}</span>
                    </span>
                  </td>
                </tr>
              )
            })}
            {rows.length === 0 && (
              <tr className="region-table__empty">
                <td colSpan={COLUMNS.length}>No region matches “{query.trim()}”.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  )
}

/** Most names already say the city ("Europe (Frankfurt)"); show it separately only when they do not. */
function nameOmitsCity(region: Region): boolean {
  return !foldText(region.name).includes(foldText(region.city))
}

/** A header's classes: numbers align right; the launch year can fold away in a narrow panel (the facts show it). */
function columnClass(column: { key: string; numeric?: boolean }): string | undefined {
  const classes = [column.numeric ? 'is-numeric' : '', column.key === 'launchYear' ? 'region-table__launched' : '']
  return classes.filter(Boolean).join(' ') || undefined
}
