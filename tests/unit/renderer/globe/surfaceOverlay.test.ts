import { describe, expect, it } from 'vitest'
import { createReachLayer, drawReachSurface } from '../../../../src/renderer/globe/reachLayer'
import { NO_REACH } from '../../../../src/renderer/globe/reachTexture'
import { SurfaceOverlaySlot, type SurfaceOverlay } from '../../../../src/renderer/globe/surfaceOverlay'

const overlay = (name: string): SurfaceOverlay => ({ declarations: '', apply: name, uniforms: {} })

describe('SurfaceOverlaySlot', () => {
  it('tells a follower the overlay at once and on every change, whichever side comes first', () => {
    const slot = new SurfaceOverlaySlot()
    const reach = overlay('reach')
    slot.set(reach)
    const seen: (SurfaceOverlay | null)[] = []
    const unfollow = slot.follow((o) => seen.push(o))
    slot.set(reach)
    slot.set(null)
    unfollow()
    slot.set(reach)
    // Once on following, once on the change to none; not for the same overlay again, nor after unfollowing.
    expect(seen).toEqual([reach, null])
    expect(slot.current).toBe(reach)
  })
})

describe('the reach layer', () => {
  it('is an overlay of the Earth: its surface texture and the bands, no mesh of its own', () => {
    const layer = createReachLayer()
    expect(Object.keys(layer.overlay.uniforms).sort()).toEqual(['uBands', 'uLimits', 'uMsPerLevel', 'uNoReach', 'uReach'])
    expect(layer.overlay.uniforms.uReach?.value).toBe(layer.reach)
    expect(layer.overlay.uniforms.uNoReach?.value).toBe(NO_REACH)
    // It changes the land's colour by its coverage, so the sea and the coasts stay the Earth's.
    expect(layer.overlay.apply).toContain('colour = mix(colour, band, coverage)')
  })

  it('puts a surface of another size in a new texture the overlay then reads', () => {
    const layer = createReachLayer()
    const first = layer.reach
    drawReachSurface(layer, new Uint8Array(8).fill(3), { stepDeg: 90, width: 4, height: 2 })
    expect(layer.reach).not.toBe(first)
    expect(layer.overlay.uniforms.uReach?.value).toBe(layer.reach)
    const sized = layer.reach
    const version = sized.version
    drawReachSurface(layer, new Uint8Array(8).fill(5), { stepDeg: 90, width: 4, height: 2 })
    expect(layer.reach).toBe(sized)
    expect(sized.version).toBeGreaterThan(version)
    expect((sized.image as { data: Uint8Array }).data[0]).toBe(5)
  })
})
