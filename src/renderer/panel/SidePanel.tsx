import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
// The deferred views' styles stay in the first stylesheet, where they always were: no late cascade change.
import '../styles/chooser.css'
import '../styles/chooserRanking.css'
import '../styles/compare.css'
import '../styles/edges.css'
import { SIDE_PANEL_ID, useDrawerStore } from '../layout/drawerStore'
import { useWindowLayout } from '../layout/useWindowLayout'
import { useIdleAfterFirstFrame } from '../loading/afterFirstFrame'
import { chooserView, compareView, latencyView, lessonView, networkView, timelineView } from '../loading/views'
import { useAppStore, type PanelTab } from '../state/store'
import { tabKeyTarget } from '../ui/tabKeys'
import { RegionView } from './RegionView'

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
 * switch. The views beyond the first frame's (every tab but Regions)
 * have their code fetched on first need: each mounts when its tab is first
 * opened or, hidden, once the first frame is shown and the browser is idle.
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
  const idle = useIdleAfterFirstFrame()
  // Tabs opened so far (a state update during render, React's way to remember a previous value).
  const [opened, setOpened] = useState<ReadonlySet<PanelTab>>(() => new Set([tab]))
  if (!opened.has(tab)) setOpened(new Set([...opened, tab]))
  const deferred = (id: PanelTab, view: ReactNode) => (idle || opened.has(id) ? view : null)

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
      {panel('choose', 'side-panel__view--scroll', deferred('choose', <chooserView.View />))}
      {panel('compare', 'side-panel__view--scroll', deferred('compare', <compareView.View />))}
      {panel('latency', 'side-panel__view--scroll', deferred('latency', <latencyView.View />))}
      {panel('network', 'side-panel__view--scroll', deferred('network', <networkView.View />))}
      {panel('time', 'side-panel__view--scroll', deferred('time', <timelineView.View />))}
      {panel('lesson', 'side-panel__view--scroll', deferred('lesson', <lessonView.View />))}
    </aside>
  )
}
