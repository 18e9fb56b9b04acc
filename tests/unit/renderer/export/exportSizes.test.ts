import { describe, expect, it } from 'vitest'
import type { Source } from '../../../../src/shared/dataset/schema'
import { footerLines, shortCredits } from '../../../../src/renderer/export/credits'
import { MAX_EXPORT_SIDE, resolveSize, sceneFileName, slug } from '../../../../src/renderer/export/exportSizes'

const view = { width: 780, height: 748 }

function source(id: string, title: string): Source {
  return { id, title, origin: 'x', licence: 'MIT', asOf: '2026-01-01' }
}

describe('export sizes', () => {
  it('multiplies the view for 1x, 2x and 4x, with the multiple as the scale', () => {
    expect(resolveSize({ kind: 'multiple', factor: 1 }, view)).toEqual({ width: 780, height: 748, scale: 1 })
    expect(resolveSize({ kind: 'multiple', factor: 2 }, view)).toEqual({ width: 1560, height: 1496, scale: 2 })
    expect(resolveSize({ kind: 'multiple', factor: 4 }, view)).toEqual({ width: 3120, height: 2992, scale: 4 })
  })

  it('rounds a fractional view to whole pixels', () => {
    const size = resolveSize({ kind: 'multiple', factor: 2 }, { width: 640.5, height: 400.25 })
    expect([size.width, size.height]).toEqual([1281, 801])
  })

  it('keeps fixed sizes exact and scales by height, so a 4K image has twice the type of a 1080p one', () => {
    const hd = resolveSize({ kind: 'fixed', width: 1920, height: 1080 }, view)
    const uhd = resolveSize({ kind: 'fixed', width: 3840, height: 2160 }, view)
    expect([hd.width, hd.height, uhd.width, uhd.height]).toEqual([1920, 1080, 3840, 2160])
    expect(hd.scale).toBeCloseTo(1080 / 748, 10)
    expect(uhd.scale / hd.scale).toBeCloseTo(2, 10)
  })

  it('refuses a view that has no size yet and images too large to hold', () => {
    expect(() => resolveSize({ kind: 'multiple', factor: 2 }, { width: 0, height: 0 })).toThrow(/no size/)
    expect(() => resolveSize({ kind: 'multiple', factor: 4 }, { width: 5000, height: 800 })).toThrow(String(MAX_EXPORT_SIDE))
  })
})

describe('scene file names', () => {
  it('numbers scenes from 01 with a slug of the title', () => {
    expect(sceneFileName(0, 9, 'Europe at a glance')).toBe('01-europe-at-a-glance.png')
    expect(sceneFileName(8, 9, 'São Paulo & the edge')).toBe('09-sao-paulo-the-edge.png')
  })

  it('pads to three digits when a lesson has a hundred scenes or more', () => {
    expect(sceneFileName(4, 120, 'x')).toBe('005-x.png')
  })

  it('keeps letters of other scripts and falls back to "scene" for a title with none', () => {
    expect(slug('東京 リージョン')).toBe('東京-リージョン')
    expect(sceneFileName(1, 2, '!!!')).toBe('02-scene.png')
  })

  it('never puts a folder separator into a name', () => {
    expect(sceneFileName(0, 1, '../../etc/passwd')).toBe('01-etc-passwd.png')
  })
})

describe('image footer', () => {
  it('credits each source once, briefly, and leaves out our own compilations', () => {
    const sources = [
      source('aws-sdk-partitions', 'AWS SDK for JavaScript v3: partitions and regions'),
      source('regions-curated', 'InfraGlobe region table: locations'),
      source('ec2-prices-2025-04', 'EC2 prices'),
      source('s3-prices-2024-09', 'S3 prices'),
      source('legal-frames', 'InfraGlobe legal-frame table: laws'),
      source('something-new', 'Some new source: with details'),
    ]
    expect(shortCredits(sources)).toEqual(['AWS SDK', 'AWS price lists', 'Some new source'])
  })

  it('dates each drawn layer on its own line and credits its sources on the next, never one date for all', () => {
    const drawn = [
      { key: 'regions', label: 'Regions', asOf: '2026-11-27', sources: [source('aws-sdk-partitions', 'AWS SDK for JavaScript v3')] },
      { key: 'land', label: 'Land and borders', asOf: '2026-01-01', sources: [source('world-atlas', 'World geometry: Natural Earth')] },
    ]
    expect(footerLines(drawn)).toEqual([
      'As of: Regions 2026-11-27 · Land and borders 2026-01-01',
      'Sources: AWS SDK, Natural Earth · InfraGlobe',
    ])
  })
})
