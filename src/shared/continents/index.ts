export {
  CONTINENT_CODES,
  CONTINENT_FILE_VERSION,
  CONTINENT_NAMES,
  ContinentCodeSchema,
  ContinentFileError,
  ContinentFileSchema,
  continentLookup,
  parseContinentFile,
  type ContinentCode,
  type ContinentFile,
  type ContinentOf,
} from './schema'
