import type { Camera, Scene, WebGLRenderer } from 'three'
import type { CameraView } from '../../shared/lesson/schema'

/*
 * Types shared by the globe's modules and the features beside it. They live
 * here, apart from the classes and components that use them, so that no two
 * globe modules need each other for a type (no import circles).
 */

/** A camera view, as scenes store it: the point at the centre of the view and the camera's distance. */
export type { CameraView }

/** Camera commands for input that arrives outside the canvas (keyboard and wheel on the globe element). */
export interface CameraCommands {
  /** Rotates by keyboard steps: +left moves the view west, +up moves it north. */
  rotate(left: number, up: number): void
  /** Multiplies the altitude above the surface (< 1 zooms in). */
  zoom(factor: number): void
  /** The point at the centre of the view (degrees) and the camera's distance from the Earth's centre (Earth radii). */
  getView(): CameraView
  /**
   * Moves the camera to a view: a flight with easing, or a cut when `instant`
   * or the user asked for reduced motion. Resolves once a frame showing the
   * view has been rendered (or the move was cut short by the user).
   */
  setView(view: CameraView, options: { instant: boolean }): Promise<void>
  /**
   * Turns the view east (negative: west) by `degrees` of longitude about the
   * poles at a steady `degreesPerSecond`, easing in and out: a tour across a
   * footprint too wide for one view. Resolves when the turn ends, or at once
   * when it is cut short (the user drags, another view is asked for).
   * Optional: cameras without tours (a test's) simply have none.
   */
  turn?(degrees: number, degreesPerSecond: number): Promise<void>
  /**
   * Gives the globe part of the view: its centre moves `view.shift` CSS px
   * from the middle of the canvas (a lens shift: nothing turns), easing
   * there, or at once when `instant` or with reduced motion, and the
   * farthest zoom fits the globe in `view.share` of the canvas. Presenting
   * gives the globe the space above the caption with it. Optional, like
   * `turn`.
   */
  setFreeView?(view: FreeView, options: { instant: boolean }): void
}

/** three's renderer, scene and camera, for renders outside the frame loop (the PNG export). */
export interface RenderContext {
  gl: WebGLRenderer
  scene: Scene
  camera: Camera
}

/** Where something was drawn in the last frame. */
export interface RegionScreenPosition {
  /** CSS pixels in viewport coordinates (as `clientX` / `clientY`). */
  x: number
  y: number
  /** On the camera-facing side of the globe and inside the canvas. */
  visible: boolean
}

/** What the frame loop tells each after-frame step about the frame it has just rendered. */
export interface RenderedFrame {
  /** `renderer.info.render.calls` of this frame. */
  drawCalls: number
}

/** A box on the view in CSS px relative to the canvas (what an annotation covers, for the label layout). */
export interface ScreenBox {
  left: number
  top: number
  right: number
  bottom: number
}

/** A rectangle in CSS px of the canvas (0, 0 at its top left). */
export interface Rect {
  left: number
  top: number
  right: number
  bottom: number
}

/** How far the globe's centre sits from the middle of the canvas on screen, CSS px (+x right, +y down). */
export interface ShiftPx {
  x: number
  y: number
}

/** The share of the view's width and height left free for the globe (see viewShift): all of it but while presenting. */
export interface ViewShare {
  x: number
  y: number
}

/** The part of the view the globe is given: its centre's shift and the share of the canvas it spans. */
export interface FreeView {
  shift: ShiftPx
  share: ViewShare
}
