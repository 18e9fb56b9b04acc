import { describe, expect, it } from 'vitest'
import { draftContentsText, savedAtText } from '../../../../src/renderer/lesson/draftWording'

// Local times, so the test means the same in every time zone.
const now = new Date(2026, 11, 4, 16, 30)
const at = (day: number, hours: number, minutes: number) => new Date(2026, 11, day, hours, minutes).toISOString()

describe('when a draft was saved, in words', () => {
  it('says today or yesterday with the time on a 24-hour clock', () => {
    expect(savedAtText(at(4, 14, 5), now)).toBe('saved today at 14:05')
    expect(savedAtText(at(4, 0, 0), now)).toBe('saved today at 00:00')
    expect(savedAtText(at(3, 23, 59), now)).toBe('saved yesterday at 23:59')
  })

  it('gives the date further back, across a month and a year', () => {
    expect(savedAtText(at(2, 9, 30), now)).toBe('saved on 2 December 2026 at 09:30')
    expect(savedAtText(new Date(2025, 0, 31, 18, 41).toISOString(), now)).toBe('saved on 31 January 2025 at 18:41')
    expect(savedAtText(new Date(2026, 10, 30, 8, 0).toISOString(), new Date(2026, 11, 1, 7, 0))).toBe('saved yesterday at 08:00')
  })

  it('says so when the time cannot be read', () => {
    expect(savedAtText('not a time', now)).toBe('saved at an unknown time')
  })

  it('names the lesson and counts its scenes', () => {
    expect(draftContentsText('Week 1', 1)).toBe('“Week 1”, 1 scene')
    expect(draftContentsText('Week 1', 0)).toBe('“Week 1”, 0 scenes')
    expect(draftContentsText('Week 1', 12)).toBe('“Week 1”, 12 scenes')
  })
})
