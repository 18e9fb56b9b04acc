/**
 * The reach worker: computes reach surfaces and population reach off the main
 * thread (see workerHandler.ts). Start it with createBundledReachWorker().
 */
// First: zod's interpreted parsers, as on the page (the worker runs under the same Content Security Policy).
import '../platform/jitless'
import cityFile from '../../../assets/data/cities.json'
import continentFile from '../../../assets/data/continents.json'
import { CityFileSchema, parseCityFile } from '../../shared/cities/load'
import { continentLookup, parseContinentFile } from '../../shared/continents/schema'
import { populationPlaces } from '../../shared/reach/populationTimeline'
import type { ReachReply, ReachRequest } from './protocol'
import { createReachWorkerHandler } from './workerHandler'

/** The parts of a dedicated worker's global scope used here (the renderer's types describe a window). */
interface WorkerScope {
  postMessage(message: ReachReply, transfer: Transferable[]): void
  addEventListener(type: 'message', listener: (event: MessageEvent<ReachRequest>) => void): void
}

const scope = self as unknown as WorkerScope

const handle = createReachWorkerHandler({
  post: (reply, transfer) => scope.postMessage(reply, transfer),
  now: () => performance.now(),
  loadPopulation: async () => {
    const cities = parseCityFile(cityFile)
    const list = CityFileSchema.parse(cityFile)
    const continentOf = continentLookup(parseContinentFile(continentFile))
    return { places: populationPlaces(cities, continentOf), cityList: { minPopulation: list.minPopulation, asOf: list.asOf } }
  },
})

// Handled strictly one after the other: a request's answer never overtakes an earlier one's.
let queue: Promise<void> = Promise.resolve()
scope.addEventListener('message', (event) => {
  queue = queue.then(() => handle(event.data))
})
