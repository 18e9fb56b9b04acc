export { EARTH_RADIUS_KM, epsilon, radians, degrees, clampUnit } from './constants'
export { centralAngle, greatCircleKm, type LatLon } from './distance'
export { toVector, toLatLon, type Vec3 } from './toVector'
