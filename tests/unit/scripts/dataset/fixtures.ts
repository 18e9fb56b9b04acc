export { makeDataset, makeRegion } from '../../fixtures/dataset'
