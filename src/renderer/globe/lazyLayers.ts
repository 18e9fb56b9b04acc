import { lazy } from 'react'

/*
 * The globe's optional layers, each fetched the first time it shows
 * (MountWhenShown): their code is not part of the first download.
 */
export const NetworkLinks = lazy(() => import('./NetworkLinks').then((module) => ({ default: module.NetworkLinks })))
export const LatencyArcs = lazy(() => import('./LatencyArcs').then((module) => ({ default: module.LatencyArcs })))
export const ReachLayer = lazy(() => import('./ReachLayer').then((module) => ({ default: module.ReachLayer })))
export const ZoneMarkers = lazy(() => import('./ZoneMarkers').then((module) => ({ default: module.ZoneMarkers })))
export const EdgeMarkers = lazy(() => import('./EdgeMarkers').then((module) => ({ default: module.EdgeMarkers })))
export const RequestPath = lazy(() => import('./RequestPath').then((module) => ({ default: module.RequestPath })))
