import { describe, expect, it } from 'vitest'
import { committedDataset, committedSource } from '../../fixtures/committedDataset'

const row = (id: string) => {
  const found = committedDataset().jurisdictions.rows.find((r) => r.id === id)
  if (!found) throw new Error(`no row ${id}`)
  return found
}

describe('the checked legal-frame rows', () => {
  it("names Chile's Law 21.719, in force since 1 December 2026, overhauling Law 19.628 with a new agency", () => {
    const chile = row('cl-data-protection')
    expect(chile.shortName).toBe('Chile Law 21.719')
    expect(chile.name).toMatch(/21\.719/)
    expect(chile.name).toMatch(/19\.628/)
    expect(chile.summary).toMatch(/1 December 2026/)
    expect(chile.summary).toMatch(/Agency/)
    expect(chile.sourceUrl).toBe('https://www.bcn.cl/leychile/navegar?idNorma=1209272')
    expect(chile.check?.references.length).toBeGreaterThan(0)
    expect(chile.check?.unconfirmed.join(' ')).toMatch(/bcn\.cl/)
  })

  it("gives India's DPDP Rules 2025 dates and an address in the official site's current layout, marked unconfirmed", () => {
    const india = row('in-dpdp')
    expect(india.summary).toMatch(/13 November 2025/)
    expect(india.summary).toMatch(/13 May 2027/)
    expect(india.sourceUrl).toMatch(/^https:\/\/www\.meity\.gov\.in\/static\/uploads\//)
    expect(india.check?.references.some((r) => /53450e6e5dc0bfa85ebd78686cadad39/.test(r.url))).toBe(true)
    expect(india.check?.unconfirmed.join(' ')).toMatch(/resolve/)
  })

  it('mentions the UK Data (Use and Access) Act 2025, with its address', () => {
    const uk = row('uk-gdpr')
    expect(uk.name).toMatch(/Data \(Use and Access\) Act 2025/)
    expect(uk.summary).toMatch(/19 June 2025/)
    expect(uk.check?.references[0]?.url).toBe('https://www.legislation.gov.uk/ukpga/2025/18/contents')
  })

  it('records the check as a source of the legal-frame section, with licence and date', () => {
    const d = committedDataset()
    expect(d.jurisdictions.sources).toContain('legal-frame-checks')
    expect(committedSource('legal-frame-checks')).toMatchObject({ asOf: '2026-12-04' })
    for (const r of d.jurisdictions.rows.filter((x) => x.check)) {
      expect(r.check?.checkedOn, r.id).toBe('2026-12-04')
      for (const ref of r.check?.references ?? []) expect(ref.url, r.id).toMatch(/^https:\/\//)
    }
  })
})
