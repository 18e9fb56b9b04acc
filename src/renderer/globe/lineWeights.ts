/**
 * Width (CSS px on screen; an export scales it with its size) and opacity
 * of the globe's map lines. Every line the audience should see is at least
 * 1.5 CSS px, so it reads on a projector; the borders are lighter than the
 * coastlines (their theme colour and opacity) so the picture does not get
 * heavy, and the graticule is a faint guide.
 */
export const lineWeights = {
  coastline: { widthPx: 1.75, opacity: 1 },
  border: { widthPx: 1.5, opacity: 0.85 },
  graticule: { widthPx: 1.5, opacity: 0.7 },
} as const
