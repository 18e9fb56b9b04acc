import type { Currency, Ec2Price, InstanceType, PriceSheet } from '../../src/shared/dataset/schema'
import { field, readCsvRecords } from './csv'
import { parseDecimal } from './decimal'
import { Problems } from './errors'
import { acceptRegion, byRegionThen, type PriceContext } from './priceRows'
import { PROJECT_FILES, projectPath, readProjectText } from './projectFiles'
import { RAW_FILES, readRawText } from './rawFiles'
import { SOURCE_ID } from './sources'

/**
 * Rows the project extracted itself from the same upstream files and dates
 * (data/prices/ec2-ondemand-linux-added-types.csv): instance types the
 * bundled selection lacks. Each joins the sheet of its upstream and date and
 * keeps its own source id.
 */
interface AddedRow {
  region: string
  type: string
  price: string
  currency: Currency
  vcpu: string
  memory: string
  sheetDate: string
  upstream: 'ec2.shop' | 'karpenter'
  where: string
}

function readAddedRows(context: PriceContext, problems: Problems, dir?: string): AddedRow[] {
  const file = PROJECT_FILES.ec2PriceAdditions
  const name = projectPath(file)
  const records = readCsvRecords(readProjectText(file, dir), name, [
    'region', 'instance_type', 'price_per_hour', 'currency', 'vcpu', 'memory', 'sheet_date', 'upstream', 'upstream_file', 'read_on',
  ])
  const rows: AddedRow[] = []
  records.forEach((record, index) => {
    const region = field(record, 'region')
    const type = field(record, 'instance_type')
    const where = `${name} data row ${index + 1} (${region} ${type})`
    const currency = field(record, 'currency')
    const upstream = field(record, 'upstream')
    if (currency !== 'USD' && currency !== 'CNY') problems.add(`${where}: currency "${currency}" is not USD or CNY`)
    const kind = upstream.startsWith('yeo/ec2.shop@') ? 'ec2.shop' : upstream.startsWith('aws/karpenter-provider-aws@') ? 'karpenter' : null
    if (!kind) problems.add(`${where}: upstream "${upstream}" is neither yeo/ec2.shop nor aws/karpenter-provider-aws`)
    if (!acceptRegion(region, where, context, problems) || !kind || (currency !== 'USD' && currency !== 'CNY')) return
    rows.push({
      region,
      type,
      price: field(record, 'price_per_hour'),
      currency,
      vcpu: field(record, 'vcpu'),
      memory: field(record, 'memory'),
      sheetDate: field(record, 'sheet_date'),
      upstream: kind,
      where,
    })
  })
  return rows
}

export interface Ec2Sheets {
  sheets: PriceSheet[]
  instanceTypes: InstanceType[]
  ec2: Ec2Price[]
}

const MEMORY = /^(\d+(?:\.\d+)?) GiB$/

/**
 * The 2025-04-04 sheet from the AWS price feed mirror. It also defines the
 * instance types (vCPU, memory) that every EC2 sheet refers to.
 */
