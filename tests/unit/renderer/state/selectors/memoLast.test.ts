import { describe, expect, it } from 'vitest'
import { memoLast } from '../../../../../src/renderer/state/selectors/memoLast'

describe('memoLast', () => {
  it('computes once for the same arguments by identity, again when one changes', () => {
    let computed = 0
    const pair = memoLast((a: object, b: number) => {
      computed++
      return { a, b }
    })
    const a = {}
    const first = pair(a, 1)
    expect(pair(a, 1)).toBe(first)
    expect(computed).toBe(1)
    expect(pair({}, 1)).not.toBe(first)
    expect(pair(a, 2)).not.toBe(first)
    expect(computed).toBe(3)
  })

  it('keeps only the last call', () => {
    let computed = 0
    const square = memoLast((n: number) => (computed++, n * n))
    square(2)
    square(3)
    square(2)
    expect(computed).toBe(3)
  })

  it('gives the last object back when `keep` finds the new result equal', () => {
    const codes = memoLast(
      (list: readonly string[]) => list.slice(0, 2),
      (a, b) => a.length === b.length && a.every((code, i) => code === b[i]),
    )
    const first = codes(['a', 'b', 'c'])
    expect(codes(['a', 'b', 'd'])).toBe(first)
    expect(codes(['b', 'a'])).not.toBe(first)
  })
})
