/**
 * Meridians and parallels every 10°, exactly as d3-geo's `geoGraticule10()`
 * gives them (its defaults: minor lines to ±80° of latitude, the major
 * meridians every 90° from pole to pole, points every 2.5° along parallels).
 * Written out here so the first download does not carry d3-geo, which the
 * globe otherwise needs only after its first frame (to paint the land).
 */
const EPSILON = 1e-6

type Line = [number, number][]

/** d3-array's `range`: start, start + step, … below stop. */
function range(start: number, stop: number, step: number): number[] {
  const count = Math.max(0, Math.ceil((stop - start) / step))
  return Array.from({ length: count }, (_, i) => start + i * step)
}

function meridians(fromLat: number, toLat: number, step: number): (lon: number) => Line {
  const lats = [...range(fromLat, toLat - EPSILON, step), toLat]
  return (lon) => lats.map((lat) => [lon, lat])
}

function parallels(fromLon: number, toLon: number, step: number): (lat: number) => Line {
  const lons = [...range(fromLon, toLon - EPSILON, step), toLon]
  return (lat) => lons.map((lon) => [lon, lat])
}

/** The graticule's lines as [lon, lat] points, in d3's order. */
export function graticule10(): Line[] {
  const [majorLon0, majorLat0, majorLon1, majorLat1] = [-180, -90 + EPSILON, 180, 90 - EPSILON]
  const [minorLon0, minorLat0, minorLon1, minorLat1] = [-180, -80 - EPSILON, 180, 80 + EPSILON]
  const [minorStep, majorLonStep, majorLatStep, precision] = [10, 90, 360, 2.5]
  const minorMeridian = meridians(minorLat0, minorLat1, 90)
  const minorParallel = parallels(minorLon0, minorLon1, precision)
  const majorMeridian = meridians(majorLat0, majorLat1, 90)
  const majorParallel = parallels(majorLon0, majorLon1, precision)
  return [
    ...range(Math.ceil(majorLon0 / majorLonStep) * majorLonStep, majorLon1, majorLonStep).map(majorMeridian),
    ...range(Math.ceil(majorLat0 / majorLatStep) * majorLatStep, majorLat1, majorLatStep).map(majorParallel),
    ...range(Math.ceil(minorLon0 / minorStep) * minorStep, minorLon1, minorStep)
      .filter((lon) => Math.abs(lon % majorLonStep) > EPSILON)
      .map(minorMeridian),
    ...range(Math.ceil(minorLat0 / minorStep) * minorStep, minorLat1, minorStep)
      .filter((lat) => Math.abs(lat % majorLatStep) > EPSILON)
      .map(minorParallel),
  ]
}
