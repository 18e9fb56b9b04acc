import { describe, expect, it } from 'vitest'
import { buildDatasetReport } from '../../../../scripts/dataset/build'
import { HAVE_RAW, RAW_DIR } from '../../fixtures/rawInputs'
import { committedDataset, committedSource } from '../../fixtures/committedDataset'

const S3 = 'amazon-simple-storage-service-s3'

describe('services cross-checked against botocore endpoint data', () => {
  it('lists Amazon S3 as offered in Zurich (eu-central-2), with a note naming botocore as its source', () => {
    const d = committedDataset()
    expect(d.services.byRegion['eu-central-2']).toContain(S3)
    const note = d.services.offerNotes?.find((n) => n.region === 'eu-central-2' && n.service === S3)
    expect(note).toMatchObject({ offeredPer: ['botocore-endpoints'], notListedBy: ['regional-table-services'] })
    expect(note?.note).toMatch(/botocore/)
    expect(committedSource('botocore-endpoints')).toMatchObject({ licence: expect.stringMatching(/Unlicense/) as string, asOf: '2026-07-02' })
    expect(d.services.sources).toContain('botocore-endpoints')
  })

  it('keeps the China regions unknown rather than turning a list of endpoints into a service list', () => {
    const d = committedDataset()
    expect(d.services.byRegion['cn-north-1']).toBeUndefined()
    expect(d.services.byRegion['cn-northwest-1']).toBeUndefined()
  })

  it.skipIf(!HAVE_RAW)('reports every disagreement, and each one is a noted pair of the dataset', () => {
    const report = buildDatasetReport(RAW_DIR)
    const { disagreements } = report.services
    expect(disagreements.length).toBeGreaterThan(0)
    expect(disagreements).toContainEqual({ region: 'eu-central-2', service: S3, endpoint: 's3', offeredPer: 'botocore' })
    const notes = report.dataset.services.offerNotes ?? []
    expect(notes).toHaveLength(disagreements.length)
    for (const x of disagreements) {
      const note = notes.find((n) => n.region === x.region && n.service === x.service)
      expect(note?.offeredPer, `${x.region} ${x.service}`).toEqual([x.offeredPer === 'botocore' ? 'botocore-endpoints' : 'regional-table-services'])
      // Whichever source says "offered" wins, so the pair is listed either way.
      expect(report.dataset.services.byRegion[x.region]).toContain(x.service)
    }
    expect(report.services.endpointOnlyRegions).toEqual(['cn-north-1', 'cn-northwest-1'])
    expect(report.services.tableOnlyRegions).toEqual(['eusc-de-east-1'])
  })
})

describe('service notices', () => {
  it('carries the App Runner closure to new customers from 30 April 2026, with its source', () => {
    const d = committedDataset()
    const appRunner = d.services.catalogue.find((s) => s.name === 'AWS App Runner')
    expect(appRunner?.notices).toEqual([
      expect.objectContaining({ kind: 'closed-to-new-customers', from: '2026-04-30', sources: ['aws-apprunner-availability'] }),
    ])
    const source = committedSource('aws-apprunner-availability')
    expect(source.origin).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/apprunner\//)
    expect(source.note).toMatch(/30 April 2026/)
  })
})
