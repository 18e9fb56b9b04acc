import { useState, type ReactNode } from 'react'
import { useAppStore, type AppState } from '../state/store'

interface MountWhenShownProps {
  /** Whether the layer shows now. */
  shown: (state: AppState) => boolean
  children: ReactNode
}

/**
 * Mounts a layer the first time it shows and keeps it mounted from then on.
 * A layer that is off at start costs the first frame nothing (no code
 * fetched for a lazy one (lazyLayers.ts), no geometry, no buffers, no
 * shader program); once built, turning it off and on again is as quick as
 * before.
 */
export function MountWhenShown({ shown, children }: MountWhenShownProps) {
  const showing = useAppStore(shown)
  const [mounted, setMounted] = useState(showing)
  // Set during render, so the layer mounts in the same commit as the switch that shows it.
  if (showing && !mounted) setMounted(true)
  return mounted || showing ? children : null
}

/** The layer switches alone: the store's, or the saved settings' before they are in the store. */
type Switches = Pick<AppState, 'layers'>

export const networkShown = (state: Switches): boolean => state.layers.network
export const latencyArcsShown = (state: Switches): boolean => state.layers.latencyArcs
export const reachShown = (state: Switches): boolean => state.layers.reach
export const edgesShown = (state: Switches): boolean => state.layers.edges
export const zonesShown = (state: Switches): boolean => state.layers.localZones || state.layers.wavelengthZones
export const requestPathShown = (state: Pick<AppState, 'requestPath'>): boolean => state.requestPath !== null
