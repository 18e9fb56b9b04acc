import { describe, expect, it } from 'vitest'
import { drawnStraight } from '../../../../src/renderer/globe/frameDrawing'

describe('drawnStraight', () => {
  it('multisamples a frame at rest', () => {
    expect(drawnStraight(false, false)).toBe(false)
  })

  it('draws a moving frame straight to the canvas', () => {
    expect(drawnStraight(true, false)).toBe(true)
  })

  it('draws the first frame with the regions straight to the canvas, and the next one multisampled', () => {
    expect(drawnStraight(false, true)).toBe(true)
    // The next frame no longer shows the regions for the first time: at rest, it is multisampled.
    expect(drawnStraight(false, false)).toBe(false)
  })

  it('draws a first frame straight while the camera moves too', () => {
    expect(drawnStraight(true, true)).toBe(true)
  })
})
