// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { addViewObstacle } from '../../../../src/renderer/globe/viewObstacles'
import { registerFullLegend } from '../../../../src/renderer/legend/legendFold'
import { legendMeetsPanel } from '../../../../src/renderer/lesson/sceneFraming'

function boxed(left: number, top: number, right: number, bottom: number): HTMLElement {
  const element = document.createElement('div')
  element.getBoundingClientRect = () => new DOMRect(left, top, right - left, bottom - top)
  return element
}

const withdraw: (() => void)[] = []
afterEach(() => {
  for (const stop of withdraw.splice(0)) stop()
  registerFullLegend(null)
})

describe('legendMeetsPanel', () => {
  it('says when the full legend would cover the AZ view, as on a 1024×768 projector', () => {
    registerFullLegend(boxed(18, 18, 620, 150))
    withdraw.push(addViewObstacle(boxed(372, 62, 1006, 458), 'panel'))
    expect(legendMeetsPanel()).toBe(true)
  })

  it('leaves the legend unfolded when the two stand apart, as at 1920×1080', () => {
    registerFullLegend(boxed(18, 18, 620, 150))
    withdraw.push(addViewObstacle(boxed(700, 62, 1900, 600), 'panel'))
    expect(legendMeetsPanel()).toBe(false)
  })

  it('is false without a panel or without a legend', () => {
    registerFullLegend(boxed(18, 18, 620, 150))
    expect(legendMeetsPanel()).toBe(false)
    registerFullLegend(null)
    withdraw.push(addViewObstacle(boxed(372, 62, 1006, 458), 'panel'))
    expect(legendMeetsPanel()).toBe(false)
  })
})
