import { normalizeCityName } from './normalize'
import type { CityIndex, CityMatch } from './types'

/** Zones that name no place: the system clock says nothing about where the user is. */
const PLACELESS = new Set(['UTC', 'UCT', 'GMT', 'GMT0', 'GMT+0', 'GMT-0', 'Greenwich', 'Universal', 'Zulu', 'Factory'])

/**
 * The countries whose cities an IANA area (the first part of a zone name)
 * covers, so "America/Cordoba" prefers a city in the Americas over a larger
 * namesake elsewhere. Island and overseas zones are listed under the area
 * the tz database files them in.
 */
const AREA_COUNTRIES: Readonly<Record<string, string>> = {
  Europe:
    'AD AL AT AX BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM TR UA VA XK',
  Asia: 'AE AF AM AZ BD BH BN BT CN CY GE HK ID IL IN IQ IR JO JP KG KH KP KR KW KZ LA LB LK MM MN MO MY NP OM PH PK PS QA RU SA SG SY TH TJ TL TM TR TW UZ VN YE',
  Africa:
    'AO BF BI BJ BW CD CF CG CI CM DJ DZ EG EH ER ES ET GA GH GM GN GQ GW KE LR LS LY MA ML MR MW MZ NA NE NG RW SD SL SN SO SS ST SZ TD TG TN TZ UG ZA ZM ZW',
  America:
    'AG AI AR AW BB BL BO BQ BR BS BZ CA CL CO CR CU CW DM DO EC GD GF GL GP GT GY HN HT JM KN KY LC MF MQ MS MX NI PA PE PM PR PY SR SV SX TC TT US UY VC VE VG VI',
  Australia: 'AU',
  Pacific: 'AS AU CK CL EC FJ FM GU KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV UM US VU WF WS',
  Atlantic: 'BM CV ES FK FO GS IS PT SH',
  Indian: 'CC CX IO KM MG MU MV RE SC TF YT',
  Antarctica: 'AQ',
  Arctic: 'SJ',
}

/**
 * The place an IANA zone is named after ("America/Sao_Paulo" → "Sao Paulo"),
 * or null for zones that name none ("UTC", "Etc/GMT+3"), so callers can skip
 * loading the city list when there is nothing to look up.
 */
export function placeOfTimeZone(timeZone: string): string | null {
  const zone = timeZone.trim()
  const parts = zone.split('/')
  const place = parts.at(-1)?.replace(/_/g, ' ').trim()
  if (!place || (parts.length > 1 && parts[0] === 'Etc') || PLACELESS.has(zone)) return null
  return place
}

/** How many matches are weighed before giving up on finding one in the zone's area. */
const CANDIDATES = 50

/**
 * A first guess at the user's city from an IANA time zone name alone, e.g.
 * "America/Sao_Paulo" → São Paulo, BR. The zone's last part names its
 * principal city; only a city called exactly that, or that name followed by
 * more words ("New York" → New York City), counts, so "Knox" does not turn
 * into Knoxville. A city in the zone's area wins over a larger one elsewhere.
 * Null for zones that name no place ("UTC", "Etc/GMT+3") or no known city.
 */
export function guessFromTimeZone(timeZone: string, index: CityIndex): CityMatch | null {
  const place = placeOfTimeZone(timeZone)
  if (!place) return null
  const parts = timeZone.trim().split('/')
  const area = parts.length > 1 ? parts[0] : undefined

  const wanted = normalizeCityName(place)
  const named = index.search(place, CANDIDATES).filter((city) => {
    const name = normalizeCityName(city.name)
    return name === wanted || name.startsWith(`${wanted} `)
  })
  const countries = area ? AREA_COUNTRIES[area]?.split(' ') : undefined
  const inArea = countries ? named.find((city) => countries.includes(city.countryCode)) : undefined
  return inArea ?? named[0] ?? null
}
