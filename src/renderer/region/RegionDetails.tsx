import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import type { Dataset, Region } from '../../shared/dataset/schema'
import { AzPanel } from '../azs/AzPanel'
import { openDrill } from '../azs/drillEdits'
import { tabKeyTarget } from '../ui/tabKeys'
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

/** The region view's tabs (below a height): the facts first, then the sections. */
type DetailTab = 'facts' | DetailSection

/**
 * The selected region in depth: inside it (its AZs and the failure drill),
 * compliance, services, prices and how to provision there, one section at a
 * time; the open section stays open while another region is selected, for
 * comparing region after region. Opening "Inside (AZs)" opens the AZ view on
 * the globe for the region too.
 *
 * 'inline' (the default): the facts (when given), then one row of
 * disclosure buttons that open a section under them. The row is sticky at
 * the top and the bottom of the panel's scroll area, so it stays in view
 * however long the facts or the section are.
 * 'tabs' (a low window): the facts are a tab beside the sections and the
 * row of tabs sits right under the region's heading, sticky at the top.
 */
export function RegionDetails({
  mode = 'inline',
  facts,
}: {
  mode?: 'inline' | 'tabs'
  /** The region's facts: above the buttons ('inline') or in the Facts tab ('tabs'). */
  facts?: { heading: ReactNode; list: ReactNode; all: ReactNode }
}) {
  const dataset = useAppStore((s) => s.dataset)
  const selectedCode = useAppStore((s) => s.selectedCode)
  const drillRegion = useAppStore((s) => s.drill?.region ?? null)
  const setDrill = useAppStore((s) => s.setDrill)
  const [open, setOpen] = useState<DetailSection | null>(null)
  const baseId = useId()
  const tabElements = useRef(new Map<DetailTab, HTMLButtonElement>())
  const bar = useRef<HTMLDivElement>(null)
  const region = dataset?.regions.find((r) => r.code === selectedCode)
  useEffect(() => revealUnderBar(bar.current), [open])
  if (!dataset || !region) return null

  const bodyId = `${baseId}-body`
  const body = open && (
    <>
      {open === 'azs' && <AzPanel dataset={dataset} region={region} />}
      {open === 'compliance' && <CompliancePanel dataset={dataset} region={region} />}
      {open === 'services' && <ServicesPanel key={region.code} dataset={dataset} region={region} />}
      {open === 'prices' && <PricesPanel dataset={dataset} region={region} />}
      {open === 'provision' && <ProvisionPanel region={region} />}
    </>
  )

  if (mode === 'tabs') {
    const tabs: readonly DetailTab[] = ['facts', ...SECTIONS]
    const active: DetailTab = open ?? 'facts'
    const tabId = (tab: DetailTab) => `${baseId}-tab-${tab}`
    const choose = (tab: DetailTab) => {
      // As in the inline row: opening "Inside (AZs)" opens the AZ view on the globe for the region.
      if (tab === 'azs' && open !== 'azs' && drillRegion !== region.code) setDrill(openDrill(region.code))
      setOpen(tab === 'facts' ? null : tab)
    }
    const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
      const target = tabKeyTarget(event.key, index, tabs.length)
      const next = target === null ? undefined : tabs[target]
      if (!next) return
      event.preventDefault()
      choose(next)
      tabElements.current.get(next)?.focus()
    }
    return (
      <section className="region-details region-details--tabs" data-testid="region-details" aria-label={`More about ${region.code}`}>
        {facts?.heading}
        <div ref={bar} className="region-details__bar" role="tablist" aria-label={`About ${region.code}`}>
          {tabs.map((tab, index) => (
            <button
              key={tab}
              ref={(element) => {
                if (element) tabElements.current.set(tab, element)
                else tabElements.current.delete(tab)
              }}
              type="button"
              role="tab"
              id={tabId(tab)}
              data-section={tab}
              className="region-details__toggle"
              aria-selected={active === tab}
              aria-controls={bodyId}
              tabIndex={active === tab ? 0 : -1}
              onClick={() => choose(tab)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {tab === 'facts' ? 'Facts' : sectionLabel(tab, dataset, region)}
            </button>
          ))}
        </div>
        <div id={bodyId} className="region-details__panel" role="tabpanel" aria-labelledby={tabId(active)}>
          {active === 'facts' ? facts?.list : body}
        </div>
      </section>
    )
  }

  return (
    <section className={open ? 'region-details region-details--open' : 'region-details'} data-testid="region-details" aria-label={`More about ${region.code}`}>
      {facts?.all}
      <div ref={bar} className="region-details__bar">
        {SECTIONS.map((section) => (
          <button
            key={section}
            type="button"
            data-section={section}
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
          {body}
        </div>
      )}
    </section>
  )
}

/**
 * After a section or tab is chosen while the view is scrolled past the
 * (sticky) row of buttons, scrolls back so the section starts right under
 * the row instead of somewhere in its middle.
 */
function revealUnderBar(bar: HTMLElement | null): void {
  const body = bar?.nextElementSibling
  const view = bar?.closest('.side-panel__view')
  if (!bar || !body || !view) return
  const hidden = bar.getBoundingClientRect().bottom - body.getBoundingClientRect().top
  if (hidden > 1) view.scrollTop -= hidden
}
