import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react'
import type { CityIndex, CityMatch } from '../../shared/cities/types'
import { loadBundledCityIndex, type CityIndexLoader } from '../state/cityIndex'
import { useAppStore } from '../state/store'
import { useEscapeLeavesPlacing } from '../ui/useEscapeLeavesPlacing'
import { originWords, populationText } from '../wording/latencyWording'

/** Enough to find a city among namesakes, few enough to read at a glance. */
const RESULT_LIMIT = 8

type CityListState = { status: 'idle' | 'loading' | 'failed' } | { status: 'ready'; index: CityIndex }

/**
 * "Your location": what it is and how it was set, a city search over the
 * bundled list (loaded on first focus) and "Place me on the globe". The
 * search is an ARIA combobox: the results are a listbox, ArrowUp and
 * ArrowDown move through them, Enter picks, Escape closes.
 */
export function LocationPicker({ loadCities = loadBundledCityIndex }: { loadCities?: CityIndexLoader }) {
  const location = useAppStore((s) => s.userLocation)
  const placing = useAppStore((s) => s.placing)
  const setPlacing = useAppStore((s) => s.setPlacing)
  const setUserLocation = useAppStore((s) => s.setUserLocation)

  const [cities, setCities] = useState<CityListState>({ status: 'idle' })
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const headingId = useId()
  const listId = useId()
  const statusId = useId()
  const hintId = useId()

  const wanted = cities.status === 'loading'
  useEffect(() => {
    if (!wanted) return
    let current = true
    loadCities().then(
      (index) => current && setCities({ status: 'ready', index }),
      (error: unknown) => {
        console.error('InfraGlobe: the city list could not be loaded', error)
        if (current) setCities({ status: 'failed' })
      },
    )
    return () => {
      current = false
    }
  }, [wanted, loadCities])

  useEscapeLeavesPlacing()

  const results = useMemo(
    () => (cities.status === 'ready' && query.trim() ? cities.index.search(query, RESULT_LIMIT) : []),
    [cities, query],
  )
  const expanded = open && results.length > 0
  const optionId = (i: number) => `${listId}-option-${i}`

  const pick = (city: CityMatch) => {
    setUserLocation({ lat: city.lat, lon: city.lon, label: city.label, origin: 'search' })
    setQuery('')
    setOpen(false)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        if (!expanded) {
          setOpen(true)
          setActive(0)
        } else setActive((i) => Math.min(results.length - 1, i + 1))
        break
      case 'ArrowUp':
        if (expanded) setActive((i) => Math.max(0, i - 1))
        break
      case 'Enter': {
        const city = expanded ? results[active] : undefined
        if (!city) return
        pick(city)
        break
      }
      case 'Escape':
        if (expanded) setOpen(false)
        else if (query) setQuery('')
        else return
        break
      default:
        return
    }
    event.preventDefault()
    // Escape must not also cancel place-me mode or close a dialog when it only closed the list.
    event.stopPropagation()
  }

  const status =
    cities.status === 'loading'
      ? 'Loading cities…'
      : cities.status === 'failed'
        ? 'The city list could not be loaded.'
        : cities.status === 'ready' && query.trim() && results.length === 0
          ? `No city matches “${query.trim()}”.`
          : ''

  return (
    <section className="location" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-heading">
        Your location
      </h2>
      {location ? (
        <p className="location__current" data-testid="user-location">
          <span className="location__label">{location.label}</span>{' '}
          <span className="location__origin">({originWords[location.origin]})</span>
        </p>
      ) : (
        <p className="location__current location__current--unset" data-testid="user-location">
          Not set: search a city or place yourself on the globe.
        </p>
      )}
      <div className="location__search">
        <input
          type="text"
          role="combobox"
          className="text-input"
          aria-label="Search a city"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded ? optionId(active) : undefined}
          aria-describedby={statusId}
          placeholder="Search a city"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onFocus={() => cities.status === 'idle' && setCities({ status: 'loading' })}
          onChange={(event) => {
            setQuery(event.target.value)
            setActive(0)
            setOpen(true)
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <ul id={listId} role="listbox" aria-label="Cities" className="location__results" hidden={!expanded}>
          {expanded &&
            results.map((city, i) => (
              <li
                key={`${city.label} ${city.lat} ${city.lon}`}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className="location__result"
                // Keep focus in the input, so the list does not close before the click lands.
                onMouseDown={(event) => event.preventDefault()}
                onMouseEnter={() => setActive(i)}
                onClick={() => pick(city)}
              >
                {city.label}
                <span className="location__population"> · {populationText(city.population)}</span>
              </li>
            ))}
        </ul>
        <p id={statusId} className="location__status" role="status">
          {status}
        </p>
      </div>
      <div className="location__actions">
        <button
          type="button"
          className="button"
          aria-pressed={placing}
          aria-describedby={placing ? hintId : undefined}
          onClick={() => setPlacing(!placing)}
        >
          Place me on the globe
        </button>
        <button type="button" className="button" disabled={!location} onClick={() => setUserLocation(null)}>
          Clear
        </button>
      </div>
      {placing && (
        <p id={hintId} className="location__hint" role="status">
          Click the globe where you are · Esc cancels
        </p>
      )}
    </section>
  )
}
