import { describe, expect, it } from 'vitest'
import { drawAzView } from '../../../../src/renderer/azs/drawAzView'
import { drillViewOf } from '../../../../src/renderer/state/selectors'
import type { DrillState } from '../../../../src/shared/drill'
import { makeDataset } from '../../fixtures/renderer/dataset'

/** A 2D context that keeps every fillText with the fill it was drawn in; everything else is a no-op. */
function textRecorder(): { context: CanvasRenderingContext2D; texts: { text: string; fill: string }[] } {
  const texts: { text: string; fill: string }[] = []
  const state: Record<string | symbol, unknown> = { fillStyle: '#000' }
  const context = new Proxy(state, {
    get(target, key) {
      if (key === 'fillText') return (text: string) => texts.push({ text, fill: String(target.fillStyle) })
      if (key === 'measureText') return (text: string) => ({ width: text.length * 7 })
      if (key in target) return target[key]
      return () => {}
    },
    set(target, key, value) {
      target[key] = value
      return true
    },
  }) as unknown as CanvasRenderingContext2D
  return { context, texts }
}

const dataset = makeDataset()
const drill: DrillState = {
  region: 'us-east-1',
  placements: [
    { pattern: 'single-instance', az: 'use1-az4' },
    { pattern: 'load-balanced', azs: ['use1-az1', 'use1-az2'] },
  ],
  failedAzIds: ['use1-az4'],
}

describe('drawAzView', () => {
  it('draws nothing while the AZ view is closed', () => {
    const { context, texts } = textRecorder()
    expect(drawAzView(context, drillViewOf(dataset, null), { width: 1920, top: 60, scale: 1.5 })).toBe(0)
    expect(texts).toEqual([])
  })

  it('puts the schematic title, every AZ ID, FAILED and each verdict with its reason into the image', () => {
    const { context, texts } = textRecorder()
    const height = drawAzView(context, drillViewOf(dataset, drill), { width: 1920, top: 60, scale: 1.5 })
    expect(height).toBeGreaterThan(100)
    const all = texts.map((t) => t.text).join('\n')
    expect(all).toContain('Inside us-east-1 · schematic: AWS publishes no sites')
    for (let n = 1; n <= 6; n++) expect(all).toContain(`use1-az${n}`)
    expect(all).toContain('FAILED')
    const down = texts.find((t) => t.text.startsWith('a · One EC2 instance: DOWN'))
    const serving = texts.find((t) => t.text.startsWith('b · Instances behind a load balancer: SERVING'))
    expect(down).toBeDefined()
    expect(serving).toBeDefined()
    // Down and serving differ in colour as well as in the word.
    expect(down?.fill).not.toBe(serving?.fill)
  })

  it('says the count is unknown rather than drawing a guess', () => {
    const { context, texts } = textRecorder()
    drawAzView(context, drillViewOf(dataset, { region: 'cn-north-1', placements: [], failedAzIds: [] }), { width: 1280, top: 40, scale: 1 })
    const all = texts.map((t) => t.text).join('\n')
    expect(all).toContain('unknown or disputed')
    expect(all).not.toContain('AZ 1')
  })
})
