import { useAppStore } from '../state/store'
import { PRICE_INDEX_DEFINITION } from '../wording/priceIndexWording'

/** Switches the markers' colour between status (the default) and price index; the legend follows. */
export function MarkerColouringToggle() {
  const colouring = useAppStore((s) => s.markerColouring)
  const setColouring = useAppStore((s) => s.setMarkerColouring)
  return (
    <label className="marker-colouring" title={PRICE_INDEX_DEFINITION}>
      <input
        type="checkbox"
        checked={colouring === 'price-index'}
        onChange={(event) => setColouring(event.target.checked ? 'price-index' : 'status')}
      />
      Colour markers by price index
    </label>
  )
}
