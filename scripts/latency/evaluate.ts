import type { Dataset } from '../../src/shared/dataset/schema'
import type { LatencyParams } from '../../src/shared/latency/params'
import { calibrate, type Calibration } from './calibrate'
import {
  checkAzure,
  crossValidateCloudping,
  crossValidateRipe,
  routeSensitivity,
  type CloudpingCrossValidation,
  type Scored,
  type SensitivityRow,
} from './crossValidate'
import { azureSet, cloudpingSet, readDataset, ripeSet, type AzureSet, type CloudpingSet, type RipeSet } from './inputs'

export interface Inputs {
  dataset: Dataset
  cloudping: CloudpingSet
  ripe: RipeSet
  azure: AzureSet
}

export interface Evaluation {
  cloudping: CloudpingCrossValidation
  ripe: Scored
  azure: Scored
}

export function loadInputs(rawDir: string, datasetFile: string): Inputs {
  const dataset = readDataset(datasetFile)
  return { dataset, cloudping: cloudpingSet(dataset), ripe: ripeSet(rawDir, dataset), azure: azureSet(rawDir) }
}

export function evaluate(inputs: Inputs, calibration: Calibration): Evaluation {
  return {
    cloudping: crossValidateCloudping(inputs.cloudping, calibration.params.internet),
    ripe: crossValidateRipe(inputs.ripe, calibration.params, inputs.cloudping),
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
  const calibration = calibrate(inputs.cloudping, inputs.ripe)
  return { calibration, evaluation: evaluate(inputs, calibration) }
}
