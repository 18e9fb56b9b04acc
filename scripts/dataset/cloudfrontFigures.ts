import type { CloudFrontFigure, CloudFrontFigureKind } from '../../src/shared/dataset/schema'
import { field, readCsvRows } from './csv'
import type { Problems } from './errors'
import { RAW_FILES, readRawText } from './rawFiles'
import type { References } from './references'
import { at, readApproximateDate, readConfidence } from './rowChecks'

const FIGURES: Readonly<Record<string, CloudFrontFigureKind | null>> = {
  points_of_presence: 'points-of-presence',
  edge_locations: 'edge-locations',
  regional_edge_caches: 'regional-edge-caches',
  pop_cities: 'pop-cities',
  pop_countries: 'pop-countries',
  embedded_points_of_presence: 'embedded-pops',
  embedded_pop_cities: 'embedded-pop-cities',
  // Not an AWS figure: the dataset counts its own items.
  location_prefixes_in_project_list: null,
}

/** AWS's current figures are those of its CloudFront features page. */
const HEADLINE_PAGE = 'https://aws.amazon.com/cloudfront/features/'

/** "600+" or "13". */
const VALUE = /^(\d+)(\+?)$/

export function buildCloudFrontFigures(rawDir: string, references: References, problems: Problems): CloudFrontFigure[] {
  const file = RAW_FILES.cloudfrontFigures
  const rows = readCsvRows(readRawText(rawDir, file), file, ['figure', 'value', 'source', 'as_of', 'confidence', 'note'])
  const figures: CloudFrontFigure[] = []
  for (const { line, record } of rows) {
    const name = field(record, 'figure')
    const row = { file, line, label: name }
    if (!(name in FIGURES)) {
      problems.add(`${at(row)}: figure "${name}" is not one of ${Object.keys(FIGURES).join(', ')}`)
      continue
    }
    const figure = FIGURES[name]
    if (!figure) continue
    const value = VALUE.exec(field(record, 'value'))
    if (!value) problems.add(`${at(row)}: value "${field(record, 'value')}" is not a whole number, with or without "+"`)
    const confidence = readConfidence(record, row, problems)
    const source = field(record, 'source')
    if (!source) problems.add(`${at(row)}: no source`)
    const dated = field(record, 'as_of')
    const asOf = readApproximateDate(dated)
    if (!value || !confidence || !source) continue
    figures.push({
      figure,
      value: Number(value[1]),
      orMore: value[2] === '+',
      headline: source.startsWith(HEADLINE_PAGE),
      asOf: asOf ?? null,
      dated: dated || 'undated',
      confidence,
      refs: references.cite(source),
      note: field(record, 'note') || null,
    })
  }
  return figures
}
