import { mkdtempSync, rmSync, writeFileSync, cpSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { BuildError } from '../../../../scripts/dataset/errors'
import { PROJECT_DATA_DIR } from '../../../../scripts/dataset/projectFiles'
import { applyRegionFacts, readRegionFacts } from '../../../../scripts/dataset/regionFacts'
import { committedDataset, committedRegion, committedSource } from '../../fixtures/committedDataset'
import { makeRegion } from '../../fixtures/dataset'

const temps: string[] = []
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** A copy of data/ with region-facts.csv replaced. */
function projectWith(facts: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'infraglobe-facts-'))
  temps.push(dir)
  cpSync(PROJECT_DATA_DIR, dir, { recursive: true })
  writeFileSync(join(dir, 'region-facts.csv'), facts)
  return dir
}

const HEADER = 'region,field,value,confidence,sources,note\n'

describe('the region corrections in the committed dataset', () => {
  it('gives cn-north-1 its general-availability year 2016, citing the AWS blog, with the 2013 preview as a note', () => {
    const beijing = committedRegion('cn-north-1')
    expect(beijing.launchYear).toBe(2016)
    expect(beijing.factSources?.launchYear).toMatchObject({ sources: ['aws-blog-china-regions'], confidence: 'confirmed' })
    expect(beijing.sources).toContain('aws-blog-china-regions')
    const blog = committedSource('aws-blog-china-regions')
    expect(blog.origin).toMatch(/^https:\/\/aws\.amazon\.com\/blogs\/.*china-beijing-region/)
    expect(blog.licence).toBeTruthy()
    expect(blog.asOf).toMatch(/^\d{4}-\d{2}/)
    expect(beijing.notes.some((n) => /preview in 2013/.test(n))).toBe(true)
  })

  it('gives eusc-de-east-1 its January 2026 general availability, no "(verify)", and an unknown AZ count rather than a bare 3', () => {
    const esc = committedRegion('eusc-de-east-1')
    expect(esc).toMatchObject({ launchYear: 2026, status: 'available', azCount: null })
    expect(esc.factSources?.launchYear?.sources).toEqual(['esc-ga-announcement'])
    expect(esc.factSources?.launchYear?.note).toMatch(/15 January 2026/)
    expect(esc.factSources?.azCount).toMatchObject({ confidence: 'unconfirmed' })
    expect(esc.notes.join(' ')).not.toMatch(/verify/i)
    expect(esc.notes.join(' ')).toMatch(/ordinary AWS accounts cannot use/)
    const ga = committedSource('esc-ga-announcement')
    expect(ga.asOf).toBe('2026-01-15')
    expect(ga.origin).toMatch(/^https:\/\//)
  })

  it("takes me-west-1's opt-in flag from the CDK region facts read from aws-cdk-lib 2.276.0 or later", () => {
    const saudi = committedRegion('me-west-1')
    expect(saudi.optIn).toBe(true)
    expect(saudi.notes).not.toContain('opt-in expected')
    expect(saudi.factSources?.optIn).toMatchObject({ sources: ['cdk-region-info'], confidence: 'confirmed' })
    const cdk = committedSource('cdk-region-info')
    const version = /^npm:aws-cdk-lib@(\d+)\.(\d+)\.(\d+)$/.exec(cdk.origin)
    expect(version).not.toBeNull()
    expect(Number(version?.[1])).toBe(2)
    expect(Number(version?.[2])).toBeGreaterThanOrEqual(276)
  })

  it('keeps every region it corrects valid against the sources the dataset defines', () => {
    const defined = new Set(committedDataset().sources.map((s) => s.id))
    for (const r of committedDataset().regions) {
      for (const fact of Object.values(r.factSources ?? {})) {
        for (const id of fact?.sources ?? []) expect(defined.has(id), `${r.code} cites ${id}`).toBe(true)
      }
    }
  })
})

describe('readRegionFacts and applyRegionFacts', () => {
  const known = new Set(['a-blog', 'aws-az-ids'])

  it('sets a value, records its sources and confidence, and adds the source to the region', () => {
    const facts = readRegionFacts(known, projectWith(`${HEADER}eu-central-1,launchYear,2015,confirmed,a-blog,"checked"\n`))
    const region = makeRegion({ sources: ['regions'] })
    applyRegionFacts(region, facts.get('eu-central-1'))
    expect(region.launchYear).toBe(2015)
    expect(region.factSources).toEqual({ launchYear: { sources: ['a-blog'], confidence: 'confirmed', note: 'checked' } })
    expect(region.sources).toEqual(['regions', 'a-blog'])
  })

  it('reads an empty value as unknown and replaces the notes where asked', () => {
    const facts = readRegionFacts(known, projectWith(`${HEADER}eu-central-1,azCount,,unconfirmed,aws-az-ids,\neu-central-1,notes,one; two,,,\n`))
    const region = makeRegion({ notes: ['old'] })
    applyRegionFacts(region, facts.get('eu-central-1'))
    expect(region.azCount).toBeNull()
    expect(region.notes).toEqual(['one', 'two'])
  })

  it('refuses a fact without a source, with an unknown source, or of a field it cannot set', () => {
    const problems = (csv: string) => {
      try {
        readRegionFacts(known, projectWith(HEADER + csv))
      } catch (error) {
        if (error instanceof BuildError) return error.problems.join('\n')
        throw error
      }
      return ''
    }
    expect(problems('eu-central-1,launchYear,2015,confirmed,,\n')).toMatch(/needs at least one source/)
    expect(problems('eu-central-1,launchYear,2015,confirmed,nobody,\n')).toMatch(/source "nobody" is not defined/)
    expect(problems('eu-central-1,city,Berlin,confirmed,a-blog,\n')).toMatch(/field "city" is not one of/)
    expect(problems('eu-central-1,launchYear,soon,confirmed,a-blog,\n')).toMatch(/does not fit launchYear/)
  })
})
