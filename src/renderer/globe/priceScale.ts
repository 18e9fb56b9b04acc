/**
 * Marker colours for the price-index mode, and the legend's bins.
 *
 * The colours are the light half of inferno (t = 1.0, 0.9, 0.8, 0.7, 0.6): a
 * sequential palette whose lightness falls steadily, so cheap-to-dear reads
 * without hue (deuteranopia, protanopia, greyscale), in a hue family apart
 * from the latency arcs' viridis. The bins are fixed rather than fitted to
 * the data, so a colour means the same after a dataset update; they span the
 * shipped range (about 0.85× to 1.6×) with the reference at 1.00× in the
 * middle of the second bin.
 */
export interface PriceBin {
  id: string
  /** What the legend says. */
  label: string
  /** Upper bound (exclusive) of the index; Infinity for the last bin. */
  max: number
  /** CSS hex colour. */
  colour: string
}

export const priceBins: readonly PriceBin[] = [
  { id: 'under-0.95', label: '< 0.95×', max: 0.95, colour: '#fcffa4' },
  { id: '0.95-1.05', label: '0.95–1.05×', max: 1.05, colour: '#f6d746' },
  { id: '1.05-1.15', label: '1.05–1.15×', max: 1.15, colour: '#fca50a' },
  { id: '1.15-1.25', label: '1.15–1.25×', max: 1.25, colour: '#f37819' },
  { id: 'over-1.25', label: '≥ 1.25×', max: Number.POSITIVE_INFINITY, colour: '#dd513a' },
]

/** A region without an index: neutral grey, drawn hollow so "unknown" does not read as a price. */
export const PRICE_UNKNOWN_COLOUR = '#9aa5b1'

/** The bin of a price index; a value that is not a number falls in the dearest bin. */
export function priceBinFor(index: number): PriceBin {
  for (const bin of priceBins) if (index < bin.max) return bin
  return priceBins[priceBins.length - 1] as PriceBin
}
