import { describe, expect, it } from 'vitest'
import { noticeText, offerNote, serviceNotices } from '../../../../src/shared/services'
import { committedDataset } from '../../fixtures/committedDataset'
import { makeDataset } from '../../fixtures/dataset'

describe('service notices and offer notes', () => {
  it('gives App Runner its closure notice in words, and no notice to a service without one', () => {
    const d = committedDataset()
    const notices = serviceNotices(d, 'aws-app-runner')
    expect(notices.map(noticeText)).toEqual(['closed to new customers from 2026-04-30'])
    expect(serviceNotices(d, 'amazon-simple-storage-service-s3')).toEqual([])
    expect(serviceNotices(d, 'no-such-service')).toEqual([])
  })

  it('says why S3 is listed in Zurich, and nothing where the sources agree or the dataset predates the check', () => {
    const d = committedDataset()
    expect(offerNote(d, 'eu-central-2', 'amazon-simple-storage-service-s3')?.offeredPer).toEqual(['botocore-endpoints'])
    expect(offerNote(d, 'eu-central-1', 'amazon-simple-storage-service-s3')).toBeNull()
    expect(offerNote(makeDataset(), 'eu-central-1', 'amazon-ec2')).toBeNull()
  })
})
