import type { PlaceKind, PlaceMark } from '../state/selectors'

/** What each kind of mark is, in a few words. */
export const placeKindWords: Readonly<Record<PlaceKind, { one: string; many: string }>> = {
  edge: { one: 'edge location', many: 'edge locations' },
  'regional-edge-cache': { one: 'regional edge cache', many: 'regional edge caches' },
  'local-zone': { one: 'Local Zone', many: 'Local Zones' },
  'wavelength-zone': { one: 'Wavelength Zone', many: 'Wavelength Zones' },
}

let regionNames: Intl.DisplayNames | null | undefined

/** A country's English name from its ISO code ("KE" → "Kenya"), offline; the code itself where the platform has no name. */
export function countryName(code: string): string {
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames(['en'], { type: 'region' })
    } catch {
      regionNames = null
    }
  }
  try {
    return regionNames?.of(code) ?? code
  } catch {
    return code
  }
}

/** "Nairobi, Kenya". */
export function placeText(mark: Pick<PlaceMark, 'city' | 'country' | 'countryCode'>): string {
  return `${mark.city}, ${mark.country ?? countryName(mark.countryCode)}`
}

/** "edge location (NBO)", "regional edge cache in ap-south-1", "Local Zones (2), parent us-west-2", "Wavelength Zone (Verizon), parent us-west-2". */
export function placeKindText(mark: PlaceMark): string {
  const words = placeKindWords[mark.kind]
  const unconfirmed = mark.unconfirmed ? ', unconfirmed' : ''
  switch (mark.kind) {
    case 'edge':
      return `${words.one}${mark.names.length ? ` (${mark.names.join(', ')})` : ''}`
    case 'regional-edge-cache':
      return `${words.one} in ${mark.region ?? 'an unknown region'}${mark.unconfirmed ? ', not confirmed by AWS' : ''}`
    case 'local-zone':
    case 'wavelength-zone': {
      const count = mark.names.length
      const kind = count > 1 ? `${words.many} (${count})` : words.one
      const carriers = mark.carriers.length ? ` (${mark.carriers.join(', ')})` : ''
      return `${kind}${carriers}${unconfirmed}, parent ${mark.region ?? 'unknown'}`
    }
  }
}

/** One line for the label on the globe: "Nairobi, Kenya · edge location (NBO)". */
export function placeLabel(mark: PlaceMark): string {
  return `${placeText(mark)} · ${placeKindText(mark)}`
}
