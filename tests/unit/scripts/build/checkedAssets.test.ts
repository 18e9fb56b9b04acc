import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  BUILTIN_DATASET,
  checkedAssets,
  checkedDigest,
  checkLatencyModelText,
  DIGEST_ENV,
  LATENCY_MODEL,
} from '../../../../scripts/build/checkedAssets'
import { makeDataset } from '../../fixtures/dataset'

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

describe("the build's check of the data the renderer ships", () => {
  it('gives the digest of a dataset that validates', () => {
    const text = JSON.stringify(makeDataset())
    expect(checkedDigest(text, 'infrastructure.json')).toBe(sha256(text))
  })

  it("stops the build with the validator's report when the dataset does not validate", () => {
    const dataset = makeDataset()
    const broken = { ...dataset, regions: dataset.regions.map((r, i) => (i === 1 ? { ...r, lat: 123 } : r)) }
    expect(() => checkedDigest(JSON.stringify(broken), 'infrastructure.json')).toThrow(/infrastructure\.json cannot be used:[\s\S]*regions\[1\]\.lat/)
    expect(() => checkedDigest('{ oops', 'infrastructure.json')).toThrow(/not valid JSON/)
  })

  it('stops the build when the latency model does not pass its check', () => {
    const model = JSON.parse(readFileSync(LATENCY_MODEL, 'utf8')) as { evaluation: { headline: string } }
    model.evaluation.headline = 'no-such-set'
    expect(() => checkLatencyModelText(JSON.stringify(model), 'latency-model.json')).toThrow(/evaluation\.headline: no evaluation set "no-such-set"/)
  })

  it('passes the shipped files and defines the digest of the shipped dataset for the page', () => {
    const plugin = checkedAssets()
    expect(plugin.apply).toBe('build')
    const config = (plugin.config as () => { define: Record<string, string> })()
    expect(config.define).toEqual({ [`import.meta.env.${DIGEST_ENV}`]: JSON.stringify(sha256(readFileSync(BUILTIN_DATASET, 'utf8'))) })
  })
})
