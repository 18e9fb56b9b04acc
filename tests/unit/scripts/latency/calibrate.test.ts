import { existsSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { calibrateAndEvaluate, loadInputs, type Evaluation, type Inputs } from '../../../../scripts/latency/evaluate'
import type { Calibration } from '../../../../scripts/latency/calibrate'
import { DATASET_FILE, DEFAULT_RAW_DIR } from '../../../../scripts/latency/paths'
import { loadCliInputs } from '../../../../scripts/latency/cli'
import { fibreBoundMs } from '../../../../src/shared/latency/fibre'

const HAVE_RAW = existsSync(DEFAULT_RAW_DIR)

describe.skipIf(!HAVE_RAW)(`calibration on the raw data in ${DEFAULT_RAW_DIR}`, () => {
  let inputs: Inputs
  let calibration: Calibration
  let evaluation: Evaluation

  beforeAll(() => {
    inputs = loadInputs(DEFAULT_RAW_DIR, DATASET_FILE)
    ;({ calibration, evaluation } = calibrateAndEvaluate(inputs))
  }, 120_000)

  it('beats the naive straight-line fit on the same leave-one-region-out folds, from distance alone', () => {
    const { model, baseline } = evaluation.cloudping.distanceOnly
    expect(model.n).toBe(baseline.n)
    expect(model.medianAbsPctError).toBeLessThan(baseline.medianAbsPctError)
    expect(model.p90AbsPctError).toBeLessThan(baseline.p90AbsPctError)
  })

  it('beats distance alone by a wide margin once nearby measured routes correct it', () => {
    const routed = evaluation.cloudping.routeCorrected.model
    const plain = evaluation.cloudping.distanceOnly.model
    expect(routed.medianAbsPctError).toBeLessThan(plain.medianAbsPctError * 0.75)
    expect(routed.p90AbsPctError).toBeLessThan(plain.p90AbsPctError)
  })

  it('holds at least 80 % of held-out measurements inside the band', () => {
    expect(evaluation.cloudping.distanceOnly.model.bandCoveragePct).toBeGreaterThanOrEqual(80)
    expect(evaluation.cloudping.routeCorrected.model.bandCoveragePct).toBeGreaterThanOrEqual(80)
    expect(evaluation.ripe.users.model.bandCoveragePct).toBeGreaterThanOrEqual(80)
    expect(evaluation.ripe.countryPairs.model.bandCoveragePct).toBeGreaterThanOrEqual(80)
  })

  it('predicts the Azure matrix, which it never saw, better than the naive fit does', () => {
    expect(evaluation.azure.model.medianAbsPctError).toBeLessThan(evaluation.azure.baseline.medianAbsPctError)
    expect(evaluation.azure.model.p90AbsPctError).toBeLessThan(evaluation.azure.baseline.p90AbsPctError)
  })

  it('keeps the fitted overhead near the matrix’s same-region round trips, not at a straight line’s intercept', () => {
    const same = inputs.cloudping.sameRegion.map((s) => s.rttMs).sort((a, b) => a - b)
    const middle = same[Math.floor(same.length / 2)] as number
    expect(calibration.params.backbone.overheadMs).toBeGreaterThan(middle / 2)
    expect(calibration.params.backbone.overheadMs).toBeLessThan(middle * 2)
  })

  it('drops RIPE pairs faster than light and keeps a usable number', () => {
    expect(inputs.ripe.pairs.length).toBeGreaterThan(300)
    for (const p of inputs.ripe.pairs) expect(p.meanMs).toBeGreaterThanOrEqual(fibreBoundMs(p.distanceKm))
  })

  it('reproduces the committed parameters and figures', () => {
    const { model } = loadCliInputs()
    expect(model.params).toEqual(calibration.params)
    const interRegion = model.evaluation.sets.find((s) => s.id === 'cloudping-route-corrected')
    expect(interRegion?.model).toEqual(evaluation.cloudping.routeCorrected.model)
    const users = model.evaluation.sets.find((s) => s.id === 'ripe-user-to-region')
    expect(users?.model).toEqual(evaluation.ripe.users.model)
  })
})
