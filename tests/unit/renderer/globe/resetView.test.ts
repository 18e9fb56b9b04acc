import { describe, expect, it, vi } from 'vitest'
import { INITIAL_CENTRE, initialDistance } from '../../../../src/renderer/globe/cameraLimits'
import { FOV_DEGREES } from '../../../../src/renderer/globe/dimensions'
import { resetView, resetViewTarget } from '../../../../src/renderer/globe/resetView'
import { GlobeRuntime } from '../../../../src/renderer/globe/runtime'
import type { CameraCommands } from '../../../../src/renderer/globe/types'

describe('resetView', () => {
  it('flies back to the first centre at the zoom that fits the window', async () => {
    const setView = vi.fn<CameraCommands['setView']>(() => Promise.resolve())
    const runtime = new GlobeRuntime()
    runtime.commands = { rotate: vi.fn(), zoom: vi.fn(), getView: () => ({ lat: -60, lon: 170, distance: 1.2 }), setView }
    const canvas = document.createElement('canvas')
    Object.defineProperty(canvas, 'clientWidth', { value: 1024 })
    Object.defineProperty(canvas, 'clientHeight', { value: 768 })
    runtime.canvas = canvas
    await resetView(runtime)
    expect(setView).toHaveBeenCalledWith({ ...INITIAL_CENTRE, distance: initialDistance(FOV_DEGREES, 1024 / 768) }, { instant: false })
  })

  it('fits a portrait window from farther away, and does nothing without a globe', async () => {
    // The globe fits the narrower side: a portrait window needs the camera farther away.
    expect(resetViewTarget(3 / 4).distance).toBeGreaterThan(resetViewTarget(16 / 9).distance)
    await expect(resetView(null)).resolves.toBeUndefined()
  })
})
