import { AnnotationTools } from './annotations/AnnotationTools'
import { ExportButton } from './export/ExportButton'
import { PresentButton } from './lesson/PresentButton'

/** The tools over the globe: annotate, export, present. */
export function GlobeToolbar() {
  return (
    <div className="globe-toolbar" role="toolbar" aria-label="Globe tools">
      <AnnotationTools />
      <ExportButton />
      <PresentButton />
    </div>
  )
}
