/**
 * The three bands of the inter-region heat map (as cloudping.co draws it:
 * under 100 ms, 100–180 ms, over 180 ms). Their colours live in panel.css
 * (`.matrix-band--<id>`): light to dark along viridis, so the order reads
 * without hue, and every cell also shows its number.
 */
export interface MatrixBand {
  id: 'fast' | 'medium' | 'slow'
  label: string
}

export const matrixBands: readonly MatrixBand[] = [
  { id: 'fast', label: '< 100 ms' },
  { id: 'medium', label: '100–180 ms' },
  { id: 'slow', label: '> 180 ms' },
]

const [fast, medium, slow] = matrixBands as [MatrixBand, MatrixBand, MatrixBand]

export function matrixBandFor(rttMs: number): MatrixBand {
  if (rttMs < 100) return fast
  if (rttMs <= 180) return medium
  return slow
}

const DIRECTIONS: Readonly<Record<string, string>> = {
  northeast: 'ne',
  northwest: 'nw',
  southeast: 'se',
  southwest: 'sw',
  north: 'n',
  south: 's',
  east: 'e',
  west: 'w',
  central: 'c',
  gov: 'g',
}

/**
 * A region code shortened the way AWS shortens it in AZ IDs: "eu-central-1" →
 * "euc1", "ap-southeast-2" → "apse2", "us-gov-west-1" → "usgw1". It keeps a
 * 32-column table narrow; the full code is always next to it for assistive tech.
 */
export function shortRegionCode(code: string): string {
  const [area = '', ...rest] = code.split('-')
  return area + rest.map((part) => (/^\d+$/.test(part) ? part : (DIRECTIONS[part] ?? part.charAt(0)))).join('')
}
