import type { Currency, Ec2Price, InstanceType, PriceSheet } from '../../src/shared/dataset/schema'
import { field, readCsvRecords } from './csv'
import { parseDecimal } from './decimal'
import { Problems } from './errors'
import { acceptRegion, byRegionThen, type PriceContext } from './priceRows'
import { RAW_FILES, readRawText } from './rawFiles'
import { SOURCE_ID } from './sources'

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
function read2025Sheet(rawDir: string, context: PriceContext, problems: Problems) {
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
  return { sheet, types, rows }
}

interface KarpenterGroup {
  /** The distinct generated_at days of the group's rows; a sheet has exactly one. */
  dates: Set<string>
  rows: { region: string; type: string; price: string; where: string }[]
}

/**
 * Karpenter's generated tables: one file, two currencies. The aws and
 * aws-us-gov tables are USD; the aws-cn table is almost certainly CNY even
 * though the column says usd_per_hour, so China rows form their own CNY sheet
 * and never share a sheet with USD prices. Each sheet is dated by its rows'
 * generated_at, which must agree within the sheet.
 */
function readKarpenterSheets(rawDir: string, types: ReadonlyMap<string, InstanceType>, context: PriceContext, problems: Problems) {
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
    group.rows.push({ region, type, price: field(record, 'usd_per_hour'), where })
  })

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
      if (row) rows.push(row)
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

export function buildEc2Prices(rawDir: string, context: PriceContext): Ec2Sheets {
  const problems = new Problems()
  const sheet2025 = read2025Sheet(rawDir, context, problems)
  const karpenter = readKarpenterSheets(rawDir, sheet2025.types, context, problems)
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
  return { sheets, instanceTypes, ec2 }
}
