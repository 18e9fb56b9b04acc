import { describe, expect, it } from 'vitest'
import { jsonErrorOffset } from '../../../../src/shared/dataset/jsonErrorOffset'
import { parseDataset } from '../../../../src/shared/dataset/validate'

describe('jsonErrorOffset', () => {
  it('finds no error in valid JSON', () => {
    for (const t of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\"y\\u00e9"]} ', '"s"', '0']) {
      expect(jsonErrorOffset(t)).toBe(-1)
    }
  })

  it('points at the token V8 only quotes', () => {
    expect(jsonErrorOffset('{"a":}')).toBe(5)
    expect(jsonErrorOffset('{"a": x}')).toBe(6)
    expect(jsonErrorOffset('{\n "a": tru\n}')).toBe(11)
  })

  it('points at trailing commas, missing separators, bad escapes and unterminated text', () => {
    expect(jsonErrorOffset('[1,]')).toBe(3)
    expect(jsonErrorOffset('[1 2]')).toBe(3)
    expect(jsonErrorOffset('"a\\qb"')).toBe(3)
    expect(jsonErrorOffset('{"a": "b')).toBe(8)
    expect(jsonErrorOffset('{} x')).toBe(3)
  })
})

describe('parseDataset on text that is not JSON', () => {
  it('reports the line and column of an unexpected token without quoting the file', () => {
    const result = parseDataset('{\n  "schemaVersion": 1,\n  "regions": }\n')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toHaveLength(1)
    expect(result.problems[0]).toMatch(/^\(root\): not valid JSON: Unexpected token '\}' \(line 3, column 14\)$/)
  })
})

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
