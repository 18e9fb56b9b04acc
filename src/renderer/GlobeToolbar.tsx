import { AnnotationTools } from './annotations/AnnotationTools'
import { ExportButton } from './export/ExportButton'
import { ResetViewButton } from './globe/ResetViewButton'
import { PresentButton } from './lesson/PresentButton'

/** The tools over the globe: annotate, back to the whole globe, export, present. */
export function GlobeToolbar() {
  return (
    <div className="globe-toolbar" role="toolbar" aria-label="Globe tools">
      <AnnotationTools />
      <ResetViewButton />
      <ExportButton />
      <PresentButton />
    </div>
  )
}
