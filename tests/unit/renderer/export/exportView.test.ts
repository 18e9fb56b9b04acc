import { describe, expect, it } from 'vitest'
import { exportView } from '../../../../src/renderer/export/exportView'
import { GlobeRuntime } from '../../../../src/renderer/globe/runtime'

describe('exportView', () => {
  it("holds the screen's frames from its call until it settles, also when it fails", async () => {
    const runtime = new GlobeRuntime()
    const exported = exportView(runtime, { size: { kind: 'multiple', factor: 1 }, transparent: false, title: 'Test' })
    // Held before the export first waits, so no screen frame slips in ahead of its render.
    expect(runtime.frameHold.held).toBe(true)
    await expect(exported).rejects.toThrow('the globe is not ready to export yet')
    expect(runtime.frameHold.held).toBe(false)
  })
})
