/**
 * The message to show when saving the settings failed. Both platforms reject
 * with a sentence a person can read; on the desktop Electron prefixes it with
 * "Error invoking remote method '<channel>': Error: ", which is dropped here.
 */
export function settingsSaveMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error)
  const message = raw.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, '')
  return message || 'The settings could not be saved.'
}
