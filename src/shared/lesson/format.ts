/**
 * The lesson file (`*.infraglobe.json`): a title and a list of scenes, each a
 * saved view of the globe with a caption. Versioned: `version` is the format
 * of the file, not of the app. Older formats are migrated on open (see
 * migrate.ts); a newer one is refused without touching anything.
 *
 * Format history:
 * - 1: the first scenes: camera as latitude, longitude and altitude in km,
 *      layers, one selected region, the user's location and annotations.
 * - 2: camera distance from the Earth's centre in Earth radii (what the
 *      globe uses), plus the four-factor state: residency, required
 *      services, chooser weights and panel, compared regions, marker colouring.
 * - 3: speaker notes, the time-lapse year, the failure drill and the
 *      chooser's "exclude regions with reported outages" option.
 */
export const LESSON_FORMAT = 'infraglobe-lesson'
export const LESSON_VERSION = 3

/** A lesson file name ends with this. */
export const LESSON_EXTENSION = '.infraglobe.json'

/** More than any class needs; a file with more is refused rather than slowing the app to a crawl. */
export const MAX_SCENES = 200
export const MAX_TITLE_LENGTH = 120
export const MAX_CAPTION_LENGTH = 1000
/** Speaker notes: a page of talking points, not a script of the whole lesson. */
export const MAX_NOTES_LENGTH = 5000

/** Camera distance from the Earth's centre, in Earth radii: just above the surface to far out. */
export const MIN_CAMERA_DISTANCE = 1.01
export const MAX_CAMERA_DISTANCE = 20
