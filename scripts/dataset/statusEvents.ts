import { EventConfidenceSchema, StatusEffectSchema, type StatusEvent, type StatusEvents } from '../../src/shared/dataset/schema'
import { field, readCsvRecords, type CsvRecord } from './csv'
import { Problems } from './errors'
import { PROJECT_FILES, projectPath, readProjectText } from './projectFiles'
import { RAW_FILES, readRawText } from './rawFiles'
import { SOURCE_ID } from './sources'

const COLUMNS = ['region', 'az_id', 'date', 'event', 'status_effect', 'source_url', 'source_title', 'confidence', 'note'] as const
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/
const AZ_ID = /^[a-z0-9]+-az\d+$/

export interface StatusEventsResult {
  statusEvents: StatusEvents
  /** Rows left out, each with the reason, for the build report. */
  skipped: string[]
}

interface Exclusion {
  region: string
  date: string
  startsWith: string
  reason: string
  used: boolean
}

/**
 * The dated status events: the shared raw file plus the project's additions.
 * An event about something other than the region or its AZs (a Local Zone, a
 * service) is left out by data/status-events-excluded.csv, and one about a
 * region outside the dataset is skipped; both are reported. Every event keeps
 * the pages it was read from; a row without one fails the build.
 */
export function buildStatusEvents(
  rawDir: string,
  inDataset: ReadonlySet<string>,
  knownRegion: (code: string) => boolean,
  projectDir?: string,
): StatusEventsResult {
  const problems = new Problems()
  const skipped: string[] = []
  const exclusions = readExclusions(projectDir)
  const events: StatusEvent[] = []
  const read = (text: string, file: string) => {
    readCsvRecords(text, file, COLUMNS).forEach((record, index) => {
      const where = `${file} data row ${index + 1}`
      const region = field(record, 'region')
      const excluded = exclusions.find(
        (x) => x.region === region && x.date === field(record, 'date') && field(record, 'event').startsWith(x.startsWith),
      )
      if (excluded) {
        excluded.used = true
        skipped.push(`${where} (${region} ${field(record, 'date')}): left out, ${excluded.reason}`)
        return
      }
      if (!inDataset.has(region)) {
        skipped.push(
          `${where} (${region} ${field(record, 'date')}): left out, ${knownRegion(region) ? 'the region is outside the dataset' : 'the region code is not in the AWS SDK partitions'}`,
        )
        return
      }
      const event = eventFrom(record, where, problems)
      if (event) events.push(event)
    })
  }
  read(readRawText(rawDir, RAW_FILES.regionStatusEvents), RAW_FILES.regionStatusEvents)
  read(readProjectText(PROJECT_FILES.statusEventsAdded, projectDir), projectPath(PROJECT_FILES.statusEventsAdded))
  for (const x of exclusions) {
    if (!x.used) problems.add(`${projectPath(PROJECT_FILES.statusEventsExcluded)}: no event matches ${x.region} ${x.date} "${x.startsWith}"`)
  }
  problems.throwIfAny()
  events.sort((a, b) => (a.region < b.region ? -1 : a.region > b.region ? 1 : a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  return { statusEvents: { sources: [SOURCE_ID.regionStatusEvents, SOURCE_ID.statusEventsAdded], events }, skipped }
}

function readExclusions(dir?: string): Exclusion[] {
  const file = PROJECT_FILES.statusEventsExcluded
  return readCsvRecords(readProjectText(file, dir), projectPath(file), ['region', 'date', 'event_starts_with', 'reason']).map((r) => ({
    region: field(r, 'region'),
    date: field(r, 'date'),
    startsWith: field(r, 'event_starts_with'),
    reason: field(r, 'reason'),
    used: false,
  }))
}

function eventFrom(record: CsvRecord, where: string, problems: Problems): StatusEvent | null {
  const fail = (message: string) => {
    problems.add(`${where}: ${message}`)
    return null
  }
  const date = field(record, 'date')
  if (!DATE.test(date)) return fail(`date "${date}" is not YYYY, YYYY-MM or YYYY-MM-DD`)
  const azId = field(record, 'az_id')
  if (azId && !AZ_ID.test(azId)) return fail(`AZ ID "${azId}" is not an AZ ID such as mec1-az2`)
  const effect = StatusEffectSchema.safeParse(field(record, 'status_effect'))
  if (!effect.success) return fail(`status effect "${field(record, 'status_effect')}" is not one of ${StatusEffectSchema.options.join(', ')}`)
  const confidence = EventConfidenceSchema.safeParse(field(record, 'confidence'))
  if (!confidence.success) return fail(`confidence "${field(record, 'confidence')}" is not high, medium or low`)
  const references = referencesOf(field(record, 'source_url'), field(record, 'source_title'))
  if (!references.length) return fail('an event needs the address it was read from')
  if (!field(record, 'event')) return fail('the event says nothing')
  const note = field(record, 'note')
  return {
    region: field(record, 'region'),
    azId: azId || null,
    date,
    event: field(record, 'event'),
    effect: effect.data,
    confidence: confidence.data,
    references,
    ...(note ? { note } : {}),
  }
}

/**
 * The raw file puts several addresses in one field, separated by " ; ", and
 * their titles likewise by "; ". When the counts match they are paired;
 * otherwise each address gets the whole title text.
 */
export function referencesOf(urls: string, titles: string): { url: string; title: string }[] {
  const list = urls.split(' ; ').map((u) => u.trim()).filter(Boolean)
  const names = titles.split('; ').map((t) => t.trim()).filter(Boolean)
  const whole = titles.trim() || 'untitled'
  return list.map((url, i) => ({ url, title: names.length === list.length ? (names[i] ?? whole) : whole }))
}
