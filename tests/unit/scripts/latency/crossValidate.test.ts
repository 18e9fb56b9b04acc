import { describe, expect, it } from 'vitest'
import { fitsByCountry, predictRipeHeldOut, crossValidateRipe } from '../../../../scripts/latency/crossValidate'
import { userCases } from '../../../../scripts/latency/userCases'
import { fibreBoundMs } from '../../../../src/shared/latency/fibre'
import { BASE_PARAMS, COUNTRIES, REGIONS, scaled, syntheticCloudping, syntheticRipe } from './fixtures'

const cloudping = syntheticCloudping()
const ripe = syntheticRipe()
const cases = userCases(ripe, REGIONS)

const involves = (row: { a: string; b: string }, country: string) => row.a === country || row.b === country

/** The held-out figures for the users of one country, in a stable order. */
function usersOf(country: string, rows = ripe) {
  return predictRipeHeldOut(rows, userCases(rows, REGIONS), BASE_PARAMS, cloudping)
    .users.filter((u) => u.userCase.userCountry === country)
    .map((u) => ({ region: u.userCase.region, figure: u.figure }))
}

describe('the leave-one-country-out evaluation on a tiny synthetic set', () => {
  it('fits each country’s fold on no row and no case that involves the country, and on every other', () => {
    const seen = fitsByCountry(COUNTRIES, ripe, cases, (rows, training) => ({ rows, training }))
    expect([...seen.keys()]).toEqual([...COUNTRIES])
    for (const [country, { rows, training }] of seen) {
      expect(rows.pairs.filter((p) => involves(p, country))).toEqual([])
      expect(rows.sameCountry.filter((p) => involves(p, country))).toEqual([])
      expect(training.filter((c) => involves(c.row, country))).toEqual([])
      expect(training.filter((c) => c.userCountry === country)).toEqual([])
      expect(rows.pairs).toHaveLength(ripe.pairs.filter((p) => !involves(p, country)).length)
      expect(rows.sameCountry).toHaveLength(COUNTRIES.length - 1)
      expect(training).toHaveLength(cases.filter((c) => !involves(c.row, country)).length)
    }
  })

  it('hands the fitter only rows that are not the held-out country’s, in the evaluation itself', () => {
    const calls: string[][] = []
    predictRipeHeldOut(ripe, cases, BASE_PARAMS, cloudping, (rows) => {
      calls.push([...rows.pairs, ...rows.sameCountry].flatMap((p) => [p.a, p.b]))
      return BASE_PARAMS.internet
    })
    // One fit per country, in order; the k-th never sees the k-th country.
    expect(calls).toHaveLength(COUNTRIES.length)
    calls.forEach((countries, k) => expect(countries).not.toContain(COUNTRIES[k]))
  })

  it.each(['AA', 'BB', 'FF'])('predicts the users of %s the same whatever that country’s own rows measured', (country) => {
    const before = usersOf(country)
    expect(before.length).toBeGreaterThan(0)
    expect(usersOf(country, scaled(ripe, country, 10))).toEqual(before)
  })

  it('does change a country’s predictions when another country’s rows change: the check can fail', () => {
    const before = usersOf('AA')
    const after = usersOf('AA', scaled(ripe, 'CC', 10))
    expect(after.map((u) => u.figure.rttMs)).not.toEqual(before.map((u) => u.figure.rttMs))
  })

  it('predicts each user case once and each country pair once per country, bands above the fibre bound', () => {
    const predicted = predictRipeHeldOut(ripe, cases, BASE_PARAMS, cloudping)
    expect(predicted.users).toHaveLength(cases.length)
    expect(predicted.countryPairs).toHaveLength(2 * ripe.pairs.length)
    for (const { pair, figure } of predicted.countryPairs) {
      expect(figure.lowMs).toBeGreaterThanOrEqual(fibreBoundMs(pair.distanceKm))
      expect(figure.lowMs).toBeLessThan(figure.rttMs)
      expect(figure.highMs).toBeGreaterThan(figure.rttMs)
    }
    const scored = crossValidateRipe(ripe, cases, BASE_PARAMS, cloudping)
    expect(scored.users.model.n).toBe(cases.length)
    expect(scored.users.baseline.n).toBe(cases.length)
    expect(scored.countryPairs.model.n).toBe(2 * ripe.pairs.length)
  })
})
