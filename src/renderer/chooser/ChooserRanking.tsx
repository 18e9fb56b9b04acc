import { useId, useMemo } from 'react'
import {
  DEFAULT_PRICE_REFERENCE,
  type ChooserResult,
  type Exclusion,
  type RankedChoice,
  type RelaxAdvice,
} from '../../shared/chooser'
import type { Dataset, Region } from '../../shared/dataset/schema'
import { MIN_TYPES_COMPARED } from '../../shared/pricing'
import { useAppStore } from '../state/store'
import { selectPriceIndexes, TOP_COUNT } from '../state/selectors'
import { conditionBadge } from '../wording/statusWording'
import { outOf100, plural, priceIndexText, scoresLine } from './chooserWording'

/**
 * The ranked regions, best first, the top three marked as on the globe; each
 * with its score, a bar per weighed factor and the reasons line. Excluded
 * regions are listed (collapsed) with why; when nothing is left, the advice
 * says which constraint to relax.
 */
export function ChooserRanking({ dataset, result }: { dataset: Dataset; result: ChooserResult }) {
  const selectedCode = useAppStore((s) => s.selectedCode)
  const select = useAppStore((s) => s.select)
  const hover = useAppStore((s) => s.hover)
  const setCompareCodes = useAppStore((s) => s.setCompareCodes)
  const setPanelTab = useAppStore((s) => s.setPanelTab)
  const headingId = useId()
  const regions = useMemo(() => new Map(dataset.regions.map((r) => [r.code, r])), [dataset])
  const { ranked, excluded, relax, scores } = result
  const top = ranked.slice(0, TOP_COUNT).map((r) => r.code)

  const compareTop = () => {
    setCompareCodes(top)
    setPanelTab('compare')
  }

  return (
    <section className="chooser__ranking" aria-labelledby={headingId}>
      <h3 id={headingId} className="chooser__heading">
        Ranking
      </h3>
      {ranked.length > 0 ? (
        <>
          <p className="chooser__count" aria-live="polite" data-testid="chooser-summary">
            {plural(ranked.length, 'region satisfies', 'regions satisfy')} the constraints
            {ranked.length > 1 ? `; the top ${Math.min(TOP_COUNT, ranked.length)} are highlighted on the globe` : ''}.
          </p>
          <p className="chooser__note" data-testid="chooser-scores-note">
            {scoresLine(scores.candidates)}
          </p>
          <ol className="chooser__list" data-testid="chooser-ranking">
            {ranked.map((choice, index) => (
              <RankItem
                key={choice.code}
                choice={choice}
                rank={index + 1}
                region={regions.get(choice.code)}
                isTop={index < TOP_COUNT}
                selected={choice.code === selectedCode}
                onSelect={() => select(choice.code, { fly: true })}
                onHover={hover}
              />
            ))}
          </ol>
          {ranked.length > 1 ? (
            <button type="button" className="button chooser__compare" onClick={compareTop}>
              {ranked.length >= TOP_COUNT ? 'Compare the top three' : 'Compare both'}
            </button>
          ) : null}
        </>
      ) : (
        <div className="chooser__relax" role="status" data-testid="chooser-relax">
          <p className="chooser__relax-title">Nothing satisfies the constraints.</p>
          <p>{relax?.message ?? 'The dataset has no open region to choose from.'}</p>
          {relax ? <RelaxButtons constraint={relax.constraint} /> : null}
        </div>
      )}
      <ExcludedList excluded={excluded} />
      <PriceIndexNote dataset={dataset} />
    </section>
  )
}

/** The advice as an action: drop the constraint it names (both when it takes both). */
function RelaxButtons({ constraint }: { constraint: RelaxAdvice['constraint'] }) {
  const setResidency = useAppStore((s) => s.setResidency)
  const setRequiredServices = useAppStore((s) => s.setRequiredServices)
  const dropServices = constraint !== 'residency'
  const dropResidency = constraint !== 'services'
  const label =
    constraint === 'both'
      ? 'Drop both constraints'
      : constraint === 'services'
        ? 'Drop the required services'
        : 'Drop the residency constraint'
  return (
    <button
      type="button"
      className="button chooser__relax-action"
      onClick={() => {
        if (dropServices) setRequiredServices([])
        if (dropResidency) setResidency({ kind: 'any' })
      }}
    >
      {label}
    </button>
  )
}

interface RankItemProps {
  choice: RankedChoice
  rank: number
  region: Region | undefined
  isTop: boolean
  selected: boolean
  onSelect: () => void
  onHover: (code: string | null) => void
}

/**
 * One ranked region. The button (rank, code, name, score) is the keyboard and
 * screen-reader target; a click anywhere on the card selects it too, so the
 * bars and reasons need not sit inside the button's accessible name.
 */
