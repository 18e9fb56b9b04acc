import { useEffect } from 'react'
import { useIdleAfterFirstFrame } from './afterFirstFrame'
import { deferredView } from './deferredView'
import { fetchSvgLayer } from '../annotations/svgLayerCode'
import { lessonFormat } from '../lesson/lessonFormat'

/*
 * The views that are not part of the first frame (the globe with the side
 * panel's Regions view), each in a chunk of its own, fetched when first needed
 * and, once the first frame is on screen and the browser is idle, ahead of
 * time (prefetchViews). One explicit list: a view that leaves the first
 * download is added here, and only here.
 */

/** A line of text in the place of a view whose code is on the way. */
function Loading({ what }: { what: string }) {
  return <p className="view-loading">Loading {what}…</p>
}

/** The dialogs' backdrop and frame with the line of text, so the dialog does not jump in. */
function DialogLoading({ what }: { what: string }) {
  return (
    <div className="dialog-backdrop">
      <div className="dialog dialog--loading">
        <Loading what={what} />
      </div>
    </div>
  )
}

export const latencyView = deferredView(
  () => import('../panel/LatencyView').then((module) => module.LatencyView),
  <Loading what="the latency view" />,
)

export const networkView = deferredView(
  () => import('../panel/NetworkView').then((module) => module.NetworkView),
  <Loading what="the network view" />,
)

export const regionDetailsView = deferredView(
  () => import('../region/RegionDetails').then((module) => module.RegionDetails),
  <Loading what="the region's details" />,
)

export const aboutView = deferredView(
  () => import('../about/AboutDialog').then((module) => module.AboutDialog),
  <DialogLoading what="About InfraGlobe" />,
)

export const chooserView = deferredView(
  () => import('../chooser/ChooserPanel').then((module) => module.ChooserPanel),
  <Loading what="the chooser" />,
)

export const compareView = deferredView(
  () => import('../compare/ComparePanel').then((module) => module.ComparePanel),
  <Loading what="the comparison" />,
)

export const timelineView = deferredView(
  () => import('../timeline/TimelinePanel').then((module) => module.TimelinePanel),
  <Loading what="the time-lapse" />,
)

export const lessonView = deferredView(
  () => import('../lesson/LessonPanel').then((module) => module.LessonPanel),
  <Loading what="the lesson" />,
)

/** Presenting: nothing in the overlay's place for the moment its code is on the way (the globe stays in view). */
export const presenterOverlayView = deferredView(
  () => import('../lesson/PresenterOverlay').then((module) => module.PresenterOverlay),
  null,
)

export const presenterConsoleView = deferredView(
  () => import('../lesson/PresenterConsoleView').then((module) => module.PresenterConsoleView),
  <aside className="presenter-console" aria-label="Presenter view">
    <Loading what="the presenter view" />
  </aside>,
)

export const azView = deferredView(
  () => import('../azs/AzView').then((module) => module.AzView),
  <section className="az-view">
    <Loading what="the view inside the region" />
  </section>,
)

export const exportDialogView = deferredView(
  () => import('../export/ExportDialogBody').then((module) => module.ExportDialogBody),
  <DialogLoading what="the export" />,
)

export const timeLapseExportView = deferredView(
  () => import('../timeline/export/TimeLapseExportBody').then((module) => module.TimeLapseExportBody),
  <DialogLoading what="the time-lapse export" />,
)

/** Most likely first: the tabs a visitor opens next, then what a click on the globe or the toolbar opens. */
const PREFETCHED = [
  latencyView,
  regionDetailsView,
  chooserView,
  compareView,
  networkView,
  timelineView,
  lessonView,
  presenterOverlayView,
  presenterConsoleView,
  azView,
  exportDialogView,
  timeLapseExportView,
  aboutView,
]

/**
 * Fetches the annotations' drawing code (the toolbar that places the first one is in view), then
 * every deferred view, one after the other so the page stays responsive between them, then the lesson format.
 */
export async function prefetchViews(): Promise<void> {
  await fetchSvgLayer().catch((error: unknown) => console.warn('InfraGlobe: the annotations layer could not be fetched ahead of time', error))
  for (const view of PREFETCHED) await view.preload()
  // Presenting, opening or saving a lesson then starts without waiting for it.
  await lessonFormat().catch((error: unknown) => console.warn('InfraGlobe: the lesson format could not be fetched ahead of time', error))
}

/** Prefetches the deferred views once the first frame is shown and the browser is idle. */
export function usePrefetchViews(): void {
  const idle = useIdleAfterFirstFrame()
  useEffect(() => {
    if (idle) void prefetchViews()
  }, [idle])
}
