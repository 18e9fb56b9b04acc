import { clip, quoteValue } from '../text/quote'
import { jsonErrorOffset } from './jsonErrorOffset'
import { issueMessages } from './problems'
import { DatasetSchema, SCHEMA_VERSION, type Dataset } from './schema'
import { edgeAndZoneProblems } from './zoneChecks'

// The reports themselves live in ./problems, which needs no schema: the renderer shows them
// without loading the validator.
export { describeProblems, formatJsonPath, issueMessages, MAX_LISTED_PROBLEMS } from './problems'

export type DatasetCheck = { ok: true; dataset: Dataset } | { ok: false; problems: string[] }

/** Cross-references the schema cannot express: unique keys and ids that must resolve. */
export function crossReferenceProblems(d: Dataset): string[] {
  const problems: string[] = []
  const sourceIds = new Set<string>()
  d.sources.forEach((s, i) => {
    if (sourceIds.has(s.id)) problems.push(`sources[${i}].id: duplicate source id "${s.id}"`)
    sourceIds.add(s.id)
  })
  const needSource = (path: string, id: string) => {
    if (!sourceIds.has(id)) problems.push(`${path}: unknown source id "${id}"`)
  }

  const regionCodes = new Set<string>()
  d.regions.forEach((r, i) => {
    if (regionCodes.has(r.code)) problems.push(`regions[${i}].code: duplicate region code "${r.code}"`)
    regionCodes.add(r.code)
    r.sources.forEach((s, j) => needSource(`regions[${i}].sources[${j}]`, s))
    for (const [field, fact] of Object.entries(r.factSources ?? {})) {
      fact?.sources.forEach((s, j) => needSource(`regions[${i}].factSources.${field}.sources[${j}]`, s))
    }
    if (r.azCount !== null && r.azIds.length > r.azCount + 1) {
      problems.push(`regions[${i}].azIds: ${r.azIds.length} AZ IDs for an AZ count of ${r.azCount}`)
    }
  })
  const needRegion = (path: string, code: string) => {
    if (!regionCodes.has(code)) problems.push(`${path}: unknown region code "${code}"`)
  }

  const lat = d.latency
  lat.sources.forEach((s, j) => needSource(`latency.sources[${j}]`, s))
  lat.regions.forEach((c, i) => needRegion(`latency.regions[${i}]`, c))
  if (new Set(lat.regions).size !== lat.regions.length) problems.push('latency.regions: duplicate region code')
  if (lat.rttMs.length !== lat.regions.length) {
    problems.push(`latency.rttMs: ${lat.rttMs.length} rows for ${lat.regions.length} regions`)
  }
  lat.rttMs.forEach((row, i) => {
    if (row.length !== lat.regions.length) {
      problems.push(`latency.rttMs[${i}]: ${row.length} columns for ${lat.regions.length} regions`)
    }
  })

  networkProblems(d, needSource, needRegion).forEach((p) => problems.push(p))
  if (d.statusEvents) {
    d.statusEvents.sources.forEach((s, j) => needSource(`statusEvents.sources[${j}]`, s))
    d.statusEvents.events.forEach((e, i) => needRegion(`statusEvents.events[${i}].region`, e.region))
  }
  jurisdictionProblems(d, needSource).forEach((p) => problems.push(p))

  edgeAndZoneProblems(d, needSource, needRegion).forEach((p) => problems.push(p))

  d.services.sources.forEach((s, j) => needSource(`services.sources[${j}]`, s))
  const serviceIds = new Set<string>()
  d.services.catalogue.forEach((s, i) => {
    if (serviceIds.has(s.id)) problems.push(`services.catalogue[${i}].id: duplicate service id "${s.id}"`)
    serviceIds.add(s.id)
  })
  d.services.catalogue.forEach((service, i) =>
    service.notices?.forEach((notice, j) =>
      notice.sources.forEach((s, k) => needSource(`services.catalogue[${i}].notices[${j}].sources[${k}]`, s)),
    ),
  )
  d.services.offerNotes?.forEach((note, i) => {
    const path = `services.offerNotes[${i}]`
    needRegion(`${path}.region`, note.region)
    if (!serviceIds.has(note.service)) problems.push(`${path}.service: unknown service id "${note.service}"`)
    else if (!d.services.byRegion[note.region]?.includes(note.service)) {
      problems.push(`${path}: "${note.service}" is noted as offered in ${note.region} but not listed there`)
    }
    ;[...note.offeredPer, ...note.notListedBy].forEach((s) => needSource(`${path}.sources`, s))
  })
  for (const [code, ids] of Object.entries(d.services.byRegion)) {
    needRegion(`services.byRegion[${JSON.stringify(code)}]`, code)
    ids.forEach((id, j) => {
      if (!serviceIds.has(id)) {
        problems.push(`services.byRegion[${JSON.stringify(code)}][${j}]: unknown service id "${id}"`)
      }
    })
  }

  const p = d.prices
  p.sources.forEach((s, j) => needSource(`prices.sources[${j}]`, s))
  const sheetIds = new Set<string>()
  p.sheets.forEach((s, i) => {
    if (sheetIds.has(s.id)) problems.push(`prices.sheets[${i}].id: duplicate sheet id "${s.id}"`)
    sheetIds.add(s.id)
    needSource(`prices.sheets[${i}].source`, s.source)
    s.covers?.regions.forEach((code, j) => needRegion(`prices.sheets[${i}].covers.regions[${j}]`, code))
  })
  const types = new Set(p.instanceTypes.map((t) => t.type))
  const seenEc2 = new Set<string>()
  p.ec2.forEach((row, i) => {
    if (!sheetIds.has(row.sheet)) problems.push(`prices.ec2[${i}].sheet: unknown price sheet "${row.sheet}"`)
    needRegion(`prices.ec2[${i}].region`, row.region)
    if (!types.has(row.instanceType)) {
      problems.push(`prices.ec2[${i}].instanceType: unknown instance type "${row.instanceType}"`)
    }
    const key = `${row.sheet}/${row.region}/${row.instanceType}`
    if (seenEc2.has(key)) problems.push(`prices.ec2[${i}]: duplicate price for ${key}`)
    seenEc2.add(key)
    if (row.source !== undefined) needSource(`prices.ec2[${i}].source`, row.source)
  })
  p.notOffered?.forEach((row, i) => {
    needRegion(`prices.notOffered[${i}].region`, row.region)
    if (!types.has(row.instanceType)) problems.push(`prices.notOffered[${i}].instanceType: unknown instance type "${row.instanceType}"`)
    row.sources.forEach((s, j) => needSource(`prices.notOffered[${i}].sources[${j}]`, s))
  })
  p.s3.forEach((row, i) => {
    if (!sheetIds.has(row.sheet)) problems.push(`prices.s3[${i}].sheet: unknown price sheet "${row.sheet}"`)
    needRegion(`prices.s3[${i}].region`, row.region)
  })
  return problems
}

