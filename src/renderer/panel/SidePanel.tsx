import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { ChooserPanel } from '../chooser/ChooserPanel'
import { ComparePanel } from '../compare/ComparePanel'
import { EdgePanel } from '../edges/EdgePanel'
import { SIDE_PANEL_ID, useDrawerStore } from '../layout/drawerStore'
import { useWindowLayout } from '../layout/useWindowLayout'
import { LessonPanel } from '../lesson/LessonPanel'
import { useAppStore, type PanelTab } from '../state/store'
import { tabKeyTarget } from '../ui/tabKeys'
import { LatencyMatrix } from './LatencyMatrix'
import { LatencyRanking } from './LatencyRanking'
import { LayerControls } from './LayerControls'
import { LocationPicker } from './LocationPicker'
import { RegionView } from './RegionView'
import { TimelinePanel } from '../timeline/TimelinePanel'

const TABS: readonly { id: PanelTab; label: string }[] = [
  { id: 'regions', label: 'Regions' },
  { id: 'choose', label: 'Choose' },
  { id: 'compare', label: 'Compare' },
  { id: 'latency', label: 'Latency' },
  { id: 'network', label: 'Network' },
  { id: 'time', label: 'Time' },
  { id: 'lesson', label: 'Lesson' },
]

/**
 * The side panel, in three tabs: the regions (facts and table), the latency
 * from the user's location (location, layers, ranking) and the measured
 * network between regions (the heat map). The tabs follow the ARIA tabs
 * pattern: one tab stop, arrow keys (and Home, End) move and activate.
 * Hidden panels stay mounted, so a filter or a scroll position survives a
 * switch.
 */
export function SidePanel() {
  const tab = useAppStore((s) => s.panelTab)
  const setTab = useAppStore((s) => s.setPanelTab)
  const layout = useWindowLayout()
  const closeDrawer = useDrawerStore((s) => s.setOpen)
  const baseId = useId()
  const tabElements = useRef(new Map<PanelTab, HTMLButtonElement>())
  const tabId = (id: PanelTab) => `${baseId}-tab-${id}`
  const panelId = (id: PanelTab) => `${baseId}-panel-${id}`

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const target = tabKeyTarget(event.key, index, TABS.length)
    const next = target === null ? undefined : TABS[target]
    if (!next) return
    event.preventDefault()
    setTab(next.id)
    tabElements.current.get(next.id)?.focus()
  }

  const panel = (id: PanelTab, className: string, children: ReactNode) => (
    <div
      id={panelId(id)}
      role="tabpanel"
      aria-labelledby={tabId(id)}
      className={`side-panel__view ${className}`}
      hidden={tab !== id}
    >
      {children}
    </div>
  )

  return (
    <aside
      id={SIDE_PANEL_ID}
      className="side-panel"
      aria-label="Regions and latency"
      onKeyDown={(event) => {
        // Escape closes the drawer from anywhere inside it that does not use the key itself.
        if (layout.panel === 'drawer' && event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault()
          closeDrawer(false)
        }
      }}
    >
      <div className="side-panel__head">
      <div role="tablist" aria-label="Panel views" className="side-panel__tabs">
        {TABS.map((t, index) => (
          <button
            key={t.id}
            ref={(element) => {
              if (element) tabElements.current.set(t.id, element)
              else tabElements.current.delete(t.id)
            }}
            type="button"
            role="tab"
            id={tabId(t.id)}
            aria-selected={tab === t.id}
            aria-controls={panelId(t.id)}
            tabIndex={tab === t.id ? 0 : -1}
            className="side-panel__tab"
            onClick={() => setTab(t.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {layout.panel === 'drawer' && (
        <button type="button" className="button side-panel__close" aria-label="Close the panel" title="Close the panel (Esc)" onClick={() => closeDrawer(false)}>
          ✕
        </button>
      )}
      </div>
      {panel('regions', 'side-panel__view--regions', <RegionView sections={layout.regionSections} />)}
      {panel('choose', 'side-panel__view--scroll', <ChooserPanel />)}
      {panel('compare', 'side-panel__view--scroll', <ComparePanel />)}
      {panel(
        'latency',
        'side-panel__view--scroll',
        <>
          <LocationPicker />
          <LayerControls />
          <EdgePanel />
          <LatencyRanking />
        </>,
      )}
      {panel(
        'network',
        'side-panel__view--scroll',
        <>
          <NetworkRule />
          <LatencyMatrix />
        </>,
      )}
      {panel('time', 'side-panel__view--scroll', <TimelinePanel />)}
      {panel('lesson', 'side-panel__view--scroll', <LessonPanel />)}
    </aside>
  )
}

/** What the network layer is, and (on request) the rule its links follow, in the dataset's own words. */
function NetworkRule() {
  const rule = useAppStore((s) => s.dataset?.network.rule)
  const headingId = useId()
  if (!rule) return null
  return (
    <section className="network-rule" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-heading">
        The network layer
      </h2>
      <p>
        Links between regions drawn from measured round trips: a schematic, not AWS&rsquo;s actual fibre routes, which
        AWS does not publish. Hover or select a region to see its links and their round trips.
      </p>
      <details className="network-rule__details">
        <summary>How the links are chosen</summary>
        <p>{rule}</p>
      </details>
    </section>
  )
}
