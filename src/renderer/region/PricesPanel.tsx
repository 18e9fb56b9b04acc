import type { Currency, Dataset, Region } from '../../shared/dataset/schema'
import {
  HOURS_PER_MONTH,
  compareEc2Prices,
  ec2PriceSheetFor,
  ec2PriceStatus,
  formatAmount,
  formatPrice,
  monthlyCost,
  s3Tiers,
  type Ec2PriceLine,
  type Ec2Quote,
} from '../../shared/pricing'
import { sourcesText } from './detailsWording'

/** The region monthly costs are compared with. */
export const REFERENCE_REGION = 'us-east-1'
export const EXAMPLE_TYPE = 't3.micro'

/** The quote a line shows: USD where a USD sheet has it, otherwise the CNY sheet's, never converted. */
function quoteOf(line: Ec2PriceLine): Ec2Quote | null {
  return line.usd ?? line.cny
}

/** The currency a region's prices are shown in: CNY where only CNY sheets price it (the China regions), else USD. */
export function regionCurrency(lines: readonly Ec2PriceLine[]): Currency {
  return lines.some((l) => l.cny) && !lines.some((l) => l.usd) ? 'CNY' : 'USD'
}

/** Why a type has no price here: "not in the 2025-04-04 price sheet" (never "not offered" without a source saying so). */
export function missingPriceText(dataset: Dataset, code: string, type: string, currency: Currency): string {
  const status = ec2PriceStatus(dataset, code, type, currency)
  return status.kind === 'priced' ? formatPrice(status.quote.perHour, status.quote.currency) : status.text
}

/**
 * The worked example: what the example instance costs for a month here and in
 * us-east-1, each in its own currency and with its sheet's date. In US dollars
 * both prices come from the same sheet when one sheet has both, and the
 * example says so when they do not; a price absent from the sheets is "not in
 * the <date> price sheet".
 */
export function workedExample(dataset: Dataset, code: string): string {
  const quote = (region: string) => {
    const line = ec2PriceSheetFor(dataset, region).find((l) => l.type === EXAMPLE_TYPE)
    return line ? quoteOf(line) : null
  }
  const cost = (q: Ec2Quote) => `${formatAmount(monthlyCost(q.perHour), q.currency)} (prices as of ${q.asOf})`
  const lead = `A ${EXAMPLE_TYPE} running a month (${HOURS_PER_MONTH} h)`
  const missing = (region: string) => missingPriceText(dataset, region, EXAMPLE_TYPE, regionCurrency(ec2PriceSheetFor(dataset, region)))
  const pair = code === REFERENCE_REGION ? null : compareEc2Prices(dataset, code, REFERENCE_REGION, EXAMPLE_TYPE)
  const here = pair?.a ?? quote(code)
  if (!here) return `${lead} here: ${missing(code)}.`
  if (code === REFERENCE_REGION) return `${lead} here costs ${cost(here)}.`
  const reference = pair?.b ?? quote(REFERENCE_REGION)
  const there = reference ? cost(reference) : missing(REFERENCE_REGION)
  const currencies = reference && reference.currency !== here.currency ? ' The currencies differ, so the two are not converted or compared.' : ''
  const dates = pair?.basis.mixesDates ? ` The two prices come from different sheets: it ${pair.basis.note}.` : ''
  return `${lead} here costs ${cost(here)}; in ${REFERENCE_REGION} ${there}.${currencies}${dates}`
}

/** EC2 on-demand Linux and S3 Standard prices of the region, each with its sheet's date and source. */
export function PricesPanel({ dataset, region }: { dataset: Dataset; region: Region }) {
  const lines = ec2PriceSheetFor(dataset, region.code)
  const currency = regionCurrency(lines)
  const quoted = lines.map((line) => ({ line, quote: quoteOf(line) }))
  const s3 = s3Tiers(dataset, region.code)
  const ec2Sources = quoted.flatMap(({ quote }) => (quote ? [quote.sourceId] : []))

  return (
    <div className="region-details__body" data-testid="region-prices">
      <p className="region-details__example" data-testid="price-example">
        {workedExample(dataset, region.code)}
      </p>
      <h3 className="region-details__heading">EC2 on-demand, Linux</h3>
      <table className="region-details__table" aria-label="EC2 on-demand Linux prices per hour">
        <thead>
          <tr>
            <th scope="col">Instance type</th>
            <th scope="col" className="is-numeric">vCPU</th>
            <th scope="col" className="is-numeric">Memory GiB</th>
            <th scope="col" className="is-numeric">Per hour</th>
            <th scope="col">As of</th>
          </tr>
        </thead>
        <tbody>
          {quoted.map(({ line, quote }) => (
            <tr key={line.type}>
              <th scope="row">
                <code>{line.type}</code>
              </th>
              <td className="is-numeric">{line.vcpu}</td>
              <td className="is-numeric">{line.memoryGiB}</td>
              {quote ? (
                <>
                  <td className="is-numeric">{formatPrice(quote.perHour, quote.currency)}</td>
                  <td className="is-date">{quote.asOf}</td>
                </>
              ) : (
                <>
                  <td className="is-numeric is-unknown">{missingPriceText(dataset, region.code, line.type, currency)}</td>
                  <td className="is-unknown">—</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="region-details__note">
        {ec2Sources.length
          ? `${sourcesText(dataset, ec2Sources)}. Each price comes from the newest sheet that has it; CNY prices are shown as published, never converted.`
          : 'No source gives EC2 prices for this region: every price is unknown.'}
      </p>

      <h3 className="region-details__heading">S3 Standard storage</h3>
      {s3 ? (
        <>
          <table className="region-details__table" aria-label="S3 Standard storage prices per GB-month">
            <thead>
              <tr>
                <th scope="col">Tier (stored per month)</th>
                <th scope="col" className="is-numeric">Per GB-month</th>
              </tr>
            </thead>
            <tbody>
              {s3.tiers.map((tier) => (
                <tr key={tier.fromTB}>
                  <th scope="row">{tier.toTB === null ? `Over ${tier.fromTB} TB` : tier.fromTB === 0 ? `First ${tier.toTB} TB` : `Next ${tier.toTB - tier.fromTB} TB`}</th>
                  {tier.perGBMonth === null ? (
                    <td className="is-numeric is-unknown">unknown</td>
                  ) : (
                    <td className="is-numeric">{formatPrice(tier.perGBMonth, s3.currency)}</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="region-details__note">
            As of {s3.asOf}. {sourcesText(dataset, [s3.sourceId])}.
          </p>
        </>
      ) : (
        <p className="region-details__unknown">{s3MissingText(dataset, region.code)}</p>
      )}
    </div>
  )
}

/** "Not in the 2024-09-25 S3 price sheet: no S3 Standard price for cn-north-1." */
export function s3MissingText(dataset: Dataset, code: string): string {
  const s3Sheets = new Set(dataset.prices.s3.map((row) => row.sheet))
  const dates = [...new Set(dataset.prices.sheets.filter((s) => s3Sheets.has(s.id)).map((s) => s.asOf))].sort()
  if (dates.length === 0) return `Unknown: the dataset has no S3 price sheet, so no S3 Standard price for ${code}.`
  return `Not in the ${dates.join(' or ')} S3 price sheet: no S3 Standard price for ${code}.`
}
