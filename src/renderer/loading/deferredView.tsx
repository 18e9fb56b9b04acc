import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react'

/** A view whose module is fetched on first need, and the function that fetches it ahead of time. */
export interface DeferredView<P extends object> {
  View: ComponentType<P>
  preload(): Promise<void>
}

/**
 * A view in a chunk of its own: rendered through React.lazy (with `fallback`
 * while its module is on the way) until the module is in, then directly, so a
 * view preloaded when the browser was idle mounts without a fallback frame.
 * Each mounted instance keeps the component it started with: a swap would
 * remount it and lose its state.
 */
export function deferredView<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode): DeferredView<P> {
  let loaded: ComponentType<P> | null = null
  let pending: Promise<ComponentType<P>> | null = null
  const fetchModule = (): Promise<ComponentType<P>> => {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed fetch may succeed later (a rebuilt app, a busy disk): the next need asks again.
        pending = null
        throw error
      },
    )
    return pending
  }
  const Lazy = lazy(async () => ({ default: await fetchModule() }))
  function View(props: P) {
    const [Component] = useState<ComponentType<P> | null>(() => loaded)
    if (Component) return <Component {...props} />
    return (
      <Suspense fallback={fallback}>
        <Lazy {...props} />
      </Suspense>
    )
  }
  return {
    View,
    preload: () =>
      fetchModule().then(
        () => undefined,
        (error: unknown) => console.warn('InfraGlobe: a view could not be fetched ahead of time', error),
      ),
  }
}
