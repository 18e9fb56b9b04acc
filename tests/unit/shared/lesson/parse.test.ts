import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseLesson } from '../../../../src/shared/lesson/parse'
import { nested } from '../../fixtures/hostile'

describe('refusing a lesson', () => {
  it('quotes a few dozen characters of a 7-million-character version, not all of it', () => {
    const result = parseLesson(JSON.stringify({ format: 'infraglobe-lesson', version: 'v'.repeat(7_000_000) }))
    expect(result).toEqual({
      ok: false,
      message: `This lesson file has no format version InfraGlobe knows ("version" is "${'v'.repeat(40)}"… (7,000,000 characters)). Nothing was changed.`,
    })
  })

  it('clips each listed field problem, however long the key it names', () => {
    const builtIn = JSON.parse(readFileSync(new URL('../../../../assets/lessons/aws-global-infrastructure.infraglobe.json', import.meta.url), 'utf8'))
    builtIn.scenes[0].layers = { ['k'.repeat(7_000_000)]: 'on' }
    const result = parseLesson(JSON.stringify(builtIn))
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message.length).toBeLessThan(1_000)
  })

  it('refuses a lesson nested 40,000 levels deep with a message instead of throwing', () => {
    const result = parseLesson(`{"format": "infraglobe-lesson", "version": 2, "title": "T", "scenes": ${nested(40_000)}}`)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(/Nothing was changed\.$/)
  })
})
