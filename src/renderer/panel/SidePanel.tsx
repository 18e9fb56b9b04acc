import { RegionFacts } from './RegionFacts'
import { RegionTable } from './RegionTable'

export function SidePanel() {
  return (
    <aside className="side-panel" aria-label="Regions">
      <RegionFacts />
      <RegionTable />
    </aside>
  )
}
