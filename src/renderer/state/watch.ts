import { shallow } from 'zustand/shallow'
import { useAppStore, type AppState } from './store'

export interface WatchOptions<T> {
  /**
   * When two selected values count as the same (no call). Object.is by
   * default; `shallow` for a selector that builds a fresh array or object of
   * slices on each call.
   */
  equality?: (a: T, b: T) => boolean
}

/**
 * The one way code outside React reacts to the app store: calls `listener`
 * with the selected value at once, then whenever it changes, until the
 * returned function is called (an effect's cleanup). The first call gets
 * the same value as `value` and `previous`. "Who reacts to userLocation" is
 * then a search for the selector; store.ts lists the listeners.
 */
export function watch<T>(
  selector: (state: AppState) => T,
  listener: (value: T, previous: T) => void,
  options: WatchOptions<T> = {},
): () => void {
  return useAppStore.subscribe(selector, listener, { equalityFn: options.equality, fireImmediately: true })
}

/** Equality for selectors that return a tuple or object of slices. */
export { shallow }
