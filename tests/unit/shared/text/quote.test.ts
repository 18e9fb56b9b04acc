import { describe, expect, it } from 'vitest'
import { clip, PROBLEM_LIMIT, QUOTE_LIMIT, quoteValue } from '../../../../src/shared/text/quote'
import { nestedValue } from '../../fixtures/hostile'

describe('quoteValue', () => {
  it('quotes a short string whole, in JSON quotes', () => {
    expect(quoteValue('v2')).toBe('"v2"')
  })

  it('quotes only the first few dozen characters of a long string and says how long it was', () => {
    const quoted = quoteValue('x'.repeat(7_000_000))
    expect(quoted).toBe(`"${'x'.repeat(QUOTE_LIMIT)}"… (7,000,000 characters)`)
  })

  it('never cuts a character written as a surrogate pair in half', () => {
    const quoted = quoteValue(`${'a'.repeat(QUOTE_LIMIT - 1)}😀😀`)
    expect(quoted.startsWith(`"${'a'.repeat(QUOTE_LIMIT - 1)}"`)).toBe(true)
  })

  it('names containers by kind and size without looking inside, however deep they are', () => {
    expect(quoteValue(nestedValue(100_000))).toBe('an array of 1 item')
    expect(quoteValue([1, 2])).toBe('an array of 2 items')
    expect(quoteValue({ a: 1 })).toBe('an object')
  })

  it('writes numbers, booleans, null and a missing value as a person reads them', () => {
    expect([quoteValue(3), quoteValue(false), quoteValue(null), quoteValue(undefined)]).toEqual(['3', 'false', 'null', 'missing'])
  })
})

describe('clip', () => {
  it('keeps a short text as it is and cuts a long one at the limit with its length', () => {
    expect(clip('short')).toBe('short')
    const long = clip('y'.repeat(10_000))
    expect(long).toBe(`${'y'.repeat(PROBLEM_LIMIT)}… (10,000 characters)`)
  })
})
