import type { Dataset } from '../../src/shared/dataset/schema'
import type { LatencyParams } from '../../src/shared/latency/params'
import { calibrate, type Calibration } from './calibrate'
import {
  checkAzure,
  crossValidateCloudping,
  crossValidateRipe,
  routeSensitivity,
  type CloudpingCrossValidation,
  type RipeCrossValidation,
  type Scored,
  type SensitivityRow,
} from './crossValidate'
import { azureSet, cloudpingSet, readDataset, ripeSet, type AzureSet, type CloudpingSet, type RipeSet } from './inputs'
import { userCases, type UserCase } from './userCases'

export interface Inputs {
  dataset: Dataset
  cloudping: CloudpingSet
  ripe: RipeSet
  /** RIPE rows read as users reaching regions (see userCases). */
  cases: UserCase[]
  azure: AzureSet
}

export interface Evaluation {
  cloudping: CloudpingCrossValidation
  ripe: RipeCrossValidation
  azure: Scored
}

export function loadInputs(rawDir: string, datasetFile: string): Inputs {
  const dataset = readDataset(datasetFile)
  const cloudping = cloudpingSet(dataset)
  const ripe = ripeSet(rawDir, dataset)
  const countryOf = new Map(dataset.regions.map((r) => [r.code, r.countryCode]))
  const regions = cloudping.regions.flatMap((r) => {
    const countryCode = countryOf.get(r.code)
    return countryCode ? [{ ...r, countryCode }] : []
  })
  return { dataset, cloudping, ripe, cases: userCases(ripe, regions), azure: azureSet(rawDir) }
}

export function evaluate(inputs: Inputs, calibration: Calibration): Evaluation {
  return {
    cloudping: crossValidateCloudping(inputs.cloudping, calibration.params.internet),
    ripe: crossValidateRipe(inputs.ripe, inputs.cases, calibration.params, inputs.cloudping),
    azure: checkAzure(inputs.azure, calibration.params, inputs.cloudping),
  }
}

/** The grid that the route-correction constants were picked from. */
export const SENSITIVITY_GRID: LatencyParams['routeCorrection'][] = [500, 1000, 2000].flatMap((lengthKm) =>
  [0.1, 0.3, 1].flatMap((priorWeight) => [0.3, 0.5, 1].map((nearFraction) => ({ lengthKm, priorWeight, nearFraction }))),
)

export function sensitivity(inputs: Inputs, evaluation: Evaluation): SensitivityRow[] {
  return routeSensitivity(inputs.cloudping, evaluation.cloudping.folds, SENSITIVITY_GRID)
}

export function calibrateAndEvaluate(inputs: Inputs): { calibration: Calibration; evaluation: Evaluation } {
  const calibration = calibrate(inputs.cloudping, inputs.ripe, inputs.cases)
  return { calibration, evaluation: evaluate(inputs, calibration) }
}
