import { useId, type ReactNode } from 'react'
import { toggleCompared, useIsCompared } from '../compare/compareSelection'
import { selectRegionPlacement, selectRegionStatuses } from '../state/selectors'
import { useAppStore } from '../state/store'
import type { Region } from '../../shared/dataset/schema'
import type { RegionStatusNow } from '../../shared/status'
import { statusLineWithSource } from '../wording/statusWording'
import {
  azCountText,
  azIdsText,
  launchYearText,
  locationText,
  optInText,
  partitionGloss,
  placeText,
  sourceLine,
} from '../wording/regionWording'

/** The facts of the selected region, each with what it means and where it comes from. */
export function RegionFacts() {
  const dataset = useAppStore((s) => s.dataset)
  const selectedCode = useAppStore((s) => s.selectedCode)
  const headingId = useId()
  const region = dataset?.regions.find((r) => r.code === selectedCode)
  const status = useAppStore((s) => (selectedCode ? selectRegionStatuses(s).get(selectedCode) : undefined))
  const drawn = useAppStore((s) => (selectedCode ? selectRegionPlacement(s).byCode.get(selectedCode) : undefined))

  if (!dataset || !region) {
    return (
      <section data-testid="region-facts" className="region-facts region-facts--empty" aria-label="Region facts">
        <p className="region-facts__hint">Select a region on the globe or in the table</p>
      </section>
    )
  }

  return (
    <section data-testid="region-facts" className="region-facts" aria-labelledby={headingId}>
      <h2 id={headingId} className="region-facts__name">
        {region.name}
      </h2>
      <p className="region-facts__where">
        <span className="region-facts__code">{region.code}</span>
        {' · '}
        {placeText(region)}
      </p>
      <CompareButton code={region.code} />
      <dl className="region-facts__list">
        <Fact term="Partition">
          {region.partition} — {partitionGloss[region.partition]}
        </Fact>
        <Fact term="Launched">{launchYearText(region)}</Fact>
        <Fact term="Status">
          <StatusFact region={region} status={status} />
        </Fact>
        <Fact term="Opt-in">{optInText(region)}</Fact>
        <Fact term="Availability Zones">{azCountText(region)}</Fact>
        <Fact term="AZ IDs">{azIdsText(region)}</Fact>
        <Fact term="Location">{locationText(region, drawn, dataset.regions)}</Fact>
      </dl>
      {region.notes.length > 0 && (
        <ul className="region-facts__notes" aria-label="Notes">
          {region.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <p className="region-facts__source">{sourceLine(dataset, region.sources)}</p>
    </section>
  )
}

/** The status as a word with its mark, then the dated line with its source when events say something. */
function StatusFact({ region, status }: { region: Region; status: RegionStatusNow | undefined }) {
  const condition = status?.condition ?? (region.status === 'announced' ? 'announced' : 'open')
  const word =
    condition === 'out-of-service'
      ? 'reported out of service'
      : condition === 'degraded'
        ? `${region.status}, outage reported`
        : region.status
  const mark = condition === 'open' ? region.status : condition
  const line = status?.latest ? statusLineWithSource(status) : null
  return (
    <>
      <span className={`status status--${mark}`}>
        <span className="status__mark" aria-hidden="true" />
        {word}
      </span>
      {line && (
        <span className="region-facts__status-line" data-testid="status-line" data-confidence={status?.lowConfidence ? 'low' : undefined}>
          {line}
        </span>
      )}
    </>
  )
}

/** Adds the region to the side-by-side comparison, or takes it out. */
function CompareButton({ code }: { code: string }) {
  const compared = useIsCompared(code)
  return (
    <button type="button" className="button region-facts__compare" onClick={() => toggleCompared(code)}>
      {compared ? 'Remove from comparison' : 'Add to comparison'}
    </button>
  )
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="region-facts__fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}
