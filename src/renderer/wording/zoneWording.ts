import type { LocalZone, WavelengthZone } from '../../shared/dataset/schema'
import { zoneLabel } from '../../shared/zones'
import { countryName } from './placeWording'

/** What each kind of zone is for, in one sentence (the course's words and the datasets' notes). */
export const LOCAL_ZONE_PURPOSE =
  'A Local Zone extends its parent region into a metro area, for single-digit-millisecond latency to users there.'
export const WAVELENGTH_ZONE_PURPOSE =
  'A Wavelength Zone puts AWS compute and storage inside a telecom carrier’s 5G network, so traffic from mobile devices need not leave it.'

/** Where a zone is: its city, or its country for an announced zone known by country only. */
export function zonePlace(zone: Pick<LocalZone, 'city' | 'countryCode'>): string {
  return zone.city ?? countryName(zone.countryCode)
}

/** What a reader must know about a zone's standing: status other than available, confidence other than high. */
export function zoneStanding(zone: Pick<LocalZone, 'status' | 'confidence'>): string[] {
  const parts: string[] = []
  if (zone.status !== 'available') parts.push(zone.status)
  if (zone.confidence !== 'high') parts.push(`${zone.confidence} confidence`)
  return parts
}

/** "Los Angeles: us-west-2-lax-1a (usw2-lax1-az1)", "Tokyo: ap-northeast-1-wl1-nrt-wlz-1 · KDDI · unconfirmed". */
export function zoneLine(zone: LocalZone | WavelengthZone): string {
  const id = zone.id ? ` (${zone.id})` : ''
  const carrier = 'carrier' in zone ? ` · ${zone.carrier ?? 'carrier unknown'}` : ''
  const standing = zoneStanding(zone)
  return `${zonePlace(zone)}: ${zoneLabel(zone)}${id}${carrier}${standing.length ? ` · ${standing.join(', ')}` : ''}`
}
