import { useEffect } from 'react'
import type { LatLon } from '../../shared/geo'
import type { UserLocation } from '../../shared/settings/schema'
import { nearestOpen, regionStatusesOf } from '../../shared/status'
import { maxDistance, MIN_DISTANCE } from '../globe/cameraLimits'
import { FOV_DEGREES } from '../globe/dimensions'
import { frameSubject } from '../globe/framing'
import { useGlobeRuntime } from '../globe/globeRuntimeContext'
import type { GlobeRuntime } from '../globe/runtime'
import { freeArea } from '../globe/viewObstacles'
import { useLessonStore } from '../lesson/lessonStore'
import { selectLatencyRanking } from '../state/selectors'
import { useAppStore } from '../state/store'
import { watch } from '../state/watch'

/**
 * The first minute: on a first start (the hint not yet dismissed) with a
 * known location, from the saved settings or guessed from the time zone,
 * the globe turns to the user: their pin and the nearest open region,
 * centred between them in the free part of the view, where the latency
 * arcs label the nearest regions' round trips. A place the user picks
 * (search, click) is theirs to look at: it is never re-centred, and neither
 * is a view the user has already turned away from the first one, nor a
 * presentation.
 */
export function useFirstMinute(ready: boolean): void {
  const runtime = useGlobeRuntime()
  useEffect(() => {
    if (!ready || !runtime) return
    const atStart = useAppStore.getState()
    if (atStart.firstRunHintDismissed) return
    const saved = atStart.userLocation
    let settled = false
    let cancelled = false
    let unwatch: (() => void) | null = null
    const settle = (): void => {
      settled = true
      unwatch?.()
    }
    const centre = (location: UserLocation): void => {
      settle()
      const startView = runtime.commands?.getView()
      void runtime.afterFirstFrame().then(() => {
        if (cancelled || useLessonStore.getState().presenting) return
        const commands = runtime.commands
        const now = commands?.getView()
        // The user has turned the globe since: their view stands.
        if (!commands || !now || (startView && Math.hypot(now.lat - startView.lat, now.lon - startView.lon) > 0.5)) return
        const view = firstView(runtime, location, now.distance)
        if (view) void commands.setView(view, { instant: false })
      })
    }
    unwatch = watch(
      (state) => state.userLocation,
      (location) => {
        if (settled || !location) return
        if (location === saved || location.origin === 'timezone') centre(location)
        else settle()
      },
    )
    if (settled) unwatch()
    return () => {
      cancelled = true
      unwatch?.()
    }
  }, [ready, runtime])
}

/** The view centred between the pin and the nearest open region, in the free part of the globe; null without one. */
export function firstView(runtime: GlobeRuntime, location: UserLocation, distance: number) {
  const state = useAppStore.getState()
  const canvas = runtime.canvas
  if (!state.dataset || !canvas) return null
  const nearest = nearestOpen(selectLatencyRanking(state), regionStatusesOf(state.dataset))
  const region = nearest ? state.dataset.regions.find((r) => r.code === nearest.code) : undefined
  const points: LatLon[] = [{ lat: location.lat, lon: location.lon }]
  if (region) points.push({ lat: region.lat, lon: region.lon })
  const rect = canvas.getBoundingClientRect()
  if (rect.width === 0 || rect.height === 0) return null
  const framed = frameSubject(
    points,
    { lat: location.lat, lon: location.lon, distance },
    {
      width: rect.width,
      height: rect.height,
      free: freeArea(canvas),
      fovDegrees: FOV_DEGREES,
      minDistance: MIN_DISTANCE,
      maxDistance: maxDistance(FOV_DEGREES, rect.width / rect.height),
    },
    { keepIfComfortable: false },
  )
  return framed.view
}
