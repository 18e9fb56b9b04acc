import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadDatasetFile, type DatasetFileSystem } from '../../../src/main/datasetLoader'
import { PROBLEM_LIMIT } from '../../../src/shared/text/quote'
import { hostileText, PROPERTY_RUNS, PROPERTY_TIMEOUT_MS } from '../fixtures/hostile'
import { minimalDataset } from './fixtures'

/** A file system holding one file with the given text. */
function holding(text: string): DatasetFileSystem {
  return {
    open: () =>
      Promise.resolve({
        stat: () => Promise.resolve({ size: text.length, isFile: () => true }),
        readFile: () => Promise.resolve(text),
        close: () => Promise.resolve(),
      }),
  }
}

/** A problem line: the JSON path it concerns, then a message clipped to the limit (plus its length note). */
const MAX_PROBLEM = PROBLEM_LIMIT + 40

describe('the dataset loader, given any file', () => {
  it('answers a valid dataset or a list of bounded problems, and never throws', async () => {
    const valid = minimalDataset()
    await fc.assert(
      fc.asyncProperty(hostileText(valid), async (text) => {
        const result = await loadDatasetFile('/data/infrastructure.json', holding(text))
        if (result.ok) {
          expect(result.dataset.regions.length).toBeGreaterThan(0)
          return
        }
        expect(result.problems.length).toBeGreaterThan(0)
        for (const problem of result.problems) {
          expect(typeof problem).toBe('string')
          expect(problem.length).toBeLessThanOrEqual(MAX_PROBLEM)
        }
      }),
      PROPERTY_RUNS,
    )
  }, PROPERTY_TIMEOUT_MS)
})
