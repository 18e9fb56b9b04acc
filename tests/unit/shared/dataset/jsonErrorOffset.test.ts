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
