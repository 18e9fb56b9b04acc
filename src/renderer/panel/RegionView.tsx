import { RegionDetails } from '../region/RegionDetails'
import { useAppStore } from '../state/store'
import { RegionFacts } from './RegionFacts'
import { RegionTable } from './RegionTable'

const FACTS = {
  heading: <RegionFacts part="heading" />,
  list: <RegionFacts part="list" />,
  all: <RegionFacts />,
}

/**
 * The Regions view: the selected region (its facts and sections, laid out
 * for the window's height, see RegionDetails) above the table of every
 * region. The view scrolls as one column: nothing in it is a scroll area
 * of its own but the table.
 */
export function RegionView({ sections }: { sections: 'inline' | 'tabs' }) {
  const selected = useAppStore((s) => s.dataset?.regions.some((r) => r.code === s.selectedCode) ?? false)
  return (
    <>
      {selected ? <RegionDetails mode={sections} facts={FACTS} /> : <RegionFacts />}
      <RegionTable />
    </>
  )
}
