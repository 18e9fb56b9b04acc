/** The selected region in depth: compliance, services, prices and how to provision there. */
export function RegionDetails() {
  return null
}
