import type { LocalZone, WavelengthZone } from '../dataset/schema'

type AnyZone = Pick<LocalZone | WavelengthZone, 'name' | 'parentRegion' | 'city' | 'countryCode'> & {
  group?: string | null
}

/**
 * What identifies a zone within its section: its name, else its address
 * group, else (an unnamed zone such as an announced one) its parent region
 * and place. The data build refuses two zones with the same key.
 */
export function zoneKey(zone: AnyZone): string {
  return zone.name ?? zone.group ?? `${zone.parentRegion} ${zone.city ?? zone.countryCode}`
}

/** How a zone is named to a reader: its name or group, else "unnamed zone in <city or country>". */
export function zoneLabel(zone: AnyZone): string {
  return zone.name ?? zone.group ?? `unnamed zone in ${zone.city ?? zone.countryCode}`
}
