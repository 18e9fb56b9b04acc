import { describe, expect, it } from 'vitest'
import { launchChartLayout } from '../../../../src/renderer/timeline/launchChart'
import type { LaunchCount } from '../../../../src/shared/timeline'

const counts: LaunchCount[] = [
  { step: 2006, label: '2006', added: 1, undated: 0, total: 1 },
  { step: 2007, label: '2007', added: 0, undated: 0, total: 1 },
  { step: 2008, label: '2008', added: 3, undated: 1, total: 5 },
  { step: 'announced', label: 'Announced', added: 2, undated: 0, total: 7 },
]

describe('the launch chart', () => {
  it('draws bars in proportion to the launches, the undated part stacked on top, all standing on the baseline', () => {
    const layout = launchChartLayout(counts, null, { width: 400, height: 100 })
    expect(layout.max).toBe(4)
    const [first, empty, tallest, announced] = layout.bars
    expect(tallest!.addedHeight).toBeCloseTo(first!.addedHeight * 3)
    expect(tallest!.undatedHeight).toBeCloseTo(first!.addedHeight)
    expect(tallest!.undatedY + tallest!.undatedHeight).toBeCloseTo(tallest!.addedY)
    for (const bar of layout.bars) expect(bar.addedY + bar.addedHeight).toBeCloseTo(layout.baseline)
    expect(empty!.value).toBe('')
    expect(empty!.addedHeight).toBe(0)
    expect(tallest!.value).toBe('4')
    expect(announced!.announced).toBe(true)
    expect(layout.bars.every((bar) => bar.x >= 0 && bar.x + bar.width <= 400)).toBe(true)
  })

  it('marks the year shown, and describes the launches in words', () => {
    const layout = launchChartLayout(counts, 2008)
    expect(layout.bars.filter((bar) => bar.current).map((bar) => bar.step)).toEqual([2008])
    expect(layout.description).toBe(
      'Regions launched per year (announced at the last step). 2006: 1, 2008: 3 (+1 of unknown launch year), Announced: 2.',
    )
  })
})
