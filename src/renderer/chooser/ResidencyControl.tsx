import { memo, useId, useMemo, useState } from 'react'
import { residencyCaveats, satisfiesResidency, type Residency } from '../../shared/chooser'
import type { Dataset, Partition } from '../../shared/dataset/schema'
import { useAppStore } from '../state/store'
import { residencyCountText } from './chooserWording'

interface Country {
  code: string
  name: string
}

/** The countries that have a region, by name. */
function countriesOf(dataset: Dataset): Country[] {
  const byCode = new Map<string, string>()
  for (const r of dataset.regions) if (!byCode.has(r.countryCode)) byCode.set(r.countryCode, r.country)
  return [...byCode].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name))
}

function partitionsOf(dataset: Dataset): Partition[] {
  return [...new Set(dataset.regions.map((r) => r.partition))]
}

type Kind = Residency['kind']

/** Short enough for the list; the constraint's full wording (PARTITION_LABELS) appears in the count and reasons. */
const PARTITION_NAMES: Readonly<Record<Partition, string>> = {
  aws: 'Commercial (aws)',
  'aws-cn': 'China (aws-cn)',
  'aws-us-gov': 'GovCloud US (aws-us-gov)',
  'aws-eusc': 'European Sovereign Cloud (aws-eusc)',
}

/**
 * "Data must stay": anywhere, in the EU/EEA, in a country or in a partition.
 * A hard filter: regions outside it are dimmed on the globe and in the table,
 * and no weight brings them back into the ranking. The country and partition
 * lists remember their last choice while another kind is selected.
 */
export const ResidencyControl = memo(function ResidencyControl({ dataset }: { dataset: Dataset }) {
  const residency = useAppStore((s) => s.residency)
  const setResidency = useAppStore((s) => s.setResidency)
  const countries = useMemo(() => countriesOf(dataset), [dataset])
  const partitions = useMemo(() => partitionsOf(dataset), [dataset])
  const [country, setCountry] = useState(() =>
    residency.kind === 'country' ? residency.countryCode : (countries[0]?.code ?? ''),
  )
  const [partition, setPartition] = useState<Partition>(() =>
    residency.kind === 'partition' ? residency.partition : (partitions[0] ?? 'aws'),
  )
  const name = useId()
  const ids = { country: useId(), partition: useId(), count: useId() }
  // The lists follow a constraint set elsewhere (a scene), so they never disagree with it.
  const shownCountry = residency.kind === 'country' ? residency.countryCode : country
  const shownPartition = residency.kind === 'partition' ? residency.partition : partition
  // "Anywhere" allows every partition; the ranking's reasons say it per region, so the control stays short.
  const caveats = useMemo(
    () => (residency.kind === 'any' ? [] : residencyCaveats(residency, dataset.regions)),
    [dataset, residency],
  )
  const satisfying = useMemo(
    () => dataset.regions.filter((r) => satisfiesResidency(r, residency)).length,
    [dataset, residency],
  )

  const choose = (kind: Kind, options: { country?: string; partition?: Partition } = {}) => {
    const c = options.country ?? shownCountry
    const p = options.partition ?? shownPartition
    if (options.country) setCountry(options.country)
    if (options.partition) setPartition(options.partition)
    if (kind === 'any') setResidency({ kind })
    else if (kind === 'eu-eea') setResidency({ kind })
    else if (kind === 'country') setResidency({ kind, countryCode: c })
    else setResidency({ kind, partition: p })
  }

  const radio = (kind: Kind, label: string) => (
    <>
      <input type="radio" name={name} value={kind} checked={residency.kind === kind} onChange={() => choose(kind)} />
      <span>{label}</span>
    </>
  )

  return (
    <fieldset className="chooser__box residency" aria-describedby={ids.count}>
      <legend className="chooser__legend">Data must stay</legend>
      <div className="residency__options">
        <label className="residency__option">{radio('any', 'Anywhere')}</label>
        <label className="residency__option">{radio('eu-eea', 'In the EU/EEA')}</label>
        <div className="residency__row">
          <label className="residency__option">{radio('country', 'In a country')}</label>
          <select
            id={ids.country}
            aria-label="Country"
            className="chooser__select"
            value={shownCountry}
            onChange={(e) => choose('country', { country: e.target.value })}
          >
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="residency__row">
          <label className="residency__option">{radio('partition', 'In a partition')}</label>
          <select
            id={ids.partition}
            aria-label="Partition"
            className="chooser__select"
            value={shownPartition}
            onChange={(e) => {
              const chosen = partitions.find((p) => p === e.target.value)
              if (chosen) choose('partition', { partition: chosen })
            }}
          >
            {partitions.map((p) => (
              <option key={p} value={p}>
                {PARTITION_NAMES[p]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p id={ids.count} className="chooser__count" aria-live="polite" data-testid="residency-count">
        {residencyCountText(dataset, residency, satisfying)}
      </p>
      {caveats.map((caveat) => (
        <p key={caveat} className="residency__caveat" data-testid="residency-caveat">
          ⚠ {caveat}.
        </p>
      ))}
      <p className="chooser__note">A hard filter, never a weight: regions outside it are dimmed and never ranked.</p>
    </fieldset>
  )
})
