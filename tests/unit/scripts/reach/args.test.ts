import { describe, expect, it } from 'vitest'
import { DEFAULT_WITHIN_MS, UsageError, parseReachArgs } from '../../../../scripts/reach/args'

describe('reach arguments', () => {
  it('default to every year within 50 ms, as a table', () => {
    expect(parseReachArgs([])).toEqual({ json: false, year: null, withinMs: 50, help: false })
    expect(DEFAULT_WITHIN_MS).toBe(50)
  })

  it('read --json, --year and --within, with a space or an equals sign', () => {
    expect(parseReachArgs(['--json', '--year', '2014', '--within', '100'])).toEqual({ json: true, year: 2014, withinMs: 100, help: false })
    expect(parseReachArgs(['--year=2020', '--within=37.5'])).toMatchObject({ year: 2020, withinMs: 37.5 })
  })

  it('take "announced" as the last step, in any case', () => {
    expect(parseReachArgs(['--year', 'announced']).year).toBe('announced')
    expect(parseReachArgs(['--year', 'Announced']).year).toBe('announced')
  })

  it('read --help', () => {
    expect(parseReachArgs(['--help']).help).toBe(true)
    expect(parseReachArgs(['-h']).help).toBe(true)
  })

  it.each([
    [['--year'], /--year needs a value/],
    [['--year', '--json'], /--year needs a value/],
    [['--year', '20x4'], /--year must be a year such as 2016 or "announced", not "20x4"/],
    [['--year', '2014.5'], /--year must be a year/],
    [['--within', '0'], /--within must be a round trip in milliseconds above 0/],
    [['--within', '-5'], /--within must be a round trip/],
    [['--within', 'fast'], /--within must be a round trip/],
    [['--within', 'Infinity'], /--within must be a round trip/],
    [['--within='], /--within must be a round trip/],
    [['--year', '2010', '--year', '2011'], /--year is given twice/],
    [['--json=yes'], /unknown argument "--json=yes"/],
    [['--yaer', '2010'], /unknown argument "--yaer"/],
    [['2010'], /unknown argument "2010"/],
  ])('refuses %j in one line', (argv, message) => {
    expect(() => parseReachArgs(argv)).toThrow(UsageError)
    expect(() => parseReachArgs(argv)).toThrow(message)
  })
})
