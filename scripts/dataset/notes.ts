/** The curated notes are items separated by semicolons. */
export function splitNotes(text: string): string[] {
  return text
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean)
}
