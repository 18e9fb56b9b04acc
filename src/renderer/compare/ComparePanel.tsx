/** Two to four regions side by side, factor by factor. */
export function ComparePanel() {
  return null
}
