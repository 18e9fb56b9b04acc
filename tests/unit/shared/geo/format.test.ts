import { describe, expect, it } from 'vitest'
import { formatCoordinates } from '../../../../src/shared/geo'

describe('formatCoordinates', () => {
  it('writes degrees with two decimals and the hemisphere letters', () => {
    expect(formatCoordinates(41.9, 12.5)).toBe('41.90° N, 12.50° E')
    expect(formatCoordinates(-23.5505, -46.6333)).toBe('23.55° S, 46.63° W')
  })

  it('calls a value that rounds to zero north or east, never minus zero', () => {
    expect(formatCoordinates(-0.001, -0.004)).toBe('0.00° N, 0.00° E')
    expect(formatCoordinates(0, 0)).toBe('0.00° N, 0.00° E')
  })

  it('keeps the poles and the antimeridian', () => {
    expect(formatCoordinates(90, 180)).toBe('90.00° N, 180.00° E')
    expect(formatCoordinates(-90, -180)).toBe('90.00° S, 180.00° W')
  })

  it('takes another precision', () => {
    expect(formatCoordinates(51.50735, -0.12776, 1)).toBe('51.5° N, 0.1° W')
  })
})
