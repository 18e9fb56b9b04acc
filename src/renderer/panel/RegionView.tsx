// The deferred views' styles stay in the first stylesheet, where they always were: no late cascade change.
import '../styles/region.css'
import { regionDetailsView } from '../loading/views'
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
 * region (the details' code is fetched on first need). The view scrolls as one column: nothing in it is a scroll area
 * of its own but the table.
 */
export function RegionView({ sections }: { sections: 'inline' | 'tabs' }) {
  const selected = useAppStore((s) => s.dataset?.regions.some((r) => r.code === s.selectedCode) ?? false)
  return (
    <>
      {selected ? <regionDetailsView.View mode={sections} facts={FACTS} /> : <RegionFacts />}
      <RegionTable />
    </>
  )
}
