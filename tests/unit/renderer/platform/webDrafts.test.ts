import { afterEach, describe, expect, it } from 'vitest'
import { createWebDrafts, DRAFT_KEY } from '../../../../src/renderer/platform/webDrafts'
import { MAX_LESSON_BYTES } from '../../../../src/shared/ipc/contract'

afterEach(() => {
  localStorage.clear()
})

const at = new Date('2026-12-04T14:05:00.000Z')

describe('the web edition’s lesson draft', () => {
  it('keeps the text and the time in localStorage, reads it back and clears it', async () => {
    const drafts = createWebDrafts({ now: () => at })
    await expect(drafts.loadDraft()).resolves.toBeNull()
    await drafts.saveDraft('{"title":"Régions"}')
    await expect(drafts.loadDraft()).resolves.toEqual({ text: '{"title":"Régions"}', savedAt: '2026-12-04T14:05:00.000Z' })
    await drafts.clearDraft()
    await expect(drafts.loadDraft()).resolves.toBeNull()
    expect(localStorage.length).toBe(0)
  })

  it('refuses a draft larger than a lesson may be, keeping the previous one', async () => {
    const drafts = createWebDrafts({ now: () => at })
    await drafts.saveDraft('kept')
    await expect(drafts.saveDraft('x'.repeat(MAX_LESSON_BYTES + 1))).rejects.toThrow(/^The lesson draft was not kept: lesson larger than/)
    await expect(drafts.loadDraft()).resolves.toMatchObject({ text: 'kept' })
  })

  it('offers no draft for an entry it did not write, and none when storage is forbidden', async () => {
    for (const raw of ['{', '[]', '{"savedAt": 1, "text": "x"}', `${'['.repeat(40_000)}${']'.repeat(40_000)}`]) {
      localStorage.setItem(DRAFT_KEY, raw)
      await expect(createWebDrafts().loadDraft()).resolves.toBeNull()
    }
    const forbidden = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    }
    await expect(createWebDrafts({ storage: forbidden }).loadDraft()).resolves.toBeNull()
    await expect(createWebDrafts({ storage: forbidden }).clearDraft()).resolves.toBeUndefined()
    await expect(createWebDrafts({ storage: forbidden }).saveDraft('x')).rejects.toThrow(/^The lesson draft was not kept: /)
  })
})
