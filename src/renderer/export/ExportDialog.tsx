/** The PNG export: size, background, save or copy. */
export function ExportDialog() {
  return null
}
