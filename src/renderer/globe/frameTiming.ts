/**
 * Longest step an animation (a flight, the zoom, auto-rotation, the latency
 * arcs' dashes) takes in one frame, in seconds: a stalled frame never
 * becomes a jump.
 */
export const MAX_STEP_SECONDS = 0.1
