// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { addViewObstacle, freeArea, freeAreaOf, obstacleBoxes } from '../../../../src/renderer/globe/viewObstacles'
import { boxedElement } from '../../fixtures/renderer/layout'

const withdraw: (() => void)[] = []
afterEach(() => {
  for (const stop of withdraw.splice(0)) stop()
})

describe('freeAreaOf', () => {
  it('keeps to the side of an obstacle that leaves the most room, with a gap', () => {
    // A caption over the lower third of a 1280×720 canvas.
    expect(freeAreaOf({ left: 0, top: 0, right: 1280, bottom: 720 }, [{ left: 50, top: 470, right: 1230, bottom: 660 }])).toEqual({
      left: 0,
      top: 0,
      right: 1280,
      bottom: 460,
    })
  })
})

describe('freeArea', () => {
  const canvas = boxedElement(0, 0, 1024, 768)

  it('leaves out a panel over the globe by default, and only the roles asked for', () => {
    withdraw.push(addViewObstacle(boxedElement(40, 470, 980, 708), 'caption'))
    withdraw.push(addViewObstacle(boxedElement(372, 62, 1006, 458), 'panel'))
    // Above the caption and left of the AZ view.
    expect(freeArea(canvas)).toEqual({ left: 0, top: 0, right: 362, bottom: 460 })
    expect(freeArea(canvas, ['caption'])).toEqual({ left: 0, top: 0, right: 1024, bottom: 460 })
  })

  it('adds the boxes it is given, such as the folded legend’s line', () => {
    expect(freeArea(canvas, ['caption'], [new DOMRect(16, 16, 990, 38)])).toEqual({ left: 0, top: 64, right: 1024, bottom: 768 })
  })
})

describe('obstacleBoxes', () => {
  it('lists where the obstacles of a role are, leaving out hidden ones and withdrawn ones', () => {
    const stop = addViewObstacle(boxedElement(372, 62, 1006, 458), 'panel')
    withdraw.push(addViewObstacle(boxedElement(0, 0, 0, 0), 'panel'))
    withdraw.push(addViewObstacle(boxedElement(16, 16, 620, 150), 'legend'))
    expect(obstacleBoxes(['panel']).map((b) => [b.left, b.top, b.right, b.bottom])).toEqual([[372, 62, 1006, 458]])
    stop()
    expect(obstacleBoxes(['panel'])).toEqual([])
  })
})
