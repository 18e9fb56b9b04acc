import { AnnotationTools } from './annotations/AnnotationTools'
import { ExportButton } from './export/ExportButton'
import { PanelButton } from './layout/PanelButton'
import { ResetViewButton } from './globe/ResetViewButton'
import { PresentButton } from './lesson/PresentButton'
import { FirstRunHint } from './welcome/FirstRunHint'

/**
 * The tools over the globe: annotate, back to the whole globe, export,
 * present, and (in a narrow window) open the panel; under them, on a first
 * start, the hint (a note, not a tool: outside the toolbar's role).
 */
export function GlobeToolbar() {
  return (
    <div className="globe-tools">
      <div className="globe-toolbar" role="toolbar" aria-label="Globe tools">
        <AnnotationTools />
        <ResetViewButton />
        <ExportButton />
        <PresentButton />
        <PanelButton />
      </div>
      <FirstRunHint />
    </div>
  )
}
