import { memo, useDeferredValue, useId, useMemo, useState } from 'react'
import type { Dataset } from '../../shared/dataset/schema'
import { noticeText, regionsOfferingAll } from '../../shared/services'
import type { Service } from '../../shared/dataset/schema'
import { useAppStore } from '../state/store'
import { offeringText, plural, unknownServicesText } from './chooserWording'
import { searchServices, serviceCatalogue } from './serviceSearch'

/**
 * Required services: the whole catalogue, searchable and grouped by category,
 * each with the number of regions offering it. Chosen services show as
 * removable chips above the list. A checkbox per service keeps it usable from
 * the keyboard (Tab between them, Space to toggle) without custom key handling.
 * Memoised: the list is the panel's largest part and depends on the dataset
 * and the chosen services only, not on the weights or the ranking.
 */
export const ServicePicker = memo(function ServicePicker({ dataset }: { dataset: Dataset }) {
  const required = useAppStore((s) => s.requiredServices)
  const setRequired = useAppStore((s) => s.setRequiredServices)
  const [query, setQuery] = useState('')
  const deferredQuery = useDeferredValue(query)
  const catalogue = serviceCatalogue(dataset)
  const groups = useMemo(() => searchServices(catalogue, deferredQuery), [catalogue, deferredQuery])
  const offering = useMemo(() => regionsOfferingAll(dataset, required), [dataset, required])
  const chosen = new Set(required)
  const ids = { search: useId(), summary: useId() }
  const matchCount = groups.reduce((n, g) => n + g.services.length, 0)

  const toggle = (id: string, on: boolean) => setRequired(on ? [...required, id] : required.filter((s) => s !== id))
  const nameOf = (id: string) => catalogue.byId.get(id)?.name ?? id
  const noticeOf = (id: string) => serviceNotice(catalogue.byId.get(id))

  return (
    <fieldset className="chooser__box services">
      <legend className="chooser__legend">Required services</legend>
      {required.length > 0 ? (
        <>
          <ul className="services__chips" aria-label="Chosen services">
            {required.map((id) => (
              <li key={id}>
                <button
                  type="button"
                  className="services__chip"
                  aria-label={`Remove ${nameOf(id)}`}
                  onClick={() => toggle(id, false)}
                >
                  {nameOf(id)} <span aria-hidden="true">×</span>
                </button>
                {noticeOf(id) ? <span className="services__notice"> ({noticeOf(id)})</span> : null}
              </li>
            ))}
            {required.length > 1 ? (
              <li>
                <button type="button" className="link-button services__clear" onClick={() => setRequired([])}>
                  Clear all
                </button>
              </li>
            ) : null}
          </ul>
          <p id={ids.summary} className="chooser__count" aria-live="polite" data-testid="services-offering">
            {offeringText(offering.offering.length, required.length)}
            {offering.offering.length > 0 ? '.' : ': relax the list below, or see the advice under the ranking.'}
          </p>
          {offering.unknown.length > 0 ? (
            <p className="chooser__note">{unknownServicesText(offering.unknown)}</p>
          ) : null}
        </>
      ) : (
        <p className="chooser__note">
          None required. Pick services to keep only the regions that offer every one of them (
          {plural(catalogue.byId.size, 'service')} in the catalogue).
        </p>
      )}
      <label className="services__search-label" htmlFor={ids.search}>
        Search services
      </label>
      <input
        id={ids.search}
        type="search"
        className="text-input"
        placeholder="e.g. lambda, dynamo, bedrock"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-controls={`${ids.search}-list`}
        autoComplete="off"
      />
      <div id={`${ids.search}-list`} className="services__list" data-testid="service-list">
        {matchCount === 0 ? <p className="chooser__note">No service matches &ldquo;{deferredQuery}&rdquo;.</p> : null}
        {groups.map((group) => (
          <fieldset key={group.category} className="services__group">
            <legend className="services__category">
              {group.category} <span className="services__category-count">({group.services.length})</span>
            </legend>
            {group.services.map((service) => {
              const count = catalogue.regionCount.get(service.id) ?? 0
              const boxId = `${ids.search}-${service.id}`
              const notice = serviceNotice(service)
              return (
                <div key={service.id} className="services__item">
                  <input
                    id={boxId}
                    type="checkbox"
                    checked={chosen.has(service.id)}
                    onChange={(e) => toggle(service.id, e.target.checked)}
                    aria-describedby={notice ? `${boxId}-count ${boxId}-notice` : `${boxId}-count`}
                  />
                  <label htmlFor={boxId} className="services__name">
                    {service.name}
                    {notice ? (
                      <span id={`${boxId}-notice`} className="services__notice" data-testid="service-notice">
                        {' '}
                        · {notice}
                      </span>
                    ) : null}
                  </label>
                  <span id={`${boxId}-count`} className="services__regions">
                    {count}
                    <span className="visually-hidden"> {count === 1 ? 'region' : 'regions'}</span>
                  </span>
                </div>
              )
            })}
          </fieldset>
        ))}
      </div>
      <p className="chooser__note">
        The number after each service is how many regions offer it. Categories are a reading aid grouped by name, not
        AWS&rsquo;s own.
      </p>
    </fieldset>
  )
})

/** A service's notices in words ("closed to new customers from 2026-04-30"); null when it has none. */
function serviceNotice(service: Service | undefined): string | null {
  const notices = service?.notices ?? []
  return notices.length ? notices.map(noticeText).join('; ') : null
}
