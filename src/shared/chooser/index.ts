/**
 * The region chooser: residency and required services filter, proximity and
 * price are weighed (score.ts explains the normalisation and its guarantee).
 */
export {
  EU_EEA_COUNTRY_CODES,
  PARTITION_LABELS,
  describeResidency,
  isEuEea,
  residencyCaveats,
  satisfiesResidency,
  type Residency,
  type ResidencyRegion,
} from './residency'
export { NEUTRAL_FACTOR, lowerIsBetter } from './normalise'
export {
  DEFAULT_PRICE_REFERENCE,
  chooseRegions,
  compareChoices,
  effectiveWeights,
  type ChooserInput,
  type ChooserRegion,
  type ChooserResult,
  type ChooserStatus,
  type ChooserWeights,
  type FactorFigure,
  type Exclusion,
  type ExclusionCause,
  type RankedChoice,
  type RelaxAdvice,
} from './score'
export { chooserFacts, chooseFromDataset, type ChooserFacts, type DatasetChoice } from './fromDataset'
export { partitionReason, scoresNote, OUTAGE_EXCLUDED_NOTE } from './reasons'
