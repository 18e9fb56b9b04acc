import { useId, useMemo, useState } from 'react'
import type { Dataset, Region, Service } from '../../shared/dataset/schema'
import { missingComparedWith, noticeText, serviceCategories, servicesOf } from '../../shared/services'
import { foldText } from '../wording/regionSearch'
import { sourcesText } from './detailsWording'

/** The region every other is compared with by default: the oldest and usually the first to get a service. */
export const DEFAULT_BASELINE = 'us-east-1'

/** The number of services the region offers, or null when its list is unknown. */
export function serviceCount(dataset: Dataset, code: string): number | null {
  return servicesOf(dataset, code)?.size ?? null
}

/**
 * The services of the region, searchable and grouped by category, and what it
 * lacks compared with another region. A region without a list is "unknown",
 * never "0".
 */
export function ServicesPanel({ dataset, region }: { dataset: Dataset; region: Region }) {
  const offered = servicesOf(dataset, region.code)
  return (
    <div className="region-details__body" data-testid="region-services">
      {offered ? (
        <ServiceList dataset={dataset} offered={offered} />
      ) : (
        <p className="region-details__unknown">
          Service list unknown: {region.code} is not in the regional services table this dataset uses.
        </p>
      )}
      <MissingServices dataset={dataset} region={region} />
      <p className="region-details__note">
        Categories are read from the service names, not AWS’s own grouping. {sourcesText(dataset, dataset.services.sources)}.
      </p>
    </div>
  )
}

function ServiceList({ dataset, offered }: { dataset: Dataset; offered: ReadonlySet<string> }) {
  const [query, setQuery] = useState('')
  const searchId = useId()
  const groups = useMemo(() => {
    const wanted = foldText(query.trim())
    const services = dataset.services.catalogue.filter(
      (s) => offered.has(s.id) && (!wanted || foldText(s.name).includes(wanted)),
    )
    return serviceCategories(services).filter((group) => group.services.length > 0)
  }, [dataset, offered, query])
  const shown = groups.reduce((n, group) => n + group.services.length, 0)

  return (
    <>
      <label htmlFor={searchId} className="visually-hidden">
        Search services
      </label>
      <input
        id={searchId}
        type="search"
        className="text-input region-details__search"
        placeholder="Search services"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <p className="region-details__count" aria-live="polite">
        {query.trim() ? `${shown} of ${offered.size} services match` : `${offered.size} services`}
      </p>
      {groups.map((group) => (
        <section key={group.category} className="region-details__group" aria-label={group.category}>
          <h4 className="region-details__group-name">
            {group.category} ({group.services.length})
          </h4>
          <ServiceNames services={group.services} />
        </section>
      ))}
    </>
  )
}

function ServiceNames({ services }: { services: readonly Service[] }) {
  return (
    <ul className="region-details__services">
      {services.map((s) => (
        <li key={s.id}>
          {s.name}
          {s.notices?.length ? (
            <span className="region-details__notice" data-testid="service-notice">
              {' '}
              · {s.notices.map(noticeText).join('; ')}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  )
}

function MissingServices({ dataset, region }: { dataset: Dataset; region: Region }) {
  const selectId = useId()
  const candidates = dataset.regions.filter((r) => r.code !== region.code && servicesOf(dataset, r.code))
  const fallback = candidates.find((r) => r.code === DEFAULT_BASELINE)?.code ?? candidates[0]?.code ?? ''
  const [chosen, setChosen] = useState(DEFAULT_BASELINE)
  const other = candidates.some((r) => r.code === chosen) ? chosen : fallback
  if (!other) return null

  const missing = missingComparedWith(dataset, region.code, other)
  const names = new Map(dataset.services.catalogue.map((s) => [s.id, s.name]))
  return (
    <section className="region-details__missing" aria-label="Missing services">
      <label htmlFor={selectId} className="region-details__heading">
        Missing compared with
      </label>{' '}
      <select id={selectId} className="region-details__select" value={other} onChange={(e) => setChosen(e.target.value)}>
        {candidates.map((r) => (
          <option key={r.code} value={r.code}>
            {r.code} — {r.name}
          </option>
        ))}
      </select>
      {missing === null ? (
        <p className="region-details__unknown">Unknown: without a service list for {region.code} a difference would be a guess.</p>
      ) : missing.length === 0 ? (
        <p>Nothing: every service of {other} is offered in {region.code} too.</p>
      ) : (
        <>
          <p>
            {missing.length} service{missing.length === 1 ? '' : 's'} of {other} not offered in {region.code}:
          </p>
          <ul className="region-details__services">
            {missing.map((id) => (
              <li key={id}>{names.get(id) ?? id}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
