/** Opens the PNG export of the current view. */
export function ExportButton() {
  return null
}
