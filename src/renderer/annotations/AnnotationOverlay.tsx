/** Annotations over the globe: callouts, pins and arrows anchored to places or the screen. */
export function AnnotationOverlay() {
  return null
}
