import type { SaveSeriesOutcome } from '../../shared/api'

/**
 * What the dialog says after a series was handed to the platform, or null
 * for a cancelled save. A failure names the scene by its title (the
 * platform knows only the file) before the platform's own message, which
 * says which file failed, why, and what was kept.
 */
export function seriesOutcomeMessage(
  outcome: SaveSeriesOutcome,
  files: readonly { name: string }[],
  sceneTitles: readonly string[],
): { kind: 'done' | 'error'; message: string } | null {
  switch (outcome.status) {
    case 'cancelled':
      return null
    case 'saved':
      return { kind: 'done', message: `Saved ${outcome.count} image${outcome.count === 1 ? '' : 's'} to ${outcome.location}` }
    case 'failed': {
      // The web edition prefixes the names it downloads with the lesson and the time.
      const index = outcome.failedFile === undefined ? -1 : files.findIndex((file) => outcome.failedFile === file.name || outcome.failedFile?.endsWith(`-${file.name}`))
      const title = index >= 0 ? sceneTitles[index]?.trim() : undefined
      return { kind: 'error', message: title ? `The scene “${title}” was not saved. ${outcome.message}` : outcome.message }
    }
  }
}
