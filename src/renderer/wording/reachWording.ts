import type { LatencyModelFile } from '../../shared/latency'
import { userErrorSet } from '../../shared/latency/quotedSets'
import { percentText } from './latencyWording'

/**
 * The caveat the reach layer carries on screen and in every exported
 * picture: what the colours are (the model's estimate of a user's round
 * trip, not a measurement) and how far off such an estimate runs, from the
 * error the model file gives for a user's figures.
 */
export function reachCaveatLine(model: LatencyModelFile): string {
  const error = userErrorSet(model).model
  return (
    `Latency-model estimates, not measurements: a user's round trip is off by ${percentText(error.medianAbsPctError)} ` +
    `(median), ${percentText(error.p90AbsPctError)} (90th percentile), cross-validated.`
  )
}
