import { describe, expect, it } from 'vitest'
import { frameDrawing } from '../../../../src/renderer/globe/frameDrawing'

describe('frameDrawing', () => {
  it('multisamples a frame at rest and asks for no other', () => {
    expect(frameDrawing(false, false, false)).toEqual({ multisampled: true, another: false })
  })

  it('draws a moving frame straight to the canvas and asks for the next (the one that sees the stop)', () => {
    expect(frameDrawing(true, true, false)).toEqual({ multisampled: false, another: true })
  })

  it('draws the first frame with the regions straight to the canvas and asks at once for a multisampled one', () => {
    const first = frameDrawing(false, false, true)
    expect(first).toEqual({ multisampled: false, another: true })
    // The next frame no longer shows the regions for the first time: at rest, it is multisampled.
    expect(frameDrawing(false, false, false).multisampled).toBe(true)
  })

  it('keeps a first frame drawn while the camera moves straight, with the next one asked for', () => {
    expect(frameDrawing(true, true, true)).toEqual({ multisampled: false, another: true })
  })
})
