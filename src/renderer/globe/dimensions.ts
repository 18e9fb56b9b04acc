/**
 * Radii of the globe's layers in scene units (the Earth is 1). Each layer
 * sits a little above the one below so depth testing never makes them fight,
 * and low enough that the offset is invisible at the closest zoom.
 */
export const radii = {
  earth: 1,
  graticule: 1.0008,
  borders: 1.0012,
  /** Where arcs leave and meet the ground: above the lines, under the markers. */
  arcs: 1.0018,
  markers: 1.0025,
  atmosphere: 1.05,
} as const

/** Marker radius in CSS px; the quad is larger to leave room for the hover growth and the selection ring. */
export const MARKER_RADIUS_PX = 7

/** Picking tolerance around a marker's centre, in CSS px. */
export const PICK_RADIUS_PX = 12

/** Picking tolerance around an edge or zone mark, CSS px: smaller, they sit close together. */
export const PLACE_PICK_RADIUS_PX = 9

/** Vertical field of view of the camera, degrees. */
export const FOV_DEGREES = 40