/**
 * Jurisdiction ids are unique, and every region's legal frames name rows of
 * the table, each at most once.
 */
function jurisdictionProblems(d: Dataset, needSource: (path: string, id: string) => void): string[] {
  const problems: string[] = []
  d.jurisdictions.sources.forEach((s, j) => needSource(`jurisdictions.sources[${j}]`, s))
  const ids = new Set<string>()
  d.jurisdictions.rows.forEach((row, i) => {
    if (ids.has(row.id)) problems.push(`jurisdictions.rows[${i}].id: duplicate jurisdiction id "${row.id}"`)
    ids.add(row.id)
  })
  d.regions.forEach((r, i) => {
    const seen = new Set<string>()
    r.legalFrames.forEach((id, j) => {
      const path = `regions[${i}].legalFrames[${j}]`
      if (!ids.has(id)) problems.push(`${path}: unknown jurisdiction id "${id}"`)
      if (seen.has(id)) problems.push(`${path}: jurisdiction "${id}" listed twice`)
      seen.add(id)
    })
  })
  return problems
}

/**
 * The network's links must join two different dataset regions, each pair at
 * most once in either direction, and carry exactly the measured matrix value
 * (row `from`, column `to`), or null where that pair is not measured.
 */
function networkProblems(
  d: Dataset,
  needSource: (path: string, id: string) => void,
  needRegion: (path: string, code: string) => void,
): string[] {
  const problems: string[] = []
  const net = d.network
  net.sources.forEach((s, j) => needSource(`network.sources[${j}]`, s))
  const index = new Map(d.latency.regions.map((code, i) => [code, i]))
  const measured = (from: string, to: string): number | null => {
    const i = index.get(from)
    const j = index.get(to)
    return i === undefined || j === undefined ? null : (d.latency.rttMs[i]?.[j] ?? null)
  }
  const pairs = new Set<string>()
  net.links.forEach((link, i) => {
    const path = `network.links[${i}]`
    needRegion(`${path}.from`, link.from)
    needRegion(`${path}.to`, link.to)
    if (link.from === link.to) problems.push(`${path}: links region "${link.from}" to itself`)
    const pair = [link.from, link.to].sort().join(' ')
    if (pairs.has(pair)) problems.push(`${path}: duplicate link between "${link.from}" and "${link.to}"`)
    pairs.add(pair)
    const expected = measured(link.from, link.to)
    if (link.rttMs !== expected) {
      problems.push(
        `${path}.rttMs: ${link.rttMs} ms, but latency gives ${expected === null ? 'no measurement' : `${expected} ms`} from "${link.from}" to "${link.to}"`,
      )
    }
  })
  return problems
}

/** Said of a value nested so deeply that checking it would overflow the call stack. */
export const TOO_DEEP = 'nested too deeply to be checked'

/** Validates an already-parsed value: schema first, then cross-references. Never throws. */
export function checkDataset(value: unknown): DatasetCheck {
  try {
    return checkDatasetValue(value)
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, problems: [`(root): ${TOO_DEEP}`] }
    throw error
  }
}

function checkDatasetValue(value: unknown): DatasetCheck {
  if (value && typeof value === 'object' && 'schemaVersion' in value) {
    const v = (value as { schemaVersion: unknown }).schemaVersion
    if (typeof v === 'number' && v > SCHEMA_VERSION) {
      return {
        ok: false,
        problems: [`schemaVersion: the file is version ${quoteValue(v)}, this InfraGlobe reads version ${SCHEMA_VERSION}; update the app`],
      }
    }
  }
  const parsed = DatasetSchema.safeParse(value)
  if (!parsed.success) return { ok: false, problems: issueMessages(parsed.error.issues) }
  const problems = crossReferenceProblems(parsed.data).map((problem) => clip(problem))
  return problems.length ? { ok: false, problems } : { ok: true, dataset: parsed.data }
}

/** Parses JSON text and validates it; a syntax error is reported with its line and column. */
export function parseDataset(text: string): DatasetCheck {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { ok: false, problems: [clip(`(root): not valid JSON: ${describeSyntaxError(text, error)}`)] }
  }
  return checkDataset(value)
}

function describeSyntaxError(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error)
  const reported = /position (\d+)/.exec(raw)
  const offset = reported?.[1] ? Number(reported[1]) : jsonErrorOffset(text)
  // V8 quotes the whole text in some messages: keep only its first clause.
  const message = reported ? raw : (raw.split(/, (?:\.\.\.)?"/)[0] ?? raw)
  if (offset < 0) return message
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  return `${message} (line ${line}, column ${column})`
}
