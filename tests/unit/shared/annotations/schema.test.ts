import { describe, expect, it } from 'vitest'
import {
  AnnotationListSchema,
  AnnotationSchema,
  MAX_ANNOTATIONS,
  MAX_ANNOTATION_TEXT,
  anchorsOf,
  type Annotation,
} from '../../../../src/shared/annotations/schema'

const callout: Annotation = {
  id: 'a1',
  type: 'callout',
  colour: 'yellow',
  size: 'medium',
  anchor: { kind: 'geo', lat: 47.37, lon: 8.54 },
  text: 'Zürich 東京 القاهرة',
}
const pin: Annotation = { id: 'p1', type: 'pin', colour: 'cyan', size: 'small', anchor: { kind: 'geo', lat: -33.9, lon: 151.2 }, text: '' }
const arrow: Annotation = {
  id: 'r1',
  type: 'arrow',
  colour: 'orange',
  size: 'large',
  from: { kind: 'screen', x: 0.1, y: 0.2 },
  to: { kind: 'geo', lat: 1.35, lon: 103.8 },
  text: 'here',
}

describe('annotation schema', () => {
  it('accepts a callout, a pin and an arrow with text in any script', () => {
    for (const annotation of [callout, pin, arrow]) expect(AnnotationSchema.parse(annotation)).toEqual(annotation)
  })

  it('accepts a title anchored to the screen', () => {
    const title = { ...callout, id: 't', anchor: { kind: 'screen', x: 0.5, y: 0.08 } }
    expect(AnnotationSchema.safeParse(title).success).toBe(true)
  })

  it('refuses a callout without text', () => {
    expect(AnnotationSchema.safeParse({ ...callout, text: '' }).success).toBe(false)
  })

  it('refuses a pin anchored to the screen, which could not mark a place', () => {
    expect(AnnotationSchema.safeParse({ ...pin, anchor: { kind: 'screen', x: 0.5, y: 0.5 } }).success).toBe(false)
  })

  it('refuses colours and sizes outside the projector-safe sets', () => {
    expect(AnnotationSchema.safeParse({ ...callout, colour: 'red' }).success).toBe(false)
    expect(AnnotationSchema.safeParse({ ...callout, size: 'huge' }).success).toBe(false)
  })

  it('refuses anchors off the globe or off the screen', () => {
    expect(AnnotationSchema.safeParse({ ...callout, anchor: { kind: 'geo', lat: 91, lon: 0 } }).success).toBe(false)
    expect(AnnotationSchema.safeParse({ ...callout, anchor: { kind: 'geo', lat: 0, lon: 180.5 } }).success).toBe(false)
    expect(AnnotationSchema.safeParse({ ...callout, anchor: { kind: 'screen', x: 1.2, y: 0 } }).success).toBe(false)
  })

  it('refuses text longer than the limit', () => {
    expect(AnnotationSchema.safeParse({ ...callout, text: 'x'.repeat(MAX_ANNOTATION_TEXT) }).success).toBe(true)
    expect(AnnotationSchema.safeParse({ ...callout, text: 'x'.repeat(MAX_ANNOTATION_TEXT + 1) }).success).toBe(false)
  })

  it('refuses a list longer than MAX_ANNOTATIONS', () => {
    const list = Array.from({ length: MAX_ANNOTATIONS + 1 }, (_, i) => ({ ...pin, id: `p${i}` }))
    expect(AnnotationListSchema.safeParse(list.slice(0, MAX_ANNOTATIONS)).success).toBe(true)
    expect(AnnotationListSchema.safeParse(list).success).toBe(false)
  })

  it('refuses two annotations with one id, naming the second', () => {
    const result = AnnotationListSchema.safeParse([callout, { ...pin, id: callout.id }])
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual([1, 'id'])
  })

  it('lists an arrow’s anchors tail first, and the single anchor of the others', () => {
    expect(anchorsOf(arrow)).toEqual([arrow.type === 'arrow' && arrow.from, arrow.type === 'arrow' && arrow.to])
    expect(anchorsOf(pin)).toEqual([{ kind: 'geo', lat: -33.9, lon: 151.2 }])
  })
})
