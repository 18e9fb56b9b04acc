import { describe, expect, it } from 'vitest'
import { parseCsvLines, readCsvRows } from '../../../../scripts/dataset/csv'

describe('parseCsvLines', () => {
  it('gives each record the file line it starts on, counting line breaks inside quotes and CRLF', () => {
    const text = 'a,b\r\n1,"two\nlines"\r\n3,4\n\n5,6'
    expect(parseCsvLines(text).map((r) => [r.line, r.fields])).toEqual([
      [1, ['a', 'b']],
      [2, ['1', 'two\nlines']],
      [4, ['3', '4']],
      [5, ['']],
      [6, ['5', '6']],
    ])
  })
})

describe('readCsvRows', () => {
  it('keeps the line of each record and skips blank lines', () => {
    expect(readCsvRows('x,y\n1,2\n\n3,4\n', 'f.csv', ['x'])).toEqual([
      { line: 2, record: { x: '1', y: '2' } },
      { line: 4, record: { x: '3', y: '4' } },
    ])
  })
})
