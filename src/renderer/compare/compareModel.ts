import type { Dataset, Region } from '../../shared/dataset/schema'
import { basisText, type ExplainedRegion, type RankedRegion } from '../../shared/latency'
import { dateBasis, ec2PriceSheetFor, ec2PriceStatus, monthlyCost, HOURS_PER_MONTH, s3Tiers } from '../../shared/pricing'
import type { RegionStatuses } from '../../shared/status'
import { conditionBadge, conditionName } from '../wording/statusWording'
import { missingComparedWith, servicesOf } from '../../shared/services'
import { priceIndexesOf } from '../../shared/pricing'
import { priceIndexText } from '../wording/priceIndexWording'
import { optInText, partitionGloss } from '../wording/regionWording'
import { markBest, markDifferences } from './compareDiff'
import { legalFramesOf } from './legalFrames'
import { hourlyText, moneyText } from './money'

/** One region's value in a row. */
export interface CompareCell {
  text: string
  /** A second, quieter line: the band, the date, the worked example. */
  detail?: string
  /** Items under the text (legal frames, service names). */
  list?: readonly string[]
  /** The items are long: always folded behind a "details" toggle. */
  foldList?: boolean
  /** The value is unknown (no source gives it). */
  unknown?: boolean
  best?: boolean
  differs?: boolean
}

export interface CompareRow {
  id: string
  label: string
  cells: CompareCell[]
  /** Every region has the same value. */
  same: boolean
  /** Every region has a value of its own (so no single cell is marked as the odd one out). */
  allDiffer: boolean
  /** Said under the row's label: e.g. that its prices come from sheets of different dates. */
  note?: string
  /** What "best" means in this row, when it has one ("lowest", "most"). */
  bestMeans?: string
}

export interface CompareGroup {
  id: 'compliance' | 'proximity' | 'features' | 'prices'
  title: string
  rows: CompareRow[]
  /** Said instead of (or under) the rows: why a factor cannot be compared yet. */
  note?: string
}

export interface CompareContext {
  dataset: Dataset
  regions: readonly Region[]
  /** The user's ranking; null without a location. */
  ranking: readonly RankedRegion[] | null
  /** Regions outside the user's constraints; null when the user has set none. */
  dimmed: ReadonlySet<string> | null
  /** Each region's dated status; without it every region counts as open. */
  statuses?: RegionStatuses
}

type CellSource = { cell: CompareCell; key: string | null; value?: number | null }

function row(id: string, label: string, sources: CellSource[], best?: { better: 'lower' | 'higher'; means: string }): CompareRow {
  const { same, allDiffer, differs } = markDifferences(sources.map((s) => s.key))
  const bests = best ? markBest(sources.map((s) => s.value ?? null), best.better) : sources.map(() => false)
  return {
    id,
    label,
    same,
    allDiffer,
    bestMeans: best?.means,
    cells: sources.map((s, i) => ({ ...s.cell, differs: differs[i], best: bests[i] })),
  }
}

const unknownCell = (text = 'unknown'): CellSource => ({ cell: { text, unknown: true }, key: null, value: null })

/** Open, announced, out of service or with an outage reported, with the dated line; only when the statuses are known. */
function statusRow(regions: readonly Region[], statuses: RegionStatuses): CompareRow {
  return row(
    'status',
    'Status',
    regions.map((r) => {
      const status = statuses.get(r.code)
      const condition = status?.condition ?? (r.status === 'announced' ? 'announced' : 'open')
      const line = status?.latest ? status.line : null
      return { cell: { text: conditionName(condition), ...(line ? { detail: line } : {}) }, key: condition }
    }),
  )
}

