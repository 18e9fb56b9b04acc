import type { ShaderMaterial } from 'three'
import { MAX_STEP_SECONDS } from './frameTiming'

/** The flow asks for at most this many frames per second (other motion may draw more). */
const FLOW_FPS = 30

/**
 * Dashes that flow along an arc layer for a few seconds after it changes,
 * then rest (their bright heads keep the direction): the app goes idle
 * again, and with reduced motion they never move. Call `start` when the arcs
 * change, `stop` on reduced motion, `resume` when a hidden page shows again,
 * and `step` from the layer's useFrame.
 */
export class ArcFlow {
  private remaining = 0
  /** A frame of the flow was drawn last time: the next one may step by its delta. */
  private running = false
  private timer = 0

  constructor(
    private readonly seconds: number,
    private readonly invalidate: () => void,
  ) {}

  start(reducedMotion: boolean): void {
    this.remaining = reducedMotion ? 0 : this.seconds
    this.running = false
  }

  stop(): void {
    this.remaining = 0
  }

  /** A hidden page draws nothing: the flow carries on where it stopped when the page shows again. */
  resume(): void {
    if (this.remaining <= 0) return
    this.running = false
    this.invalidate()
  }

  /** Moves the dashes by the frame's delta while the flow lasts, and asks for the next frame. */
  step(material: ShaderMaterial, delta: number): void {
    if (this.remaining <= 0 || document.visibilityState === 'hidden') {
      this.running = false
      return
    }
    // After a pause r3f's delta spans the whole pause: the first frame of a flow takes no step.
    // The flow lasts its seconds of wall time however slowly frames come; the dashes step at most
    // MAX_STEP_SECONDS a frame so a slow frame never makes them jump.
    const elapsed = this.running ? delta : 0
    this.running = true
    this.remaining -= elapsed
    const time = material.uniforms.uTime
    if (time) time.value = (time.value as number) + Math.min(elapsed, MAX_STEP_SECONDS)
    if (this.remaining > 0 && this.timer === 0) {
      this.timer = window.setTimeout(() => {
        this.timer = 0
        this.invalidate()
      }, 1000 / FLOW_FPS)
    }
  }

  dispose(): void {
    window.clearTimeout(this.timer)
    this.timer = 0
    this.remaining = 0
  }
}
