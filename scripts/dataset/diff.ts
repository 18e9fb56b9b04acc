import type { Dataset, Region } from '../../src/shared/dataset/schema'
import { formatPrice } from '../../src/shared/pricing/format'
import { newestRow, sheetsById } from '../../src/shared/pricing/sheets'

/**
 * What changed between two datasets, for a person: regions added, removed
 * or changed status, AZ IDs, services gained and lost per region, prices up
 * and down, sources whose as-of date moved. Pure: the CLI (scripts/data-diff.ts)
 * reads the files and prints formatDiff's text.
 */
export interface DatasetDiff {
  regionsAdded: { code: string; name: string; status: string }[]
  regionsRemoved: { code: string; name: string }[]
  regionChanges: { code: string; field: string; from: unknown; to: unknown }[]
  azIds: { code: string; added: string[]; removed: string[] }[]
  services: { code: string; gained: string[]; lost: string[]; listAppeared: boolean; listDisappeared: boolean }[]
  prices: { key: string; from: string; to: string; change: 'up' | 'down' | 'new' | 'gone'; percent: number | null }[]
  sources: { id: string; change: 'added' | 'removed' | 'moved'; from: string | null; to: string | null; origin: string }[]
  statusEvents: { code: string; added: number; removed: number }[]
}

const WATCHED_FIELDS: readonly (keyof Region)[] = ['name', 'status', 'partition', 'launchYear', 'azCount', 'optIn', 'city', 'lat', 'lon', 'coordinatePrecision']

function setDiff(a: Iterable<string>, b: Iterable<string>): { added: string[]; removed: string[] } {
  const A = new Set(a)
  const B = new Set(b)
  return { added: [...B].filter((x) => !A.has(x)).sort(), removed: [...A].filter((x) => !B.has(x)).sort() }
}

export function diffDatasets(before: Dataset, after: Dataset): DatasetDiff {
  const oldRegions = new Map(before.regions.map((r) => [r.code, r]))
  const newRegions = new Map(after.regions.map((r) => [r.code, r]))
  const diff: DatasetDiff = {
    regionsAdded: after.regions.filter((r) => !oldRegions.has(r.code)).map((r) => ({ code: r.code, name: r.name, status: r.status })),
    regionsRemoved: before.regions.filter((r) => !newRegions.has(r.code)).map((r) => ({ code: r.code, name: r.name })),
    regionChanges: [],
    azIds: [],
    services: [],
    prices: [],
    sources: [],
    statusEvents: [],
  }
  for (const [code, now] of newRegions) {
    const was = oldRegions.get(code)
    if (!was) continue
    for (const field of WATCHED_FIELDS) {
      if (JSON.stringify(was[field]) !== JSON.stringify(now[field])) diff.regionChanges.push({ code, field, from: was[field], to: now[field] })
    }
    const az = setDiff(was.azIds, now.azIds)
    if (az.added.length || az.removed.length) diff.azIds.push({ code, ...az })
  }

  const nameOf = new Map([...before.services.catalogue, ...after.services.catalogue].map((s) => [s.id, s.name]))
  const codes = new Set([...Object.keys(before.services.byRegion), ...Object.keys(after.services.byRegion)])
  for (const code of [...codes].sort()) {
    const was = before.services.byRegion[code]
    const now = after.services.byRegion[code]
    const { added, removed } = setDiff(was ?? [], now ?? [])
    if (!added.length && !removed.length && !!was === !!now) continue
    diff.services.push({
      code,
      gained: added.map((id) => nameOf.get(id) ?? id),
      lost: removed.map((id) => nameOf.get(id) ?? id),
      listAppeared: !was && !!now,
      listDisappeared: !!was && !now,
    })
  }

  diff.prices = priceChanges(before, after)

  const oldSources = new Map(before.sources.map((s) => [s.id, s]))
  const newSources = new Map(after.sources.map((s) => [s.id, s]))
  for (const s of after.sources) {
    const was = oldSources.get(s.id)
    if (!was) diff.sources.push({ id: s.id, change: 'added', from: null, to: s.asOf, origin: s.origin })
    else if (was.asOf !== s.asOf || was.origin !== s.origin) diff.sources.push({ id: s.id, change: 'moved', from: `${was.asOf} ${was.origin}`, to: `${s.asOf} ${s.origin}`, origin: s.origin })
  }
  for (const s of before.sources) if (!newSources.has(s.id)) diff.sources.push({ id: s.id, change: 'removed', from: s.asOf, to: null, origin: s.origin })

  const eventKey = (e: NonNullable<Dataset['statusEvents']>['events'][number]) => `${e.date} ${e.azId ?? ''} ${e.effect} ${e.event}`
  const eventCodes = new Set([...(before.statusEvents?.events ?? []), ...(after.statusEvents?.events ?? [])].map((e) => e.region))
  for (const code of [...eventCodes].sort()) {
    const { added, removed } = setDiff(
      (before.statusEvents?.events ?? []).filter((e) => e.region === code).map(eventKey),
      (after.statusEvents?.events ?? []).filter((e) => e.region === code).map(eventKey),
    )
    if (added.length || removed.length) diff.statusEvents.push({ code, added: added.length, removed: removed.length })
  }
  return diff
}

