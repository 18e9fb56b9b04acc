import { describe, expect, it } from 'vitest'
import { seriesFolderName } from '../../../../src/shared/lesson/seriesFolder'

describe('seriesFolderName', () => {
  const at = new Date(2026, 11, 4, 9, 5)

  it('names the folder after the lesson and the local time to the minute', () => {
    expect(seriesFolderName('Regions & AZs', at)).toBe('regions-azs-2026-12-04-0905')
  })

  it('keeps letters of any script and drops what a file system refuses', () => {
    expect(seriesFolderName('São Paulo / 東京: latency?', at)).toBe('sao-paulo-東京-latency-2026-12-04-0905')
  })

  it('names an untitled series after the scenes', () => {
    expect(seriesFolderName(undefined, at)).toBe('infraglobe-scenes-2026-12-04-0905')
    expect(seriesFolderName('???', at)).toBe('lesson-2026-12-04-0905')
  })
})
