import type { ImageOverlayProvider } from '../export/imageOverlayTypes'
import { font } from '../export/imageFonts'
import { useReachStore } from '../reach/reachStore'
import { selectLaunchCounts, selectYearView } from '../state/selectors'
import { palette } from '../theme/palette'
import { countLineText } from './countLine'
import { drawLaunchChart, launchChartLayout } from './launchChart'

/** The launch chart's size in an exported picture, CSS px (scaled with the image). */
const CHART = { width: 360, height: 100 }
const MARGIN_PX = 17
const PANEL_PAD = 8

/**
 * A picture of a time-lapse year carries the year and its count line under
 * the title, and the launch chart at the bottom right, level with the
 * legend (which brings the reach bands). Nothing while no year is chosen.
 */
export const timelineImageOverlay: ImageOverlayProvider = (state) => {
  const view = selectYearView(state)
  if (view.step === null) return null
  const subtitle = countLineText(state.dataset, view, useReachStore.getState().population) ?? undefined
  const counts = selectLaunchCounts(state)
  return {
    subtitle,
    draw(context, frame) {
      const s = frame.scale
      const layout = launchChartLayout(counts, view.step, CHART)
      const x = frame.width - (MARGIN_PX + CHART.width + PANEL_PAD) * s
      const y = frame.bottom - (CHART.height + PANEL_PAD + 16) * s
      context.save()
      context.fillStyle = 'rgba(11, 22, 38, 0.8)'
      context.beginPath()
      context.roundRect(x - PANEL_PAD * s, y - PANEL_PAD * s, (CHART.width + 2 * PANEL_PAD) * s, (CHART.height + 2 * PANEL_PAD + 16) * s, 8 * s)
      context.fill()
      context.fillStyle = palette.label
      context.font = font(600, 12 * s)
      context.textBaseline = 'top'
      context.textAlign = 'left'
      context.fillText('Regions launched each year', x, y)
      context.restore()
      drawLaunchChart(context, layout, { x, y: y + 16 * s, scale: s, font }, {
        bar: palette.regionAvailable,
        current: palette.regionNew,
        announced: palette.regionAnnounced,
        undated: palette.label,
        text: palette.label,
        axis: palette.border,
      })
    },
  }
}