/** The newest price per region, instance type and currency (EC2), and per region (S3 first 50 TB): what a reader sees. */
function shownPrices(d: Dataset): Map<string, { value: number; asOf: string; currency: 'USD' | 'CNY' }> {
  const sheets = sheetsById(d)
  const out = new Map<string, { value: number; asOf: string; currency: 'USD' | 'CNY' }>()
  const groups = new Map<string, typeof d.prices.ec2>()
  for (const row of d.prices.ec2) {
    const key = `${row.region} ${row.instanceType}`
    groups.set(key, [...(groups.get(key) ?? []), row])
  }
  for (const [key, rows] of groups) {
    for (const currency of ['USD', 'CNY'] as const) {
      const found = newestRow(rows, sheets, currency)
      if (found) out.set(`EC2 ${key}`, { value: found.row.perHour, asOf: found.ref.asOf, currency })
    }
  }
  for (const currency of ['USD', 'CNY'] as const) {
    for (const region of new Set(d.prices.s3.map((r) => r.region))) {
      const found = newestRow(d.prices.s3.filter((r) => r.region === region), sheets, currency)
      if (found?.row.first50TBPerGBMonth) out.set(`S3 ${region} first 50 TB`, { value: found.row.first50TBPerGBMonth, asOf: found.ref.asOf, currency })
    }
  }
  return out
}

function priceChanges(before: Dataset, after: Dataset): DatasetDiff['prices'] {
  const was = shownPrices(before)
  const now = shownPrices(after)
  const out: DatasetDiff['prices'] = []
  const show = (p: { value: number; asOf: string; currency: 'USD' | 'CNY' }) => `${formatPrice(p.value, p.currency)} (${p.asOf})`
  for (const key of [...new Set([...was.keys(), ...now.keys()])].sort()) {
    const a = was.get(key)
    const b = now.get(key)
    if (a && b) {
      if (a.value === b.value && a.currency === b.currency) continue
      out.push({ key, from: show(a), to: show(b), change: b.value > a.value ? 'up' : 'down', percent: a.currency === b.currency ? (b.value / a.value - 1) * 100 : null })
    } else if (b) out.push({ key, from: '—', to: show(b), change: 'new', percent: null })
    else if (a) out.push({ key, from: show(a), to: '—', change: 'gone', percent: null })
  }
  return out
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/** The diff as text for a terminal: one section per kind of change, "no change" sections left out. */
export function formatDiff(diff: DatasetDiff, names: { before: string; after: string }): string {
  const lines: string[] = [`Changes from ${names.before} to ${names.after}:`]
  const section = (title: string, body: string[]) => {
    if (body.length) lines.push('', title, ...body.map((l) => `  ${l}`))
  }
  section(
    'Regions',
    [
      ...diff.regionsAdded.map((r) => `+ ${r.code} ${r.name} (${r.status})`),
      ...diff.regionsRemoved.map((r) => `- ${r.code} ${r.name}`),
      ...diff.regionChanges.map((c) => `~ ${c.code} ${c.field}: ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}`),
    ],
  )
  section('AZ IDs', diff.azIds.map((a) => `${a.code}: ${[...a.added.map((x) => `+${x}`), ...a.removed.map((x) => `-${x}`)].join(' ')}`))
  section(
    'Services',
    diff.services.map((s) => {
      if (s.listAppeared) return `${s.code}: service list now known (${plural(s.gained.length, 'service')})`
      if (s.listDisappeared) return `${s.code}: service list no longer known (was ${plural(s.lost.length, 'service')})`
      return `${s.code}: ${[s.gained.length ? `gained ${s.gained.join(', ')}` : '', s.lost.length ? `lost ${s.lost.join(', ')}` : ''].filter(Boolean).join('; ')}`
    }),
  )
  const up = diff.prices.filter((p) => p.change === 'up').length
  const down = diff.prices.filter((p) => p.change === 'down').length
  section(
    diff.prices.length ? `Prices (${up} up, ${down} down, ${diff.prices.length - up - down} new or gone)` : 'Prices',
    diff.prices.map((p) => {
      const pct = p.percent === null ? '' : ` (${p.percent > 0 ? '+' : ''}${p.percent.toFixed(1)} %)`
      return `${p.change.padEnd(4)} ${p.key}: ${p.from} → ${p.to}${pct}`
    }),
  )
  section(
    'Sources',
    diff.sources.map((s) =>
      s.change === 'added' ? `+ ${s.id} as of ${s.to} (${s.origin})` : s.change === 'removed' ? `- ${s.id} (was as of ${s.from})` : `~ ${s.id}: ${s.from} → ${s.to}`,
    ),
  )
  section('Status events', diff.statusEvents.map((e) => `${e.code}: ${[e.added ? `+${e.added}` : '', e.removed ? `-${e.removed}` : ''].filter(Boolean).join(' ')}`))
  if (lines.length === 1) lines.push('  nothing changed')
  return lines.join('\n')
}
