/** Where region markers are drawn, and which coordinates are placeholders. */
export { drawnPositions, isPlaceholder, MIN_MARKER_SEPARATION_KM, type DrawnPosition, type PlacedRegion } from './placement'
