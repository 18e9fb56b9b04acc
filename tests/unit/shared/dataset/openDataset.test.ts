import { describe, expect, it } from 'vitest'
import { checkDatasetText, datasetSizeProblem, describeDatasetProblems, MAX_DATASET_FILE_BYTES } from '../../../../src/shared/dataset/openDataset'
import { makeDataset } from '../../fixtures/dataset'

describe('checkDatasetText', () => {
  it('accepts a valid dataset, with or without a byte-order mark', () => {
    const text = JSON.stringify(makeDataset())
    expect(checkDatasetText('newer.json', text)).toEqual({ ok: true, dataset: makeDataset() })
    expect(checkDatasetText('newer.json', `\uFEFF${text}`).ok).toBe(true)
  })

  it('lists the first problems of an invalid one with the file, the path in the document and the reason', () => {
    const d = makeDataset()
    ;(d.regions[0] as { lat: unknown }).lat = 'north'
    d.regions[1]!.code = 'eu-central-1'
    const check = checkDatasetText('broken.json', JSON.stringify(d))
    expect(check.ok).toBe(false)
    if (check.ok) return
    expect(check.problems[0]).toEqual({ file: 'broken.json', path: 'regions[0].lat', reason: expect.stringMatching(/number/) as string })
    expect(check.more).toBe(0)
    expect(describeDatasetProblems(check)[0]).toMatch(/^broken\.json, regions\[0\]\.lat: /)
  })

  it('keeps at most the first problems, counting the rest', () => {
    const d = makeDataset()
    for (const r of d.regions) (r as { lat: unknown }).lat = 'north'
    for (const s of d.sources) (s as { asOf: unknown }).asOf = 'yesterday'
    const check = checkDatasetText('broken.json', JSON.stringify(d), 2)
    expect(check).toMatchObject({ ok: false, more: 3 })
    if (!check.ok) expect(check.problems).toHaveLength(2)
  })

  it('reports text that is not JSON at the root, with its line', () => {
    const check = checkDatasetText('half.json', '{\n  "schemaVersion": 1,\n')
    expect(check).toMatchObject({ ok: false, problems: [{ file: 'half.json', path: '(root)', reason: expect.stringMatching(/not valid JSON.*line/) }] })
  })

  it('refuses a wrong schema version on its own, newer, older or odd', () => {
    const newer = { ...makeDataset(), schemaVersion: 3 }
    expect(checkDatasetText('future.json', JSON.stringify(newer))).toEqual({
      ok: false,
      more: 0,
      problems: [{ file: 'future.json', path: 'schemaVersion', reason: 'the file is schema version 3, newer than this InfraGlobe reads (version 2); update the app' }],
    })
    const older = checkDatasetText('old.json', JSON.stringify({ ...makeDataset(), schemaVersion: 1 }))
    expect(older).toMatchObject({
      ok: false,
      problems: [{ path: 'schemaVersion', reason: 'the file is schema version 1, older than this InfraGlobe reads (version 2); build it again with npm run data:build' }],
    })
    const odd = checkDatasetText('odd.json', JSON.stringify({ ...makeDataset(), schemaVersion: '2' }))
    expect(odd).toMatchObject({ ok: false, problems: [{ path: 'schemaVersion', reason: '"2" is not a schema version this InfraGlobe reads (version 2)' }] })
  })
})

describe('datasetSizeProblem', () => {
  it('refuses a file of 50 MB or more by its size, and accepts a smaller one', () => {
    expect(MAX_DATASET_FILE_BYTES).toBe(50_000_000)
    expect(datasetSizeProblem('big.json', 50_000_000)).toEqual({
      file: 'big.json',
      path: '(root)',
      reason: 'the file is 50.0 MB; a dataset must be smaller than 50.0 MB, so it was not read',
    })
    expect(datasetSizeProblem('big.json', 52_428_800)?.reason).toMatch(/52\.4 MB/)
    expect(datasetSizeProblem('ok.json', 49_999_999)).toBeNull()
  })
})
