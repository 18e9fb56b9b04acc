import { describe, expect, it } from 'vitest'
import { formatAmount, formatPrice, roundDecimal } from '../../../../src/shared/pricing'
import { monthlyCost } from '../../../../src/shared/pricing'
import { committedDataset } from '../../fixtures/committedDataset'

describe('roundDecimal: one rounding rule on the decimal value', () => {
  it('rounds half away from zero on the digits as written, not on the binary float', () => {
    expect((0.10185).toFixed(4)).toBe('0.1018')
    expect(roundDecimal(0.10185, 4)).toBe('0.1019')
    expect(roundDecimal(1.005, 2)).toBe('1.01')
    expect(roundDecimal(0.0104, 4)).toBe('0.0104')
    expect(roundDecimal(9.99995, 4)).toBe('10.0000')
    expect(roundDecimal(-0.10185, 4)).toBe('-0.1019')
    expect(roundDecimal(-0.00001, 2)).toBe('0.00')
    expect(roundDecimal(2, 0)).toBe('2')
  })

  it('drops float noise from arithmetic before rounding', () => {
    expect(roundDecimal(0.1 + 0.2, 2)).toBe('0.30')
    expect(roundDecimal(0.10185 * 730, 2)).toBe('74.35')
  })

  it('refuses what is not a number', () => {
    expect(() => roundDecimal(Number.NaN, 2)).toThrow(RangeError)
  })
})

describe('formatPrice and formatAmount', () => {
  it('shows c7i.large in Frankfurt as $0.1019 wherever it appears', () => {
    const row = committedDataset().prices.ec2.find((r) => r.sheet === 'ec2-2025-04-04' && r.region === 'eu-central-1' && r.instanceType === 'c7i.large')
    expect(row?.perHour).toBe(0.10185)
    expect(formatPrice(row!.perHour, 'USD')).toBe('$0.1019')
  })

  it('gives four decimals below 1, three from 1 up, trailing zeros past the cents dropped, in the sheet currency', () => {
    expect(formatPrice(0.0104, 'USD')).toBe('$0.0104')
    expect(formatPrice(0.17, 'USD')).toBe('$0.17')
    expect(formatPrice(0.085, 'USD')).toBe('$0.085')
    expect(formatPrice(1.013, 'CNY')).toBe('¥1.013')
    expect(formatPrice(1.47874, 'CNY')).toBe('¥1.479')
  })

  it('gives amounts to the cent', () => {
    expect(formatAmount(monthlyCost(0.10185), 'USD')).toBe('$74.35')
    expect(formatAmount(7.592, 'USD')).toBe('$7.59')
  })
})
