import { useId, useState } from 'react'
import type { Dataset, Region } from '../../shared/dataset/schema'
import { AzPanel } from '../azs/AzPanel'
import { openDrill } from '../azs/drillEdits'
import { useAppStore } from '../state/store'
import '../styles/region.css'
import { CompliancePanel } from './CompliancePanel'
import { PricesPanel } from './PricesPanel'
import { ProvisionPanel } from './ProvisionPanel'
import { ServicesPanel, serviceCount } from './ServicesPanel'

export type DetailSection = 'azs' | 'compliance' | 'services' | 'prices' | 'provision'

const SECTIONS: readonly DetailSection[] = ['azs', 'compliance', 'services', 'prices', 'provision']

function sectionLabel(section: DetailSection, dataset: Dataset, region: Region): string {
  switch (section) {
    case 'azs':
      return 'Inside (AZs)'
    case 'compliance':
      return 'Compliance'
    case 'services': {
      const count = serviceCount(dataset, region.code)
      return `Services (${count ?? 'unknown'})`
    }
    case 'prices':
      return 'Prices'
    case 'provision':
      return 'Provision'
  }
}

/**
 * The selected region in depth: inside it (its AZs and the failure drill),
 * compliance, services, prices and how to provision there. One row of
 * disclosure buttons opens one section at a time, so the region table below
 * stays in view; the open section stays open while another region is
 * selected, for comparing region after region. Opening "Inside (AZs)" opens
 * the AZ view on the globe for the region too.
 */
export function RegionDetails() {
  const dataset = useAppStore((s) => s.dataset)
  const selectedCode = useAppStore((s) => s.selectedCode)
  const drillRegion = useAppStore((s) => s.drill?.region ?? null)
  const setDrill = useAppStore((s) => s.setDrill)
  const [open, setOpen] = useState<DetailSection | null>(null)
  const baseId = useId()
  const region = dataset?.regions.find((r) => r.code === selectedCode)
  if (!dataset || !region) return null

  const bodyId = `${baseId}-body`
  return (
    <section className={open ? 'region-details region-details--open' : 'region-details'} data-testid="region-details" aria-label={`More about ${region.code}`}>
      <div className="region-details__bar">
        {SECTIONS.map((section) => (
          <button
            key={section}
            type="button"
            className="region-details__toggle"
            aria-expanded={open === section}
            aria-controls={open === section ? bodyId : undefined}
            onClick={() => {
              setOpen(open === section ? null : section)
              if (section === 'azs' && open !== 'azs' && drillRegion !== region.code) setDrill(openDrill(region.code))
            }}
          >
            {sectionLabel(section, dataset, region)}
          </button>
        ))}
      </div>
      {open && (
        <div id={bodyId} className="region-details__panel" role="region" aria-label={sectionLabel(open, dataset, region)}>
          {open === 'azs' && <AzPanel dataset={dataset} region={region} />}
          {open === 'compliance' && <CompliancePanel dataset={dataset} region={region} />}
          {open === 'services' && <ServicesPanel key={region.code} dataset={dataset} region={region} />}
          {open === 'prices' && <PricesPanel dataset={dataset} region={region} />}
          {open === 'provision' && <ProvisionPanel region={region} />}
        </div>
      )}
    </section>
  )
}
