import { createElement, useEffect, useState, type ComponentType } from 'react'
import type { AppState } from '../state/store'
import type { GlobeRuntime } from './runtime'
import type { Region } from '../../shared/dataset/schema'
import { edgesShown, latencyArcsShown, networkShown, reachShown, requestPathShown, zonesShown } from './MountWhenShown'

/*
 * The globe's optional layers, each fetched the first time it shows
 * (MountWhenShown) or, when the saved settings show it, as the globe is set
 * up (preloadShownLayers): their code is not part of the first download.
 */

interface LazyLayer<P> {
  /** Renders the layer once its code is here (at once when it already is), nothing before. */
  Layer: ComponentType<P>
  /** Fetches the code (once, however often asked). */
  load(): Promise<unknown>
}

function lazyLayer<P extends object>(fetchCode: () => Promise<ComponentType<P>>): LazyLayer<P> {
  let code: ComponentType<P> | null = null
  let pending: Promise<ComponentType<P>> | null = null
  const load = () =>
    (pending ??= fetchCode().then((component) => {
      code = component
      return component
    }))
  function Layer(props: P) {
    const [, setArrived] = useState(code !== null)
    useEffect(() => {
      if (code) return
      let current = true
      load().then(
        () => current && setArrived(true),
        (error: unknown) => console.error('InfraGlobe: a layer of the globe could not be loaded', error),
      )
      return () => {
        current = false
      }
    }, [])
    return code ? createElement(code, props) : null
  }
  return { Layer, load }
}

interface RegionLayerProps {
  regions: readonly Region[]
  runtime: GlobeRuntime
}
interface RuntimeLayerProps {
  runtime: GlobeRuntime
}

const network = lazyLayer<RegionLayerProps>(() => import('./NetworkLinks').then((module) => module.NetworkLinks))
const latencyArcs = lazyLayer<RegionLayerProps>(() => import('./LatencyArcs').then((module) => module.LatencyArcs))
const reach = lazyLayer<RuntimeLayerProps>(() => import('./ReachLayer').then((module) => module.ReachLayer))
const zones = lazyLayer<RuntimeLayerProps>(() => import('./ZoneMarkers').then((module) => module.ZoneMarkers))
const edges = lazyLayer<RuntimeLayerProps>(() => import('./EdgeMarkers').then((module) => module.EdgeMarkers))
const requestPath = lazyLayer<RuntimeLayerProps>(() => import('./RequestPath').then((module) => module.RequestPath))

export const NetworkLinks = network.Layer
export const LatencyArcs = latencyArcs.Layer
export const ReachLayer = reach.Layer
export const ZoneMarkers = zones.Layer
export const EdgeMarkers = edges.Layer
export const RequestPath = requestPath.Layer

/**
 * Fetches the code of every layer the settings show; resolves when it is
 * all here (a layer that fails to load is reported and left out, the rest
 * of the globe still draws). The app's start asks with the saved settings
 * (`preloadLayersSaved`), the globe again with the store's; each layer's
 * code is fetched once.
 */
export function preloadShownLayers(state: Pick<AppState, 'layers' | 'requestPath'>): Promise<void> {
  return loadAll([...switchedLayers(state), [requestPathShown(state), requestPath.load]])
}

/**
 * Fetches the code of the layers saved settings show, before the app has
 * put them in the store: started with the app's own start-up, that code is
 * here by the time the globe's scene (which waits for it) is set up.
 */
export function preloadLayersSaved(settings: Pick<AppState, 'layers'>): Promise<void> {
  return loadAll(switchedLayers(settings))
}

function switchedLayers(state: Pick<AppState, 'layers'>): [boolean, () => Promise<unknown>][] {
  return [
    [networkShown(state), network.load],
    [latencyArcsShown(state), latencyArcs.load],
    [reachShown(state), reach.load],
    [zonesShown(state), zones.load],
    [edgesShown(state), edges.load],
  ]
}

function loadAll(layers: [boolean, () => Promise<unknown>][]): Promise<void> {
  const loads = layers
    .filter(([on]) => on)
    .map(([, load]) => load().catch((error: unknown) => console.error('InfraGlobe: a layer of the globe could not be loaded', error)))
  return Promise.all(loads).then(() => undefined)
}
