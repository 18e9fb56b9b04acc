/**
 * Longest step an animation (a flight, the zoom, auto-rotation, the latency
 * arcs' dashes) takes in one frame, in seconds: a stalled frame never
 * becomes a jump.
 */
export const MAX_STEP_SECONDS = 0.1

/**
 * Longest step of a slow turn across the footprint (a presenter's tour), in
 * seconds: at 15° a second a quarter-second step moves under 4°, which reads
 * as motion, not a jump, and keeps the tour's length on a slow renderer
 * close to what the presenter expects.
 */
export const MAX_TURN_STEP_SECONDS = 0.25
