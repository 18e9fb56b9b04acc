import { describe, expect, it } from 'vitest'
import { seriesOutcomeMessage } from '../../../../src/renderer/export/seriesMessage'

const files = [{ name: '01-europe.png' }, { name: '02-sao-paulo.png' }]
const titles = ['Europe', 'São Paulo']

describe('what the dialog says after a series', () => {
  it('says where the images went, in the singular for one', () => {
    expect(seriesOutcomeMessage({ status: 'saved', location: '/p/regions-2026-12-04-1405', count: 2 }, files, titles)).toEqual({
      kind: 'done',
      message: 'Saved 2 images to /p/regions-2026-12-04-1405',
    })
    expect(seriesOutcomeMessage({ status: 'saved', location: 'your downloads', count: 1 }, files, titles)?.message).toBe('Saved 1 image to your downloads')
  })

  it('says nothing after a cancelled save', () => {
    expect(seriesOutcomeMessage({ status: 'cancelled' }, files, titles)).toBeNull()
  })

  it('names the scene that failed before the platform’s reason, also under the web edition’s prefixed name', () => {
    const reason = 'Scene 2 of 2 (02-sao-paulo.png) could not be saved: the disk is full. Nothing of this export was kept.'
    expect(seriesOutcomeMessage({ status: 'failed', message: reason, written: 0, failedFile: '02-sao-paulo.png' }, files, titles)).toEqual({
      kind: 'error',
      message: `The scene “São Paulo” was not saved. ${reason}`,
    })
    const web = seriesOutcomeMessage(
      { status: 'failed', message: 'could not be downloaded', written: 1, failedFile: 'regions-2026-12-04-1405-02-sao-paulo.png' },
      files,
      titles,
    )
    expect(web?.message).toBe('The scene “São Paulo” was not saved. could not be downloaded')
  })

  it('passes the platform’s message on alone when no scene was reached', () => {
    expect(seriesOutcomeMessage({ status: 'failed', message: 'The folder could not be made.', written: 0 }, files, titles)).toEqual({
      kind: 'error',
      message: 'The folder could not be made.',
    })
  })
})
