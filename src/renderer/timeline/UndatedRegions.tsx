import { useMemo } from 'react'
import { regionsOfUnknownLaunch } from '../../shared/timeline'
import { useAppStore } from '../state/store'

/**
 * The open regions no source dates: the time-lapse shows them from today on,
 * and says which, so nobody reads them as launched this year.
 */
export function UndatedRegions() {
  const regions = useAppStore((s) => s.dataset?.regions)
  const undated = useMemo(() => (regions ? regionsOfUnknownLaunch(regions) : []), [regions])
  if (undated.length === 0) return null
  return (
    <p className="timeline-panel__undated" data-testid="undated-regions">
      Launch year unknown, shown from today on: {undated.map((r) => `${r.code} (${r.city})`).join(', ')}.
    </p>
  )
}
