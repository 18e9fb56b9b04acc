import { describe, expect, it } from 'vitest'
import { fitViewToFrame, stretchedFov, viewToImage } from '../../../../src/renderer/export/frameFit'

const VIEW = { width: 847, height: 717 }

describe('fitting the view into an image of another shape', () => {
  it('fits a taller view into a 16:9 image by its height, centred, with more globe on the sides', () => {
    const fit = fitViewToFrame(VIEW, { width: 1920, height: 1080 })
    expect(fit.scale).toBeCloseTo(1080 / 717)
    expect(fit.offsetY).toBeCloseTo(0)
    expect(fit.offsetX).toBeCloseTo((1920 - 847 * fit.scale) / 2)
    expect(fit.fovStretch).toBeCloseTo(1)
    // The view's corners land inside the image, its centre on the image's centre.
    expect(viewToImage(fit, 847 / 2, 717 / 2)).toEqual({ x: expect.closeTo(960), y: expect.closeTo(540) })
    expect(viewToImage(fit, 0, 0).x).toBeGreaterThanOrEqual(0)
    expect(viewToImage(fit, 847, 717).x).toBeLessThanOrEqual(1920)
  })

  it('fits a wide view into a 4:3 image by its width, opening the field of view to show more above and below', () => {
    const view = { width: 1546, height: 720 }
    const fit = fitViewToFrame(view, { width: 1600, height: 1200 })
    expect(fit.scale).toBeCloseTo(1600 / 1546)
    expect(fit.offsetX).toBeCloseTo(0)
    expect(fit.offsetY).toBeCloseTo((1200 - 720 * fit.scale) / 2)
    expect(fit.fovStretch).toBeCloseTo(1200 / fit.scale / 720)
    expect(fit.fovStretch).toBeGreaterThan(1)
  })

  it('is the plain multiple at the view’s own shape', () => {
    const fit = fitViewToFrame(VIEW, { width: 847 * 2, height: 717 * 2 })
    expect(fit).toEqual({ scale: 2, offsetX: 0, offsetY: 0, fovStretch: 1 })
  })

  it('opens the field of view so that tan(fov/2) grows by the stretch', () => {
    expect(stretchedFov(40, 1)).toBeCloseTo(40)
    const wider = stretchedFov(40, 1.5)
    expect(Math.tan((wider * Math.PI) / 360)).toBeCloseTo(1.5 * Math.tan((40 * Math.PI) / 360))
  })

  it('refuses a view or an image without size', () => {
    expect(() => fitViewToFrame({ width: 0, height: 700 }, { width: 1920, height: 1080 })).toThrow(/no size/)
    expect(() => fitViewToFrame(VIEW, { width: 0, height: 1080 })).toThrow(RangeError)
  })
})
