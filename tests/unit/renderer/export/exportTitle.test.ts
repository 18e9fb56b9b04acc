import { describe, expect, it } from 'vitest'
import { defaultExportTitle, titleAnnotation } from '../../../../src/renderer/export/exportTitle'
import type { Annotation } from '../../../../src/shared/annotations/schema'

function text(id: string, x: number, y: number, words: string): Annotation {
  return { id, type: 'callout', colour: 'white', size: 'large', anchor: { kind: 'screen', x, y }, text: words }
}
const onGlobe: Annotation = { id: 'g', type: 'callout', colour: 'cyan', size: 'medium', anchor: { kind: 'geo', lat: 50, lon: 8 }, text: 'Frankfurt' }

describe('the export’s title', () => {
  it('is the scene’s title when the view is a scene without a Title annotation', () => {
    expect(defaultExportTitle({ sceneTitle: 'Europe at a glance', annotations: [onGlobe] }, 'AWS global infrastructure')).toEqual({
      drawn: 'Europe at a glance',
      document: 'Europe at a glance',
      fromAnnotation: false,
    })
  })

  it('is the app’s default with neither', () => {
    expect(defaultExportTitle({ sceneTitle: null, annotations: [] }, 'AWS global infrastructure').drawn).toBe('AWS global infrastructure')
    expect(defaultExportTitle({ sceneTitle: '  ', annotations: [] }, 'AWS global infrastructure').drawn).toBe('AWS global infrastructure')
  })

  it('draws nothing more when a Title annotation is on the view, whose text names the image', () => {
    const title = text('t', 0.5, 0.08, 'Where data may stay')
    expect(defaultExportTitle({ sceneTitle: 'Europe at a glance', annotations: [onGlobe, title] }, 'AWS global infrastructure')).toEqual({
      drawn: '',
      document: 'Where data may stay',
      fromAnnotation: true,
    })
  })

  it('takes the highest screen text in the top quarter as the Title annotation, and nothing lower down', () => {
    const low = text('low', 0.5, 0.6, 'A note at the bottom')
    const second = text('second', 0.5, 0.2, 'Subtitle')
    const first = text('first', 0.3, 0.05, 'Title')
    expect(titleAnnotation([low])).toBeNull()
    expect(titleAnnotation([onGlobe])).toBeNull()
    expect(titleAnnotation([low, second, first])?.id).toBe('first')
  })
})
