import { BuildError } from './errors'

/**
 * A small RFC 4180 parser: fields separated by commas, records by CRLF or LF,
 * fields may be quoted, and `""` inside quotes is one quote. Quoted fields may
 * hold commas and line breaks. A final line break does not start a record.
 */
export function parseCsv(text: string): string[][] {
  return parseCsvLines(text).map((r) => r.fields)
}

export interface CsvLine {
  /** The file line the record starts on (1 is the header). */
  line: number
  fields: string[]
}

/** parseCsv, keeping the line each record starts on, so that a problem can name it. */
export function parseCsvLines(text: string): CsvLine[] {
  const records: CsvLine[] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  let fieldWasQuoted = false
  let line = 1
  let recordLine = 1
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0

  const endField = () => {
    record.push(field)
    field = ''
    fieldWasQuoted = false
  }
  const endRecord = () => {
    endField()
    records.push({ line: recordLine, fields: record })
    record = []
    recordLine = line + 1
  }

  while (i < text.length) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
      } else {
        if (ch === '\n') line += 1
        field += ch
      }
      i += 1
      continue
    }
    if (ch === '"') {
      if (field !== '' || fieldWasQuoted) throw new Error(`CSV: a quote inside an unquoted field at offset ${i}`)
      quoted = true
      fieldWasQuoted = true
    } else if (ch === ',') {
      endField()
    } else if (ch === '\r' && text[i + 1] === '\n') {
      endRecord()
      line += 1
      i += 1
    } else if (ch === '\n') {
      endRecord()
      line += 1
    } else {
      if (fieldWasQuoted) throw new Error(`CSV: text after a closing quote at offset ${i}`)
      field += ch
    }
    i += 1
  }
  if (quoted) throw new Error('CSV: a quoted field is not closed')
  if (field !== '' || fieldWasQuoted || record.length > 0) endRecord()
  return records
}

export type CsvRecord = Readonly<Record<string, string>>

/**
 * Parses a CSV file with a header row into records keyed by column name.
 * Fails when a required column is missing or a row has the wrong number of
 * fields, naming the file and the line, so a reshaped upstream file is caught
 * instead of silently read as blanks.
 */
export function readCsvRecords(text: string, file: string, required: readonly string[]): CsvRecord[] {
  return readCsvRows(text, file, required).map((row) => row.record)
}

export interface CsvRow {
  /** The file line the record starts on (1 is the header). */
  line: number
  record: CsvRecord
}

/** readCsvRecords, keeping each record's line in the file. */
export function readCsvRows(text: string, file: string, required: readonly string[]): CsvRow[] {
  let rows: CsvLine[]
  try {
    rows = parseCsvLines(text)
  } catch (error) {
    throw new BuildError([`${file}: ${error instanceof Error ? error.message : String(error)}`])
  }
  const [head, ...body] = rows
  const header = head?.fields
  if (!header) throw new BuildError([`${file}: the file is empty`])
  const missing = required.filter((column) => !header.includes(column))
  if (missing.length) throw new BuildError([`${file}: missing column(s) ${missing.join(', ')}`])

  const problems: string[] = []
  const records: CsvRow[] = []
  body.forEach(({ line, fields: row }, index) => {
    // A blank line parses as a single empty field; it holds no record.
    if (row.length === 1 && row[0] === '') return
    if (row.length !== header.length) {
      problems.push(`${file} data row ${index + 1}: ${row.length} fields, the header has ${header.length}`)
      return
    }
    records.push({ line, record: Object.fromEntries(header.map((column, i) => [column, row[i] ?? ''])) })
  })
  if (problems.length) throw new BuildError(problems)
  return records
}

/** A column's value; the column is known to exist because readCsvRecords checked the header. */
export function field(record: CsvRecord, column: string): string {
  return (record[column] ?? '').trim()
}
