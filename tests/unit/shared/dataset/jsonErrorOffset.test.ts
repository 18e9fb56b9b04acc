import { describe, expect, it } from 'vitest'
import { jsonErrorOffset } from '../../../../src/shared/dataset/jsonErrorOffset'
import { parseDataset } from '../../../../src/shared/dataset/validate'

describe('jsonErrorOffset on deeply nested text', () => {
  it('locates an error 40,000 levels deep at its real position, not at the start', () => {
    const text = `${'['.repeat(40_000)}x`
    expect(jsonErrorOffset(text)).toBe(40_000)
  })

  it('locates a missing closing bracket after 40,000 levels at the end of the text', () => {
    const text = `${'['.repeat(40_000)}0${']'.repeat(39_999)}`
    expect(jsonErrorOffset(text)).toBe(text.length)
  })

  it('finds nothing wrong with valid text nested 40,000 levels deep', () => {
    expect(jsonErrorOffset(`${'{"a":'.repeat(40_000)}0${'}'.repeat(40_000)}`)).toBe(-1)
  })

  it('gives the dataset loader the real line and column of a deep error', () => {
    const check = parseDataset(`{\n"regions": ${'['.repeat(32_000)}x`)
    expect(check.ok).toBe(false)
    expect(!check.ok && check.problems[0]).toMatch(/\(line 2, column 32012\)$/)
  })
})

describe('the dataset check on values it cannot walk', () => {
  it('says a value nested 40,000 levels deep is too deep instead of throwing', () => {
    const check = parseDataset(`{"schemaVersion": 1, "regions": ${'['.repeat(40_000)}${']'.repeat(40_000)}}`)
    expect(check.ok).toBe(false)
  })

  it('quotes at most a few dozen characters of an unknown key of a million characters', () => {
    const check = parseDataset(JSON.stringify({ schemaVersion: 1, ['k'.repeat(1_000_000)]: 1 }))
    expect(check.ok).toBe(false)
    for (const problem of check.ok ? [] : check.problems) expect(problem.length).toBeLessThan(400)
  })
})
