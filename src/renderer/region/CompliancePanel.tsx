import type { Dataset, Jurisdiction, Region } from '../../shared/dataset/schema'
import { partitionGloss } from '../wording/regionWording'
import { optInMeaning, sourcesText } from './detailsWording'

const KIND_WORDS: Readonly<Record<Jurisdiction['kind'], string>> = {
  'data-protection-law': 'Data-protection law',
  partition: 'Separately operated partition',
}

/**
 * Where the region is, in law: its country and partition, what opt-in means,
 * and the legal frames of the curated table in plain words. Each frame's
 * official text is given as selectable text: the app never opens a link.
 */
export function CompliancePanel({ dataset, region }: { dataset: Dataset; region: Region }) {
  const frames = region.legalFrames.flatMap((id) => dataset.jurisdictions.rows.filter((row) => row.id === id))
  return (
    <div className="region-details__body" data-testid="region-compliance">
      <dl className="region-details__facts">
        <dt>Country</dt>
        <dd>
          {region.country} ({region.countryCode})
        </dd>
        <dt>Partition</dt>
        <dd>
          {region.partition} — {partitionGloss[region.partition]}
        </dd>
        <dt>Opt-in</dt>
        <dd>{optInMeaning(region)}</dd>
      </dl>
      <p className="region-details__lead">
        Data stored in a region stays there unless someone moves it; the law of the place applies.
      </p>
      <h3 className="region-details__heading">Legal frames</h3>
      {frames.length === 0 ? (
        <p className="region-details__unknown">No frame in the curated table for this region.</p>
      ) : (
        <ul className="region-details__frames">
          {frames.map((frame) => (
            <li key={frame.id} className="region-details__frame">
              <p className="region-details__frame-name">
                <strong>{frame.shortName}</strong>
                <span className="region-details__kind"> · {KIND_WORDS[frame.kind]}</span>
              </p>
              <p className="region-details__frame-full">{frame.name}</p>
              <p>{frame.summary}</p>
              <p className="region-details__url">
                Official text: <span className="region-details__selectable">{frame.sourceUrl}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
      <p className="region-details__note">
        Not legal advice: a plain-words summary to start from. {sourcesText(dataset, dataset.jurisdictions.sources)}.
      </p>
    </div>
  )
}
