import { AnnotationTools } from './annotations/AnnotationTools'
import { ExportButton } from './export/ExportButton'
import { PanelButton } from './layout/PanelButton'
import { PresentButton } from './lesson/PresentButton'

/** The tools over the globe: annotate, export, present, and (in a narrow window) open the panel. */
export function GlobeToolbar() {
  return (
    <div className="globe-toolbar" role="toolbar" aria-label="Globe tools">
      <AnnotationTools />
      <ExportButton />
      <PresentButton />
      <PanelButton />
    </div>
  )
}
