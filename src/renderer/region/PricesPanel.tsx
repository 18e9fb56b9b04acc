import type { Dataset, Region } from '../../shared/dataset/schema'
import { HOURS_PER_MONTH, ec2PriceSheetFor, monthlyCost, s3Tiers, type Ec2PriceLine, type Ec2Quote } from '../../shared/pricing'
import { formatMonthly, formatPrice, sourcesText } from './detailsWording'

/** The region monthly costs are compared with. */
export const REFERENCE_REGION = 'us-east-1'
export const EXAMPLE_TYPE = 't3.micro'

/** The quote a line shows: USD where a USD sheet has it, otherwise the CNY sheet's, never converted. */
function quoteOf(line: Ec2PriceLine): Ec2Quote | null {
  return line.usd ?? line.cny
}

/**
 * The worked example: what the example instance costs for a month here and in
 * us-east-1, each in its own currency and with its sheet's date; "unknown"
 * where no sheet gives a price.
 */
export function workedExample(dataset: Dataset, code: string): string {
  const quote = (region: string) => {
    const line = ec2PriceSheetFor(dataset, region).find((l) => l.type === EXAMPLE_TYPE)
    return line ? quoteOf(line) : null
  }
  const cost = (q: Ec2Quote) => `${formatMonthly(monthlyCost(q.perHour), q.currency)} (prices as of ${q.asOf})`
  const here = quote(code)
  const lead = `A ${EXAMPLE_TYPE} running a month (${HOURS_PER_MONTH} h)`
  if (!here) return `${lead} here: unknown, no source gives a ${EXAMPLE_TYPE} price for ${code}.`
  if (code === REFERENCE_REGION) return `${lead} here costs ${cost(here)}.`
  const reference = quote(REFERENCE_REGION)
  const there = reference ? cost(reference) : 'unknown'
  const mixed = reference && reference.currency !== here.currency ? ' The currencies differ, so the two are not converted or compared.' : ''
  return `${lead} here costs ${cost(here)}; in ${REFERENCE_REGION} ${there}.${mixed}`
}

/** EC2 on-demand Linux and S3 Standard prices of the region, each with its sheet's date and source. */
export function PricesPanel({ dataset, region }: { dataset: Dataset; region: Region }) {
  const lines = ec2PriceSheetFor(dataset, region.code)
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
                  <td className="is-numeric is-unknown">unknown</td>
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
        <p className="region-details__unknown">Unknown: no source gives S3 Standard prices for {region.code}.</p>
      )}
    </div>
  )
}
