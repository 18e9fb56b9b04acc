/**
 * A position as people write it: '41.90° N, 12.50° E'. Hemisphere letters
 * instead of signs; a value that rounds to zero is N or E, never "-0.00".
 */
export function formatCoordinates(lat: number, lon: number, digits = 2): string {
  return `${formatAngle(lat, 'N', 'S', digits)}, ${formatAngle(lon, 'E', 'W', digits)}`
}

function formatAngle(value: number, positive: string, negative: string, digits: number): string {
  const text = Math.abs(value).toFixed(digits)
  const zero = Number(text) === 0
  return `${text}° ${value < 0 && !zero ? negative : positive}`
}
