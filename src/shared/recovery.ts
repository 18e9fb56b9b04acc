/**
 * When the desktop app's page dies (its renderer process crashed, was killed
 * or ran out of memory), main reloads it with `?recovered=<reason>` in the
 * address. The renderer reads the notice from there (recoveryNotice) and
 * shows it, next to the offer of the autosaved draft.
 */

export const RECOVERY_PARAM = 'recovered'

/** Electron's render-process-gone reasons, in words; any other reason reads as a plain stop. */
const REASONS: Readonly<Record<string, string>> = {
  crashed: 'it crashed',
  oom: 'it ran out of memory',
  killed: 'it was ended by the system',
  'abnormal-exit': 'it stopped abnormally',
  'launch-failed': 'it could not start',
  'integrity-failure': 'its code failed an integrity check',
  'memory-eviction': 'the system reclaimed its memory',
}

/** The address of the page to load again, with the reason it died. */
export function withRecoveryNotice(url: string, reason: string): string {
  const next = new URL(url)
  next.searchParams.set(RECOVERY_PARAM, reason in REASONS ? reason : 'abnormal-exit')
  return next.href
}

/** The notice to show for a page's query string (`location.search`), or null when the page was not reloaded after a failure. */
export function recoveryNotice(search: string): string | null {
  const reason = new URLSearchParams(search).get(RECOVERY_PARAM)
  if (reason === null) return null
  const what = REASONS[reason] ?? REASONS['abnormal-exit']
  return `InfraGlobe's page stopped (${what}) and was reloaded. Any lesson you had not saved is offered back from its autosaved draft.`
}