function compliance({ dataset, regions, dimmed, statuses }: CompareContext): CompareGroup {
  const rows = [
    ...(statuses ? [statusRow(regions, statuses)] : []),
    row(
      'country',
      'Country',
      regions.map((r) => ({ cell: { text: `${r.country} (${r.countryCode})` }, key: r.countryCode })),
    ),
    row(
      'partition',
      'Partition',
      regions.map((r) => ({ cell: { text: r.partition, detail: partitionGloss[r.partition] }, key: r.partition })),
    ),
    row('opt-in', 'Opt-in', regions.map((r) => ({ cell: { text: optInText(r) }, key: String(r.optIn) }))),
    row(
      'legal-frames',
      'Legal frames',
      regions.map((r) => {
        const frames = legalFramesOf(dataset, r)
        if (!frames) return unknownCell('—')
        if (frames.length === 0) return { cell: { text: 'none listed' }, key: '' }
        return {
          cell: {
            text: frames.map((f) => f.shortName).join(', '),
            list: frames.map((f) => `${f.shortName}: ${f.summary}`),
            foldList: true,
          },
          key: frames.map((f) => f.id).sort().join(' '),
        }
      }),
    ),
  ]
  if (dimmed) {
    rows.push(
      row(
        'constraints',
        'Your constraints',
        regions.map((r) => {
          const inside = !dimmed.has(r.code)
          return { cell: { text: inside ? 'within' : 'outside' }, key: String(inside) }
        }),
      ),
    )
  }
  return { id: 'compliance', title: 'Compliance and data residency', rows }
}

/** What an RTT rests on, where the ranking says (an ExplainedRegion); else measured or estimate. */
function groundsOf(rank: RankedRegion): string {
  return 'basedOn' in rank ? basisText(rank as ExplainedRegion) : rank.basis === 'measured' ? 'measured' : 'estimate'
}

function proximity({ regions, ranking, statuses }: CompareContext): CompareGroup {
  const title = 'Proximity: round trip from you'
  if (!ranking) return { id: 'proximity', title, rows: [], note: 'Set your location to compare round trips.' }
  const byCode = new Map(ranking.map((rank) => [rank.code, rank]))
  const rtt = row(
    'rtt',
    'Round trip',
    regions.map((r) => {
      const rank = byCode.get(r.code)
      if (!rank) return unknownCell()
      const ms = Math.round(rank.rttMs)
      const status = statuses?.get(r.code)
      const closed = status && !status.open ? conditionBadge(status.condition) : null
      return {
        cell: {
          text: `${ms} ms`,
          detail: `${Math.round(rank.lowMs)}–${Math.round(rank.highMs)} ms · ${groundsOf(rank)}${closed ? ` · ${closed}` : ''}`,
        },
        key: String(ms),
        // A region that is not open is never the "nearest": the star goes to the nearest open one.
        value: closed ? null : rank.rttMs,
      }
    }),
    { better: 'lower', means: 'shortest open' },
  )
  return { id: 'proximity', title, rows: [rtt] }
}

function features({ dataset, regions }: CompareContext): CompareGroup {
  const names = new Map(dataset.services.catalogue.map((s) => [s.id, s.name]))
  const nameOf = (id: string) => names.get(id) ?? id
  const lists = regions.map((r) => servicesOf(dataset, r.code))
  const count = row(
    'service-count',
    'Services offered',
    regions.map((_, i) => {
      const list = lists[i]
      if (!list) return unknownCell('unknown (no service list)')
      return { cell: { text: `${list.size}` }, key: String(list.size), value: list.size }
    }),
    { better: 'higher', means: 'most' },
  )
  // For each region: what it offers that another compared region lacks, and the reverse.
  const across = (direction: 'offers' | 'lacks'): CellSource[] =>
    regions.map((r, i) => {
      if (!lists[i]) return unknownCell('unknown (no service list)')
      const others = regions.filter((o, j) => j !== i && lists[j])
      if (others.length === 0) return unknownCell('nothing to compare with')
      const ids = new Set<string>()
      for (const other of others) {
        const found =
          direction === 'offers'
            ? missingComparedWith(dataset, other.code, r.code)
            : missingComparedWith(dataset, r.code, other.code)
        for (const id of found ?? []) ids.add(id)
      }
      const sorted = [...ids].map(nameOf).sort((a, b) => a.localeCompare(b))
      const partial = others.length < regions.length - 1 ? ' (against the known lists)' : ''
      return {
        cell: { text: sorted.length ? `${sorted.length}${partial}` : `none${partial}`, list: sorted },
        key: [...ids].sort().join(' '),
        value: sorted.length,
      }
    })
  return {
    id: 'features',
    title: 'Features: service availability',
    rows: [
      count,
      row('offers-extra', 'Offers that another lacks', across('offers'), { better: 'higher', means: 'most' }),
      row('lacks', 'Lacks that another offers', across('lacks'), { better: 'lower', means: 'fewest' }),
    ],
  }
}

