import { Matrix4 } from 'three'
import { describe, expect, it } from 'vitest'
import { AdaptiveResolution, fullDpr, movingDpr } from '../../../../src/renderer/globe/adaptiveResolution'

const at = (x: number) => new Matrix4().makeTranslation(x, 0, 3)

describe('AdaptiveResolution', () => {
  it('draws at the full ratio at rest', () => {
    const resolution = new AdaptiveResolution()
    expect(resolution.beforeRender(at(0), 2)).toBe(2)
    expect(resolution.beforeRender(at(0), 2)).toBe(2)
    expect(resolution.wantsAnotherFrame).toBe(false)
  })

  it('keeps a single-frame cut sharp and asks for no extra frame', () => {
    const resolution = new AdaptiveResolution()
    resolution.beforeRender(at(0), 1)
    expect(resolution.beforeRender(at(1), 1)).toBe(1)
    expect(resolution.wantsAnotherFrame).toBe(false)
  })

  it('lowers the ratio from the second moving frame and restores it on the first still one', () => {
    const resolution = new AdaptiveResolution()
    resolution.beforeRender(at(0), 2)
    expect(resolution.beforeRender(at(0.1), 2)).toBe(2)
    expect(resolution.beforeRender(at(0.2), 2)).toBe(movingDpr(2))
    expect(resolution.beforeRender(at(0.3), 2)).toBe(movingDpr(2))
    expect(resolution.wantsAnotherFrame).toBe(true)
    expect(resolution.beforeRender(at(0.3), 2)).toBe(2)
    expect(resolution.wantsAnotherFrame).toBe(false)
  })

  it('calls a frame moving exactly when it is drawn at the lower ratio', () => {
    const resolution = new AdaptiveResolution()
    const moving: boolean[] = []
    for (const x of [0, 0, 0.1, 0.2, 0.3, 0.3, 0.3]) {
      resolution.beforeRender(at(x), 1)
      moving.push(resolution.moving)
    }
    expect(moving).toEqual([false, false, false, true, true, false, false])
  })

  it('does not count sub-pixel steps, the tail of the damping, as moving', () => {
    const resolution = new AdaptiveResolution()
    resolution.beforeRender(at(0), 1)
    for (let step = 1; step < 10; step += 1) {
      expect(resolution.beforeRender(at(step * 1e-4), 1)).toBe(1)
      expect(resolution.wantsAnotherFrame).toBe(false)
    }
  })

  it('resolves the full ratio within 1 to 2 and never moves below 0.5', () => {
    expect(fullDpr(3)).toBe(2)
    expect(fullDpr(0.5)).toBe(1)
    expect(fullDpr(Number.NaN)).toBe(1)
    expect(movingDpr(1)).toBeCloseTo(0.6)
    expect(movingDpr(0.5)).toBe(0.5)
    expect(movingDpr(2)).toBeCloseTo(1.2)
  })
})
