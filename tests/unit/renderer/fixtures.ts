export { makeRealisticDataset as makeDataset } from '../fixtures/dataset'

export const fixtureFile = 'assets/data/infrastructure.json'
