import { useMemo } from 'react'
import type { Dataset, LocalZone, Region, WavelengthZone } from '../../shared/dataset/schema'
import { zoneKey, zonesOfRegion } from '../../shared/zones'
import { LOCAL_ZONE_PURPOSE, WAVELENGTH_ZONE_PURPOSE, zoneLine } from '../wording/zoneWording'

/**
 * A region's Local Zones and Wavelength Zones as two facts: how many, what
 * each kind is for, and (on request) every zone with its city, name, ID,
 * carrier, and its status and confidence where they fall short.
 */
export function ZoneFacts({ dataset, region }: { dataset: Dataset; region: Region }) {
  const zones = useMemo(() => zonesOfRegion(dataset, region.code), [dataset, region.code])
  return (
    <>
      <ZoneFact term="Local Zones" zones={zones.localZones} purpose={LOCAL_ZONE_PURPOSE} testId="local-zones" />
      <ZoneFact term="Wavelength Zones" zones={zones.wavelengthZones} purpose={WAVELENGTH_ZONE_PURPOSE} testId="wavelength-zones" />
    </>
  )
}

function ZoneFact({
  term,
  zones,
  purpose,
  testId,
}: {
  term: string
  zones: readonly (LocalZone | WavelengthZone)[]
  purpose: string
  testId: string
}) {
  return (
    <div className="region-facts__fact" data-testid={testId}>
      <dt>{term}</dt>
      <dd>
        {zones.length === 0 ? (
          'none in the dataset'
        ) : (
          <details className="region-facts__zones">
            <summary>
              {zones.length}: {[...new Set(zones.map((z) => z.city).filter((c) => c !== null))].slice(0, 4).join(', ')}
              {new Set(zones.map((z) => z.city)).size > 4 ? ', …' : ''}
            </summary>
            <p className="region-facts__zone-purpose">{purpose}</p>
            <ul>
              {zones.map((zone) => (
                <li key={zoneKey(zone)}>{zoneLine(zone)}</li>
              ))}
            </ul>
          </details>
        )}
      </dd>
    </div>
  )
}
