import { useId } from 'react'
import { effectiveWeights } from '../../shared/chooser'
import { useAppStore } from '../state/store'

/** The slider's steps: whole per cent of the weight given to price. */
const STEPS = 100

/**
 * One slider from proximity to price: the two weights always add up to 1, so
 * one control says everything (the chooser would scale two anyway). Residency
 * and services are not here: they filter, they are not weighed.
 */
export function WeightControl() {
  const weights = useAppStore((s) => s.chooserWeights)
  const setWeights = useAppStore((s) => s.setChooserWeights)
  const location = useAppStore((s) => s.userLocation)
  const setPanelTab = useAppStore((s) => s.setPanelTab)
  const ids = { slider: useId(), hint: useId() }
  const pricePercent = Math.round(effectiveWeights(weights).price * STEPS)
  const proximityPercent = STEPS - pricePercent
  const valueText = `${proximityPercent} % proximity, ${pricePercent} % price`

  return (
    <fieldset className="chooser__box weights">
      <legend className="chooser__legend">Weigh proximity against price</legend>
      <div className="weights__row">
        <span className="weights__end" aria-hidden="true">
          Proximity
        </span>
        <input
          id={ids.slider}
          type="range"
          min={0}
          max={STEPS}
          step={5}
          value={pricePercent}
          aria-label="Proximity against price"
          aria-valuetext={valueText}
          aria-describedby={ids.hint}
          className="weights__slider"
          onChange={(e) => {
            const price = Number(e.target.value) / STEPS
            setWeights({ proximity: 1 - price, price })
          }}
        />
        <span className="weights__end" aria-hidden="true">
          Price
        </span>
      </div>
      <p className="weights__value" data-testid="chooser-weights">
        {valueText}
      </p>
      <p id={ids.hint} className="chooser__note">
        {location ? (
          <>
            Proximity is the estimated round trip from {location.label} (InfraGlobe&rsquo;s latency model); price is
            the region&rsquo;s price index.
          </>
        ) : (
          <>
            Proximity is unknown until you{' '}
            <button type="button" className="link-button" onClick={() => setPanelTab('latency')}>
              set your location in the Latency tab
            </button>
            ; until then every region counts as halfway and only price tells them apart.
          </>
        )}
      </p>
    </fieldset>
  )
}
