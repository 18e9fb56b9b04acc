import { render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { deferredView } from '../../../../src/renderer/loading/deferredView'

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>
}

/** A module load that the test finishes by hand. */
function manualLoad() {
  let finish: (component: typeof Greeting) => void = () => {}
  let fail: (error: Error) => void = () => {}
  const load = vi.fn(
    () =>
      new Promise<typeof Greeting>((resolve, reject) => {
        finish = resolve
        fail = reject
      }),
  )
  return { load, finish: (component: typeof Greeting) => finish(component), fail: (error: Error) => fail(error) }
}

describe('deferredView', () => {
  it('shows the fallback while the code is on the way, then the view with its props', async () => {
    const { load, finish } = manualLoad()
    const { View } = deferredView(load, <p>Loading the greeting…</p>)
    render(<View name="Ada" />)
    expect(screen.getByText('Loading the greeting…')).toBeTruthy()
    finish(Greeting)
    expect(await screen.findByText('Hello Ada')).toBeTruthy()
    expect(screen.queryByText('Loading the greeting…')).toBeNull()
  })

  it('fetches nothing until the view is needed or preloaded, and fetches once', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting))
    const view = deferredView(load, null)
    expect(load).not.toHaveBeenCalled()
    await view.preload()
    await view.preload()
    render(<view.View name="Grace" />)
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('renders a preloaded view at once, with no fallback frame', async () => {
    const view = deferredView(() => Promise.resolve(Greeting), <p>Loading the greeting…</p>)
    await view.preload()
    render(<view.View name="Edsger" />)
    expect(screen.getByText('Hello Edsger')).toBeTruthy()
    expect(screen.queryByText('Loading the greeting…')).toBeNull()
  })

  it('asks again after a failed fetch, and a failed preload only warns', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { load, finish, fail } = manualLoad()
    const view = deferredView(load, null)
    const preloading = view.preload()
    fail(new Error('offline'))
    await preloading
    expect(warn).toHaveBeenCalledTimes(1)
    const again = view.preload()
    finish(Greeting)
    await again
    expect(load).toHaveBeenCalledTimes(2)
    render(<view.View name="Barbara" />)
    expect(screen.getByText('Hello Barbara')).toBeTruthy()
    warn.mockRestore()
  })
})
