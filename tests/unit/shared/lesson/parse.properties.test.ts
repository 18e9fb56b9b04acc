import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseLesson } from '../../../../src/shared/lesson/parse'
import { hostileText, PROPERTY_RUNS, PROPERTY_TIMEOUT_MS } from '../../fixtures/hostile'

const builtIn: unknown = JSON.parse(
  readFileSync(new URL('../../../../assets/lessons/aws-global-infrastructure.infraglobe.json', import.meta.url), 'utf8'),
)

/** What the parser may be told about the dataset; it must read it and never change it. */
function datasetNames() {
  return { regionCodes: new Set(['eu-central-1', 'us-east-1', 'sa-east-1']), serviceIds: new Set(['lambda', 's3']) }
}

describe('the lesson parser, given any file', () => {
  it('answers a lesson or one bounded message that says nothing changed, never throws, and leaves its inputs alone', () => {
    fc.assert(
      fc.property(hostileText(builtIn), (text) => {
        const names = datasetNames()
        const result = parseLesson(text, names)
        expect(names).toEqual(datasetNames())
        if (result.ok) {
          expect(result.lesson.scenes.length).toBeGreaterThanOrEqual(0)
          expect(Array.isArray(result.warnings)).toBe(true)
          return
        }
        expect(result.message).toMatch(/Nothing was changed\.$/)
        // Five listed problems of at most a few hundred characters each, and the sentence around them.
        expect(result.message.length).toBeLessThanOrEqual(2500)
      }),
      PROPERTY_RUNS,
    )
  }, PROPERTY_TIMEOUT_MS)
})
