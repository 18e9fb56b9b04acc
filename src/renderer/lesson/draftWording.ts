const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

const twoDigits = (n: number) => String(n).padStart(2, '0')

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate()
}

/**
 * When a draft was autosaved, in the user's local time: "saved today at
 * 14:05", "saved yesterday at 09:30", "saved on 2 December 2026 at 18:41".
 * A 24-hour clock and English month names, as the rest of the app's wording.
 */
export function savedAtText(savedAt: string, now: Date = new Date()): string {
  const at = new Date(savedAt)
  if (Number.isNaN(at.getTime())) return 'saved at an unknown time'
  const time = `${twoDigits(at.getHours())}:${twoDigits(at.getMinutes())}`
  if (sameDay(at, now)) return `saved today at ${time}`
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1)
  if (sameDay(at, yesterday)) return `saved yesterday at ${time}`
  return `saved on ${at.getDate()} ${MONTHS[at.getMonth()]} ${at.getFullYear()} at ${time}`
}

/** "“Europe”, 3 scenes": what a draft holds, in a few words. */
export function draftContentsText(title: string, sceneCount: number): string {
  return `“${title}”, ${sceneCount} ${sceneCount === 1 ? 'scene' : 'scenes'}`
}
