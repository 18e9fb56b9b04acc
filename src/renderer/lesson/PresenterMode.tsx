/** Presenter mode: full screen, large type, the caption and progress, clicker keys. */
export function PresenterMode() {
  return null
}
