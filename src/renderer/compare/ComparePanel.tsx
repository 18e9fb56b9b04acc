import { useId, useMemo } from 'react'
import type { Region } from '../../shared/dataset/schema'
import { selectLatencyRanking, selectRegionEmphasis, selectRegionStatuses } from '../state/selectors'
import { TodayDataNotice } from '../timeline/TodayDataNotice'
import { MAX_COMPARED, useAppStore } from '../state/store'
import '../styles/compare.css'
import { compareLayout } from './compareLayout'
import { compareGroups, type CompareCell, type CompareRow } from './compareModel'
import { toggleCompared, useCompareNotice } from './compareSelection'
import { Ec2Sheets } from './Ec2Sheets'

/**
 * Two to four regions side by side, factor by factor: compliance, proximity,
 * features and prices, one column per region. In each row the best value is
 * marked "★" and a value no other region shares "≠", in words as well as in
 * colour; rows where every region agrees say "same" and step back.
 */
export function ComparePanel() {
  const dataset = useAppStore((s) => s.dataset)
  const codes = useAppStore((s) => s.compareCodes)
  const location = useAppStore((s) => s.userLocation)
  const constrained = useAppStore((s) => s.residency.kind !== 'any' || s.requiredServices.length > 0)
  const emphasis = useAppStore(selectRegionEmphasis)
  const notice = useCompareNotice((s) => s.notice)
  const ranking = useAppStore(selectLatencyRanking)
  const statuses = useAppStore(selectRegionStatuses)
  const headingId = useId()

  const regions = useMemo(
    () => codes.flatMap((code) => dataset?.regions.filter((r) => r.code === code) ?? []),
    [codes, dataset],
  )
  const groups = useMemo(
    () =>
      dataset && regions.length > 0
        ? compareGroups({
            dataset,
            regions,
            ranking: location ? ranking : null,
            dimmed: constrained ? emphasis.dimmed : null,
            statuses,
          })
        : [],
    [dataset, regions, location, ranking, constrained, emphasis, statuses],
  )

  if (!dataset || regions.length === 0) return <EmptyState />
  const layout = compareLayout(regions.length)
  const span = regions.length + (layout.stackedLabels ? 0 : 1)
  const columnId = (code: string) => `${headingId}-col-${code}`

  return (
    <section data-testid="compare" className="compare" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-heading">
        Comparing {regions.length} region{regions.length === 1 ? '' : 's'}
      </h2>
      <TodayDataNotice what="the comparison" />
      {regions.length === 1 && (
        <p className="compare__hint">
          Pick one to {MAX_COMPARED - 1} more to compare with: tick them in the Regions table or Ctrl-click (⌘-click)
          their markers on the globe.
        </p>
      )}
      <p className="compare__legend">
        <span className="compare-badge compare-badge--best">★</span> best in its row ·{' '}
        <span className="compare-badge compare-badge--differs">≠</span> the odd one out
      </p>
      <p className="compare__notice" role="status">
        {notice}
      </p>
      <div className="compare__scroller">
        <table
          data-testid="compare-table"
          className={layout.stackedLabels ? 'compare-table compare-table--stacked' : 'compare-table'}
        >
          <caption className="visually-hidden">The compared regions, factor by factor</caption>
          <colgroup>
            {!layout.stackedLabels && <col style={{ width: `${layout.labelShare * 100}%` }} />}
            {regions.map((region) => (
              <col key={region.code} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {!layout.stackedLabels && <td />}
              {regions.map((region) => (
                <RegionHeader key={region.code} region={region} id={columnId(region.code)} />
              ))}
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody key={group.id} data-group={group.id}>
              <tr className="compare-table__group">
                <th scope="colgroup" colSpan={span}>
                  {group.title}
                </th>
              </tr>
              {group.note && (
                <tr>
                  <td className="compare-table__note" colSpan={span}>
                    {group.note} <GoToLatency />
                  </td>
                </tr>
              )}
              {group.rows.map((row) => (
                <Row
                  key={row.id}
                  row={row}
                  stacked={layout.stackedLabels}
                  labelId={`${headingId}-row-${row.id}`}
                  columnIds={regions.map((region) => columnId(region.code))}
                />
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <Ec2Sheets dataset={dataset} codes={regions.map((r) => r.code)} />
    </section>
  )
}

function RegionHeader({ region, id }: { region: Region; id: string }) {
  const select = useAppStore((s) => s.select)
  return (
    <th scope="col" id={id} data-code={region.code} className="compare-table__region">
      <button type="button" className="link-button compare-table__code" onClick={() => select(region.code, { fly: true })}>
        {region.code}
      </button>
      <span className="compare-table__name">{region.name}</span>
      <button
        type="button"
        className="compare-table__remove"
        aria-label={`Remove ${region.code} from comparison`}
        onClick={() => toggleCompared(region.code)}
      >
        Remove
      </button>
    </th>
  )
}

/**
 * One factor: its name, then one value per region. With stacked labels the
 * name heads a row of its own above the values (each value names it and its
 * region as its headers).
 */
function Row({
  row,
  stacked,
  labelId,
  columnIds,
}: {
  row: CompareRow
  stacked: boolean
  labelId: string
  columnIds: readonly string[]
}) {
  const label = (
    <>
      {row.label}
      {row.same && <span className="compare-table__same"> · same for all</span>}
      {row.allDiffer && <span className="compare-table__same"> · ≠ all differ</span>}
      {row.note && (
        <span className="compare-table__note-line" data-testid="compare-row-note">
          {row.note}
        </span>
      )}
    </>
  )
  const cells = row.cells.map((cell, i) => (
    <Cell key={i} cell={cell} bestMeans={row.bestMeans} headers={stacked ? `${labelId} ${columnIds[i] ?? ''}` : undefined} />
  ))
  const rowProps = { 'data-same': row.same ? 'true' : undefined, className: row.same ? 'is-same' : undefined }
  if (stacked) {
    return (
      <>
        <tr className={row.same ? 'compare-table__label-row is-same' : 'compare-table__label-row'}>
          <th id={labelId} scope="colgroup" colSpan={row.cells.length}>
            {label}
          </th>
        </tr>
        <tr data-row={row.id} {...rowProps}>
          {cells}
        </tr>
      </>
    )
  }
  return (
    <tr data-row={row.id} {...rowProps}>
      <th scope="row">{label}</th>
      {cells}
    </tr>
  )
}

/** Lists longer than this fold away behind their count. */
const OPEN_LIST_MAX = 4

function Cell({ cell, bestMeans, headers }: { cell: CompareCell; bestMeans: string | undefined; headers?: string }) {
  const folded = cell.foldList === true || (cell.list?.length ?? 0) > OPEN_LIST_MAX
  const classes = ['compare-cell', cell.best && 'is-best', cell.differs && 'is-different', cell.unknown && 'is-unknown']
  return (
    <td
      className={classes.filter(Boolean).join(' ')}
      headers={headers}
      data-best={cell.best ? 'true' : undefined}
      data-differs={cell.differs ? 'true' : undefined}
    >
      <span className="compare-cell__text">{cell.text}</span>
      {cell.best && (
        <span className="compare-badge compare-badge--best" title={`Best: ${bestMeans ?? ''}`}>
          ★<span className="visually-hidden"> best ({bestMeans})</span>
        </span>
      )}
      {cell.differs && (
        <span className="compare-badge compare-badge--differs" title="No other compared region has this value">
          ≠<span className="visually-hidden"> differs from the others</span>
        </span>
      )}
      {cell.detail && <span className="compare-cell__detail">{cell.detail}</span>}
      {cell.list && cell.list.length > 0 && !folded && <CellList items={cell.list} />}
      {cell.list && cell.list.length > 0 && folded && (
        <details className="compare-cell__more">
          <summary>{cell.foldList ? 'What they say' : `Show all ${cell.list.length}`}</summary>
          <CellList items={cell.list} />
        </details>
      )}
    </td>
  )
}

function CellList({ items }: { items: readonly string[] }) {
  return (
    <ul className="compare-cell__list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  )
}

function GoToLatency() {
  const setPanelTab = useAppStore((s) => s.setPanelTab)
  return (
    <button type="button" className="link-button" onClick={() => setPanelTab('latency')}>
      Set your location
    </button>
  )
}

/** Nothing picked yet: the three ways to pick. */
function EmptyState() {
  const setPanelTab = useAppStore((s) => s.setPanelTab)
  const headingId = useId()
  return (
    <section data-testid="compare" className="compare compare--empty" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-heading">
        Compare regions side by side
      </h2>
      <p>Pick two to {MAX_COMPARED} regions to see their compliance, round trip, services and prices together:</p>
      <ul className="compare__ways">
        <li>
          tick their <strong>Compare</strong> boxes in the{' '}
          <button type="button" className="link-button" onClick={() => setPanelTab('regions')}>
            Regions table
          </button>
          ;
        </li>
        <li>
          <kbd>Ctrl</kbd>-click (<kbd>⌘</kbd>-click on a Mac) or <kbd>Shift</kbd>-click their markers on the globe, or use
          &ldquo;Add to comparison&rdquo; in a region&rsquo;s facts;
        </li>
        <li>
          or, in the{' '}
          <button type="button" className="link-button" onClick={() => setPanelTab('choose')}>
            Choose
          </button>{' '}
          tab, &ldquo;Compare the top three&rdquo;.
        </li>
      </ul>
    </section>
  )
}
