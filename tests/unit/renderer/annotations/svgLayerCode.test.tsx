import { act, render, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AnnotationOverlay } from '../../../../src/renderer/annotations/AnnotationOverlay'
import { useAnnotationStore } from '../../../../src/renderer/annotations/annotationStore'
import { AnnotationSvgLayer } from '../../../../src/renderer/annotations/svgLayer'
import { fetchedSvgLayer, fetchSvgLayer } from '../../../../src/renderer/annotations/svgLayerCode'
import { publishGlobe } from '../../../../src/renderer/globe/globeRuntimeContext'
import { GlobeRuntime } from '../../../../src/renderer/globe/runtime'
import { HEIGHT, WIDTH, cameraOver } from '../../fixtures/renderer/globe'

const PARIS = { lat: 48.86, lon: 2.35 }

let runtime: GlobeRuntime
let withdraw: () => void

beforeEach(() => {
  useAnnotationStore.setState(useAnnotationStore.getInitialState(), true)
  runtime = new GlobeRuntime()
  runtime.canvas = document.createElement('canvas')
  runtime.project(cameraOver(41.9, 12.5, 3), WIDTH, HEIGHT)
  withdraw = publishGlobe(runtime)
})

afterEach(() => withdraw())

describe("the annotations layer's code", () => {
  it('is not fetched for a globe without annotations, and draws the first one once it is in', async () => {
    render(<AnnotationOverlay />)
    expect(fetchedSvgLayer()).toBeNull()
    expect(runtime.annotationBoxes).toEqual([])

    act(() =>
      useAnnotationStore.getState().add({ id: 'c', type: 'callout', colour: 'yellow', size: 'medium', anchor: { kind: 'geo', ...PARIS }, text: 'Paris' }),
    )
    const group = () => document.querySelector<SVGGElement>('[data-annotation-id="c"]')
    await waitFor(() => expect(group()).not.toBeNull())
    const paris = runtime.geoScreenPosition(PARIS.lat, PARIS.lon, 1)!
    expect(group()?.getAttribute('transform')).toBe(`translate(${Math.round(paris.x * 10) / 10} ${Math.round(paris.y * 10) / 10})`)
    expect(runtime.annotationBoxes).toHaveLength(1)
  })

  it('is fetched once and then at hand without waiting', async () => {
    const first = fetchSvgLayer()
    expect(fetchSvgLayer()).toBe(first)
    expect(await first).toBe(AnnotationSvgLayer)
    expect(fetchedSvgLayer()).toBe(AnnotationSvgLayer)
  })
})
