import type { Dataset } from '../../../src/shared/dataset/schema'
import { makeDataset, makeRegion } from '../fixtures/dataset'

/**
 * The smallest valid dataset, with Frankfurt at rounded coordinates: the loader
 * tests corrupt its JSON text by replacing `"lat": 50.11` and `"lon": 8.68`.
 */
export function minimalDataset(): Dataset {
  const dataset = makeDataset()
  dataset.regions[0] = makeRegion({ lat: 50.11, lon: 8.68 })
  return dataset
}
