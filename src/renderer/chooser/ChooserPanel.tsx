/** The region chooser: residency, services, proximity against price, the ranking with reasons. */
export function ChooserPanel() {
  return null
}
