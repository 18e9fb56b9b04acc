import { datasetDates, type DatasetDates } from '../../../shared/dataset/asOf'
import type { Dataset } from '../../../shared/dataset/schema'
import type { AppState } from '../store'
import { memoLast } from './memoLast'

const datesOf = memoLast((dataset: Dataset | null): DatasetDates | null => (dataset ? datasetDates(dataset) : null))

/**
 * Each layer's own as-of date (datasetDates), so the footer, About, the
 * legend, the panel and the export say how old the figures they show are;
 * null before a dataset is loaded.
 */
export function selectDatasetDates(state: Pick<AppState, 'dataset'>): DatasetDates | null {
  return datesOf(state.dataset)
}
