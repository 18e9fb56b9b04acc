import { useId, type ChangeEvent } from 'react'
import type { LayerName, Settings } from '../../shared/settings/schema'
import { latencyBands } from '../globe/latencyBands'
import { useAppStore } from '../state/store'

type ArcScope = Settings['latencyArcScope']

/** The arc scopes offered; a stored scope that is not among them is offered as well. */
const SCOPES: readonly ArcScope[] = ['all', 5, 10, 20]

function scopeLabel(scope: ArcScope): string {
  return scope === 'all' ? 'every region' : `the nearest ${scope}`
}

/** A layer's on/off switch, as a labelled checkbox described by what it shows. */
function LayerToggle({ layer, label, description }: { layer: LayerName; label: string; description: string }) {
  const on = useAppStore((s) => s.layers[layer])
  const setLayer = useAppStore((s) => s.setLayer)
  const descriptionId = useId()
  return (
    <div className="layer-toggle">
      <label className="layer-toggle__label">
        <input
          type="checkbox"
          checked={on}
          aria-describedby={descriptionId}
          onChange={(event) => setLayer(layer, event.target.checked)}
        />
        {label}
      </label>
      <p id={descriptionId} className="layer-toggle__description">
        {description}
      </p>
    </div>
  )
}

/**
 * The globe's layers this panel is about: the schematic network and the
 * latency arcs (how many, and what their colours mean), the edge
 * locations, the Local Zones and the Wavelength Zones.
 */
export function LayerControls() {
  const scope = useAppStore((s) => s.latencyArcScope)
  const setScope = useAppStore((s) => s.setLatencyArcScope)
  const arcsOn = useAppStore((s) => s.layers.latencyArcs)
  const scopeId = useId()
  const scopes = SCOPES.includes(scope) ? SCOPES : [...SCOPES, scope]

  const onScope = (event: ChangeEvent<HTMLSelectElement>) => {
    const value = event.target.value
    setScope(value === 'all' ? 'all' : Number(value))
  }

  return (
    <fieldset className="layer-controls">
      <legend className="panel-heading">Layers</legend>
      <LayerToggle
        layer="network"
        label="Network (schematic)"
        description="Network: schematic links, not AWS’s actual fibre routes."
      />
      <LayerToggle
        layer="latencyArcs"
        label="Latency arcs"
        description="From your location to the regions, coloured by estimated round trip."
      />
      <div className="layer-controls__arcs">
        <div className="layer-controls__scope">
          <label htmlFor={scopeId}>Arcs to</label>
          <select id={scopeId} value={String(scope)} onChange={onScope} disabled={!arcsOn}>
            {scopes.map((s) => (
              <option key={String(s)} value={String(s)}>
                {scopeLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <LatencyLegend />
      </div>
      <LayerToggle
        layer="edges"
        label="Edge locations"
        description="CloudFront edge-location cities (triangles) and regional edge caches (diamonds): cities, not every point of presence."
      />
      <LayerToggle
        layer="localZones"
        label="Local Zones"
        description="A region extended into a metro area (squares), each tied to its parent region by a thin line."
      />
      <LayerToggle
        layer="wavelengthZones"
        label="Wavelength Zones"
        description="AWS compute inside a carrier’s 5G network (plus signs), tied to the parent region."
      />
    </fieldset>
  )
}

/** The band colours of the arcs and the ranking chips, from the same table the globe draws with. */
export function LatencyLegend() {
  return (
    <ul className="band-legend" aria-label="Round-trip bands">
      {latencyBands.map((band) => (
        <li key={band.id}>
          <span className="chip" style={{ backgroundColor: band.colour }} aria-hidden="true" />
          {band.label}
        </li>
      ))}
    </ul>
  )
}
