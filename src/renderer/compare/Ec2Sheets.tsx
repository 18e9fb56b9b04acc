import { useId, useMemo } from 'react'
import type { Dataset } from '../../shared/dataset/schema'
import { dateBasis } from '../../shared/pricing'
import { ec2Comparison } from './ec2Comparison'

/**
 * The compared regions' full EC2 price sheets, side by side: one line per
 * instance type, one price column per region, each column headed by its
 * sheet's as-of date. The cheapest price of a line is marked "★".
 */
export function Ec2Sheets({ dataset, codes }: { dataset: Dataset; codes: readonly string[] }) {
  const comparison = useMemo(() => ec2Comparison(dataset, codes), [dataset, codes])
  const captionId = useId()
  if (comparison.lines.length === 0) return null
  const usdDates = comparison.columns.filter((c) => c.currency === 'USD').flatMap((c) => c.asOf)
  const basis = dateBasis(usdDates.map((asOf) => ({ asOf })))
  return (
    <div className="compare__scroller">
      <table data-testid="compare-ec2" className="compare-table compare-ec2" aria-labelledby={captionId}>
        <caption id={captionId} className="compare-ec2__caption">
          EC2 on-demand Linux price sheets, per hour
          {basis.mixesDates && <span className="compare-table__note-line">The columns {basis.note}: prices of different dates.</span>}
        </caption>
        <thead>
          <tr>
            <th scope="col">Type</th>
            <th scope="col" className="is-numeric">
              vCPU
            </th>
            <th scope="col" className="is-numeric">
              GiB
            </th>
            {comparison.columns.map((column) => (
              <th key={column.code} scope="col" className="is-numeric" data-testid="compare-ec2-sheet" data-code={column.code}>
                <span className="compare-ec2__code">{column.code}</span>
                <span className="compare-ec2__asof">
                  {column.currency ?? 'no prices'}
                  {column.asOf.length > 0 && ` · as of ${column.asOf.join(', ')}`}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.lines.map((line) => (
            <tr key={line.type}>
              <th scope="row">{line.type}</th>
              <td className="is-numeric">{line.vcpu}</td>
              <td className="is-numeric">{line.memoryGiB}</td>
              {line.cells.map((cell, c) => (
                <td
                  key={comparison.columns[c]?.code ?? c}
                  className={`is-numeric compare-cell${cell.best ? ' is-best' : ''}${cell.quote ? '' : ' is-unknown'}`}
                  data-best={cell.best ? 'true' : undefined}
                >
                  {cell.best && (
                    <span className="compare-badge compare-badge--best" title="Cheapest for this type">
                      ★<span className="visually-hidden"> cheapest </span>
                    </span>
                  )}
                  {cell.text}
                  {cell.ownDate && cell.quote && <span className="compare-cell__detail">as of {cell.quote.asOf}</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
