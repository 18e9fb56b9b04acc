/** Starts presenting the lesson. */
export function PresentButton() {
  return null
}
