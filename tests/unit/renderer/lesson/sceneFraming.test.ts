// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { addViewObstacle } from '../../../../src/renderer/globe/viewObstacles'
import { registerFullLegend } from '../../../../src/renderer/legend/legendFold'
import { legendMeetsPanel } from '../../../../src/renderer/lesson/sceneFraming'
import { boxedElement } from '../../fixtures/renderer/layout'

const withdraw: (() => void)[] = []
afterEach(() => {
  for (const stop of withdraw.splice(0)) stop()
  registerFullLegend(null)
})

describe('legendMeetsPanel', () => {
  it('says when the full legend would cover the AZ view, as on a 1024×768 projector', () => {
    registerFullLegend(boxedElement(18, 18, 620, 150))
    withdraw.push(addViewObstacle(boxedElement(372, 62, 1006, 458), 'panel'))
    expect(legendMeetsPanel()).toBe(true)
  })

  it('leaves the legend unfolded when the two stand apart, as at 1920×1080', () => {
    registerFullLegend(boxedElement(18, 18, 620, 150))
    withdraw.push(addViewObstacle(boxedElement(700, 62, 1900, 600), 'panel'))
    expect(legendMeetsPanel()).toBe(false)
  })

  it('is false without a panel or without a legend', () => {
    registerFullLegend(boxedElement(18, 18, 620, 150))
    expect(legendMeetsPanel()).toBe(false)
    registerFullLegend(null)
    withdraw.push(addViewObstacle(boxedElement(372, 62, 1006, 458), 'panel'))
    expect(legendMeetsPanel()).toBe(false)
  })
})