/** The worked example of the prices row: the smallest common instance, run all month. */
export const EXAMPLE_INSTANCE = 't3.micro'

function prices({ dataset, regions }: CompareContext): CompareGroup {
  const indexes = priceIndexesOf(dataset)
  const exampleDates: string[] = []
  const s3Dates: string[] = []
  const index = row(
    'price-index',
    'Price index vs us-east-1',
    regions.map((r) => {
      const found = indexes.get(r.code)
      if (!found) return unknownCell()
      return {
        cell: { text: priceIndexText(found), detail: `over ${found.typesCompared.length} instance types · ${found.basis.note}` },
        key: priceIndexText(found),
        value: found.index,
      }
    }),
    { better: 'lower', means: 'cheapest' },
  )
  const example = row(
    'example',
    `${EXAMPLE_INSTANCE} for a month`,
    regions.map((r) => {
      const line = ec2PriceSheetFor(dataset, r.code).find((l) => l.type === EXAMPLE_INSTANCE)
      const quote = line?.usd ?? line?.cny
      if (!quote) {
        const status = ec2PriceStatus(dataset, r.code, EXAMPLE_INSTANCE)
        return unknownCell(status.kind === 'priced' ? 'unknown' : status.text)
      }
      const monthly = moneyText(monthlyCost(quote.perHour), quote.currency)
      const usd = quote.currency === 'USD'
      if (usd) exampleDates.push(quote.asOf)
      return {
        cell: {
          text: monthly,
          detail: `${HOURS_PER_MONTH} h × ${hourlyText(quote.perHour, quote.currency)} · as of ${quote.asOf}${usd ? '' : ' · not compared with USD'}`,
        },
        key: `${quote.currency} ${monthly}`,
        value: usd ? quote.perHour : null,
      }
    }),
    { better: 'lower', means: 'cheapest' },
  )
  const s3 = row(
    's3',
    'S3 Standard, first 50 TB',
    regions.map((r) => {
      const sheet = s3Tiers(dataset, r.code, 'USD') ?? s3Tiers(dataset, r.code, 'CNY')
      const perGB = sheet?.tiers[0]?.perGBMonth
      if (!sheet || perGB === null || perGB === undefined) return unknownCell()
      const usd = sheet.currency === 'USD'
      if (usd) s3Dates.push(sheet.asOf)
      const text = `${hourlyText(perGB, sheet.currency)} per GB-month`
      return {
        cell: { text, detail: `as of ${sheet.asOf}${usd ? '' : ' · not compared with USD'}` },
        key: `${sheet.currency} ${text}`,
        value: usd ? perGB : null,
      }
    }),
    { better: 'lower', means: 'cheapest' },
  )
  return { id: 'prices', title: 'Prices', rows: [index, withDates(example, exampleDates), withDates(s3, s3Dates)] }
}

/** A row whose USD prices come from sheets of different dates says so under its label. */
function withDates(priced: CompareRow, usdDates: readonly string[]): CompareRow {
  const basis = dateBasis(usdDates.map((asOf) => ({ asOf })))
  return basis.mixesDates ? { ...priced, note: basis.note } : priced
}

/** The comparison of the regions, factor by factor, in the course's order. */
export function compareGroups(context: CompareContext): CompareGroup[] {
  return [compliance(context), proximity(context), features(context), prices(context)]
}