function read2025Sheet(rawDir: string, context: PriceContext, problems: Problems, added: readonly AddedRow[]) {
  const file = RAW_FILES.ec2Prices2025
  const sheet: PriceSheet = { id: 'ec2-2025-04-04', source: SOURCE_ID.ec2Prices2025, asOf: '2025-04-04', currency: 'USD' }
  const records = readCsvRecords(readRawText(rawDir, file), file, [
    'region', 'instance_type', 'usd_per_hour', 'vcpu', 'memory',
  ])
  const types = new Map<string, InstanceType>()
  const rows: Ec2Price[] = []
  records.forEach((record, index) => {
    const type = field(record, 'instance_type')
    const where = `${file} data row ${index + 1} (${field(record, 'region')} ${type})`
    const vcpu = field(record, 'vcpu')
    const memory = MEMORY.exec(field(record, 'memory'))
    if (!/^\d+$/.test(vcpu) || !memory?.[1]) {
      problems.add(`${where}: vCPU "${vcpu}" / memory "${field(record, 'memory')}" not understood (expected e.g. 2 / 8 GiB)`)
      return
    }
    const spec: InstanceType = { type, vcpu: Number(vcpu), memoryGiB: Number(memory[1]) }
    const known = types.get(type)
    if (known && (known.vcpu !== spec.vcpu || known.memoryGiB !== spec.memoryGiB)) {
      problems.add(`${where}: ${type} has ${spec.vcpu} vCPU / ${spec.memoryGiB} GiB here but ${known.vcpu} / ${known.memoryGiB} elsewhere`)
    }
    types.set(type, known ?? spec)
    const region = field(record, 'region')
    if (!acceptRegion(region, where, context, problems)) return
    const row = priceRow(sheet.id, region, type, field(record, 'usd_per_hour'), where, problems)
    if (row) rows.push(row)
  })
  for (const a of added.filter((r) => r.upstream === 'ec2.shop')) {
    if (a.sheetDate !== sheet.asOf || a.currency !== 'USD') {
      problems.add(`${a.where}: an ec2.shop row must be of the ${sheet.asOf} USD sheet, not ${a.sheetDate} ${a.currency}`)
      continue
    }
    const memory = MEMORY.exec(a.memory)
    if (!/^\d+$/.test(a.vcpu) || !memory?.[1]) {
      problems.add(`${a.where}: vCPU "${a.vcpu}" / memory "${a.memory}" not understood (expected e.g. 2 / 8 GiB)`)
      continue
    }
    const spec: InstanceType = { type: a.type, vcpu: Number(a.vcpu), memoryGiB: Number(memory[1]) }
    const known = types.get(a.type)
    if (known && (known.vcpu !== spec.vcpu || known.memoryGiB !== spec.memoryGiB)) {
      problems.add(`${a.where}: ${a.type} has ${spec.vcpu} vCPU / ${spec.memoryGiB} GiB here but ${known.vcpu} / ${known.memoryGiB} elsewhere`)
    }
    types.set(a.type, known ?? spec)
    const row = priceRow(sheet.id, a.region, a.type, a.price, a.where, problems)
    if (row) rows.push({ ...row, source: SOURCE_ID.ec2PriceAdditions })
  }
  return { sheet, types, rows }
}

interface KarpenterGroup {
  /** The distinct generated_at days of the group's rows; a sheet has exactly one. */
  dates: Set<string>
  rows: { region: string; type: string; price: string; where: string; added: boolean }[]
}

/**
 * Karpenter's generated tables: one file, two currencies. The aws and
 * aws-us-gov tables are USD; the aws-cn table is almost certainly CNY even
 * though the column says usd_per_hour, so China rows form their own CNY sheet
 * and never share a sheet with USD prices. Each sheet is dated by its rows'
 * generated_at, which must agree within the sheet.
 */