function RankItem({ choice, rank, region, isTop, selected, onSelect, onHover }: RankItemProps) {
  const badge = conditionBadge(choice.condition)
  // An index whose types come from sheets of different dates says so beside its figure.
  const mixes = useAppStore((s) => selectPriceIndexes(s).get(choice.code)?.basis.mixesDates ?? false)
  const price = choice.figures.price.figure
  return (
    <li
      data-testid="chooser-rank-item"
      data-code={choice.code}
      data-top={isTop ? 'true' : undefined}
      data-condition={choice.condition}
      className={`chooser__item${isTop ? ' chooser__item--top' : ''}${selected ? ' chooser__item--selected' : ''}`}
      onClick={onSelect}
      onMouseEnter={() => onHover(choice.code)}
      onMouseLeave={() => onHover(null)}
    >
      <button
        type="button"
        className="chooser__item-head"
        aria-current={selected ? 'true' : undefined}
        onFocus={() => onHover(choice.code)}
        onBlur={() => onHover(null)}
      >
        <span className="chooser__rank">{rank}</span>
        <span className="chooser__region">
          <span className="chooser__code">{choice.code}</span>
          {region ? <span className="chooser__name"> · {region.name}</span> : null}
        </span>
        {isTop ? <span className="chooser__top-badge">top {rank}</span> : null}
        {badge ? <span className={`chooser__status chooser__status--${choice.condition}`}>{badge}</span> : null}
        <span className="chooser__score" title="Weighted score out of 100">
          <span className="visually-hidden">, score </span>
          {outOf100(choice.score)}
          <span className="visually-hidden"> out of 100</span>
        </span>
      </button>
      <div className="chooser__factors">
        <FactorBar
          label="Proximity"
          value={choice.figures.proximity.score}
          figure={choice.figures.proximity.figure === null ? 'unknown' : `${Math.round(choice.figures.proximity.figure)} ms`}
        />
        <FactorBar
          label="Price"
          value={choice.figures.price.score}
          figure={price === null ? 'unknown' : `index ${priceIndexText(price)}${mixes ? ' (sheets of different dates)' : ''}`}
        />
      </div>
      <p className="chooser__reasons" data-testid="chooser-reasons">
        {choice.code}: {choice.reasons.join(' · ')}
      </p>
    </li>
  )
}

/**
 * A factor: the absolute figure first (ms, price index), then its score
 * among the regions left as a bar and a number out of 100; unknown is drawn
 * hatched at the neutral value it counts as.
 */
function FactorBar({ label, value, figure }: { label: string; value: number | null; figure: string }) {
  return (
    <span className="factor">
      <span className="factor__label">{label}</span>
      <span className="factor__figure">{figure}</span>
      <span className={`factor__track${value === null ? ' factor__track--unknown' : ''}`} aria-hidden="true">
        <span className="factor__fill" style={{ width: `${value === null ? 50 : outOf100(value)}%` }} />
      </span>
      <span className="factor__value">{value === null ? 'unknown, counts as 50' : `score ${outOf100(value)}`}</span>
    </span>
  )
}

/** Excluded regions grouped by their reason, collapsed: the ranking is what matters, the list answers "why not X?". */
function ExcludedList({ excluded }: { excluded: readonly Exclusion[] }) {
  const groups = useMemo(() => {
    const byReason = new Map<string, string[]>()
    for (const e of excluded) {
      const codes = byReason.get(e.reason)
      if (codes) codes.push(e.code)
      else byReason.set(e.reason, [e.code])
    }
    return [...byReason]
  }, [excluded])
  if (excluded.length === 0) return null
  return (
    <details className="chooser__excluded" data-testid="chooser-excluded">
      <summary>Excluded: {plural(excluded.length, 'region')}</summary>
      <ul>
        {groups.map(([reason, codes]) => (
          <li key={reason}>
            <span className="chooser__excluded-reason">{reason}:</span>{' '}
            <span className="chooser__excluded-codes">{codes.join(', ')}</span>
          </li>
        ))}
      </ul>
    </details>
  )
}

function PriceIndexNote({ dataset }: { dataset: Dataset }) {
  const ec2Sheets = new Set(dataset.prices.ec2.map((row) => row.sheet))
  const usdDates = dataset.prices.sheets.filter((s) => s.currency === 'USD' && ec2Sheets.has(s.id)).map((s) => s.asOf)
  return (
    <details className="chooser__price-note">
      <summary>What the price index is</summary>
      <p>
        A region&rsquo;s EC2 on-demand Linux prices against {DEFAULT_PRICE_REFERENCE}&rsquo;s, as one number: the
        geometric mean, over the instance types both regions have a USD price for, of (region price ÷{' '}
        {DEFAULT_PRICE_REFERENCE} price). 1.00 means the same prices, 1.10 means 10 % dearer. It is unknown where fewer
        than {MIN_TYPES_COMPARED} types compare or prices are not in USD (the China regions); an unknown price counts as
        halfway in the score.
      </p>
      {usdDates.length > 0 ? <p className="chooser__note">EC2 price sheets as of {usdDates.join(', ')}.</p> : null}
    </details>
  )
}
