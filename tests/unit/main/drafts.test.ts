import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDraftStore, DRAFT_FILE, type DraftFileSystem } from '../../../src/main/drafts'

let dir: string

beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'infraglobe-drafts-'))
})

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

const at = new Date('2026-12-04T14:05:00.000Z')
const store = (fileSystem?: DraftFileSystem) =>
  createDraftStore({ dir: join(dir, 'user-data'), now: () => at, warn: () => undefined, ...(fileSystem ? { fs: fileSystem } : {}) })

describe('the lesson draft store', () => {
  it('has no draft at first', async () => {
    await expect(store().load()).resolves.toBeNull()
  })

  it('keeps the text and the time it was saved, in the user-data folder, and nothing else', async () => {
    const drafts = store()
    await drafts.save('{"title":"Régions"}')
    await expect(drafts.load()).resolves.toEqual({ text: '{"title":"Régions"}', savedAt: '2026-12-04T14:05:00.000Z' })
    expect(await fs.readdir(join(dir, 'user-data'))).toEqual([DRAFT_FILE])
  })

  it('keeps the last of several saves made at once', async () => {
    const drafts = store()
    await Promise.all(['one', 'two', 'three'].map((text) => drafts.save(text)))
    await expect(drafts.load()).resolves.toMatchObject({ text: 'three' })
  })

  it('clears the draft, even one still being written when asked', async () => {
    const drafts = store()
    const saving = drafts.save('half-way')
    await drafts.clear()
    await saving
    await expect(drafts.load()).resolves.toBeNull()
    await expect(drafts.clear()).resolves.toBeUndefined()
  })

  it('answers no draft for a file it did not write, broken or nested too deeply', async () => {
    const drafts = store()
    await fs.mkdir(join(dir, 'user-data'))
    for (const text of ['{', '[]', JSON.stringify({ format: 'infraglobe-lesson-draft', version: 1, savedAt: 'yesterday', text: 'x' }), `${'['.repeat(40_000)}${']'.repeat(40_000)}`]) {
      await fs.writeFile(join(dir, 'user-data', DRAFT_FILE), text)
      await expect(drafts.load()).resolves.toBeNull()
    }
  })

  it('rejects a save the disk refuses and keeps the previous draft whole', async () => {
    await store().save('kept')
    const full: DraftFileSystem = { ...fs, open: (() => Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }))) as unknown as DraftFileSystem['open'] }
    await expect(store(full).save('lost')).rejects.toThrow(/ENOSPC/)
    await expect(store().load()).resolves.toMatchObject({ text: 'kept' })
  })
})