function readKarpenterSheets(
  rawDir: string,
  types: ReadonlyMap<string, InstanceType>,
  context: PriceContext,
  problems: Problems,
  added: readonly AddedRow[],
) {
  const file = RAW_FILES.ec2PricesKarpenter
  const records = readCsvRecords(readRawText(rawDir, file), file, ['region', 'instance_type', 'usd_per_hour', 'generated_at'])
  const groups = new Map<Currency, KarpenterGroup>()
  records.forEach((record, index) => {
    const region = field(record, 'region')
    const type = field(record, 'instance_type')
    const where = `${file} data row ${index + 1} (${region} ${type})`
    if (!acceptRegion(region, where, context, problems)) return
    if (!types.has(type)) problems.add(`${where}: instance type ${type} has no vCPU/memory in ${RAW_FILES.ec2Prices2025}`)
    const currency: Currency = context.partitionOf.get(region) === 'aws-cn' ? 'CNY' : 'USD'
    const group = groups.get(currency) ?? { dates: new Set<string>(), rows: [] }
    groups.set(currency, group)
    group.dates.add(field(record, 'generated_at').slice(0, 10))
    group.rows.push({ region, type, price: field(record, 'usd_per_hour'), where, added: false })
  })
  for (const a of added.filter((r) => r.upstream === 'karpenter')) {
    if (!types.has(a.type)) problems.add(`${a.where}: instance type ${a.type} has no vCPU/memory in the 2025-04-04 sheet`)
    const currency: Currency = context.partitionOf.get(a.region) === 'aws-cn' ? 'CNY' : 'USD'
    if (currency !== a.currency) problems.add(`${a.where}: ${a.region} is priced in ${currency}, not ${a.currency}`)
    const group = groups.get(currency)
    if (!group?.dates.has(a.sheetDate)) {
      problems.add(`${a.where}: no Karpenter ${currency} sheet of ${a.sheetDate} to join`)
      continue
    }
    group.rows.push({ region: a.region, type: a.type, price: a.price, where: a.where, added: true })
  }

  const sheets: PriceSheet[] = []
  const rows: Ec2Price[] = []
  for (const currency of ['USD', 'CNY'] as const) {
    const group = groups.get(currency)
    if (!group) continue
    const [asOf, ...others] = [...group.dates]
    if (!asOf || others.length || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
      problems.add(`${file}: the ${currency} rows have generated_at dates ${[...group.dates].join(', ')}; expected one date`)
      continue
    }
    const id = currency === 'CNY' ? `ec2-karpenter-cn-${asOf}` : `ec2-karpenter-${asOf}`
    sheets.push({ id, source: SOURCE_ID.ec2PricesKarpenter, asOf, currency })
    for (const r of group.rows) {
      const row = priceRow(id, r.region, r.type, r.price, r.where, problems)
      if (row) rows.push(r.added ? { ...row, source: SOURCE_ID.ec2PriceAdditions } : row)
    }
  }
  return { sheets, rows }
}

function priceRow(
  sheet: string,
  region: string,
  instanceType: string,
  price: string,
  where: string,
  problems: Problems,
): Ec2Price | null {
  const perHour = parseDecimal(price)
  if (perHour === null || perHour <= 0) {
    problems.add(`${where}: price "${price}" is not a positive number`)
    return null
  }
  return { sheet, region, instanceType, perHour }
}

export function buildEc2Prices(rawDir: string, context: PriceContext, projectDir?: string): Ec2Sheets {
  const problems = new Problems()
  const added = readAddedRows(context, problems, projectDir)
  const sheet2025 = read2025Sheet(rawDir, context, problems, added)
  const karpenter = readKarpenterSheets(rawDir, sheet2025.types, context, problems, added)
  const sheets = [sheet2025.sheet, ...karpenter.sheets]
  const ec2 = [...sheet2025.rows, ...karpenter.rows]
  const seen = new Set<string>()
  for (const row of ec2) {
    const key = `${row.sheet}/${row.region}/${row.instanceType}`
    if (seen.has(key)) problems.add(`EC2 prices: ${key} is listed twice`)
    seen.add(key)
  }
  problems.throwIfAny()

  const sheetOrder = new Map(sheets.map((s, i) => [s.id, i]))
  const order = byRegionThen<Ec2Price>((r) => r.instanceType)
  ec2.sort((a, b) => (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) || order(a, b))
  const instanceTypes = [...sheet2025.types.values()].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0))
  return { sheets: sheets.map((sheet) => withCoverage(sheet, ec2)), instanceTypes, ec2 }
}

/**
 * What a sheet was read for: the regions it has rows for and the instance
 * types it was filtered to. A pair inside both with no row is absent from
 * that sheet, which says nothing about whether AWS offers it.
 */
function withCoverage(sheet: PriceSheet, rows: readonly Ec2Price[]): PriceSheet {
  const own = rows.filter((r) => r.sheet === sheet.id)
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort()
  return { ...sheet, covers: { regions: sorted(own.map((r) => r.region)), instanceTypes: sorted(own.map((r) => r.instanceType)) } }
}
