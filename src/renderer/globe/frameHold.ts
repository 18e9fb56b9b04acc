/**
 * How long after the last hold ends the screen draws the frames it skipped
 * (ms): exports that follow one another (a series, or a user exporting again
 * at once) run without a screen frame between them.
 */
export const CATCH_UP_DELAY_MS = 400

/**
 * Lets an export keep the screen's frames from drawing while it renders,
 * reads back and encodes. With a slow GPU (software WebGL, a laptop on
 * battery) a frame at rest, multisampled at full resolution, takes hundreds
 * of milliseconds of the same GPU the export waits for; the latency arcs'
 * flow asks for such frames for seconds after the app starts. The screen
 * loses nothing: a frame asked for during a hold is drawn once the holds
 * end and a short pause (CATCH_UP_DELAY_MS) shows no new one starting.
 */
export class FrameHold {
  private holds = 0
  private skipped = false
  private timer: ReturnType<typeof setTimeout> | null = null

  /** The function that asks for a frame (r3f's invalidate); set by the frame loop. */
  requestFrame: () => void = () => {}

  /** Holds the screen's frames until the function returned is called (once; later calls do nothing). */
  hold(): () => void {
    this.holds += 1
    this.cancelCatchUp()
    let released = false
    return () => {
      if (released) return
      released = true
      this.holds -= 1
      if (this.holds === 0 && this.skipped) this.scheduleCatchUp()
    }
  }

  get held(): boolean {
    return this.holds > 0
  }

  /** The frame loop asks before drawing: true means skip this frame (it is drawn after the hold). */
  skipFrame(): boolean {
    if (this.holds === 0) return false
    this.skipped = true
    return true
  }

  /** The frame loop has drawn a frame: whatever was skipped is on screen now. */
  frameDrawn(): void {
    if (this.holds > 0) return
    this.skipped = false
    this.cancelCatchUp()
  }

  /** The frame loop unmounts: it is asked for no catch-up frame (the holds stay with their holders). */
  dispose(): void {
    this.cancelCatchUp()
    this.skipped = false
  }

  private scheduleCatchUp(): void {
    this.timer = setTimeout(() => {
      this.timer = null
      this.skipped = false
      this.requestFrame()
    }, CATCH_UP_DELAY_MS)
  }

  private cancelCatchUp(): void {
    if (this.timer === null) return
    clearTimeout(this.timer)
    this.timer = null
  }
}
