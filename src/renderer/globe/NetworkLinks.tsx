import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import type { Region } from '../../shared/dataset/schema'
import { selectYearView } from '../state/selectors'
import { useAppStore, type AppState } from '../state/store'
import { shallow, watch } from '../state/watch'
import { updateArcUniforms } from './arcFrame'
import { applyNetworkColours, createNetworkLayer, linkLabels, writeNetworkLinks } from './networkLinkLayer'
import type { GlobeRuntime } from './runtime'

/** Dash period of unmeasured links, CSS px. */
const DASH_PX = 10

const LABEL_GROUP = 'network'

/**
 * What the links' look depends on: the layer switch, the hovered and the selected region, the
 * theme, and the regions on the globe at the time-lapse's year (links between them only).
 */
const networkInputs = (state: AppState) =>
  [state.layers.network, state.hoveredCode, state.selectedCode, state.theme, selectYearView(state).shown] as const

interface NetworkLinksProps {
  /** Regions in the runtime's order: link ends are indices into it. */
  regions: readonly Region[]
  runtime: GlobeRuntime
}

/**
 * The schematic inter-region network: every link of the dataset as an arc
 * lifted above the surface, all in one draw call, with a resting weight that
 * reads on a projector (NETWORK_LINK_WEIGHT). The links of the hovered
 * and the selected region stand out (wider, brighter, the rest dimmed) and
 * carry their measured RTT at their midpoints; unmeasured links are dashed.
 * Shown while the network layer is on; at a time-lapse year, only the links
 * between the regions open then.
 */
export function NetworkLinks({ regions, runtime }: NetworkLinksProps) {
  const invalidate = useThree((state) => state.invalidate)
  const network = useAppStore((state) => state.dataset?.network ?? null)
  const layer = useMemo(() => (network ? createNetworkLayer(network.links, regions) : null), [network, regions])

  useEffect(
    () => () => {
      if (!layer) return
      layer.buffers.geometry.dispose()
      layer.mesh.material.dispose()
    },
    [layer],
  )

  useEffect(() => {
    if (!layer) return
    let shownTheme: string | null = null
    let drawnFor: ReadonlySet<string> | null | undefined
    const apply = ([visible, hoveredCode, selectedCode, theme, shown]: ReturnType<typeof networkInputs>): void => {
      if (theme !== shownTheme) applyNetworkColours(layer, theme)
      shownTheme = theme
      if (shown !== drawnFor) {
        writeNetworkLinks(layer, shown ? (i) => shown.has(regions[i]?.code ?? '') : null)
        drawnFor = shown
      }
      layer.mesh.visible = visible
      const hovered = visible ? runtime.indexOf(hoveredCode) : -1
      const selected = visible ? runtime.indexOf(selectedCode) : -1
      const uniforms = layer.mesh.material.uniforms
      if (uniforms.uHovered) uniforms.uHovered.value = hovered
      if (uniforms.uSelected) uniforms.uSelected.value = selected
      runtime.layerLabels.set(LABEL_GROUP, linkLabels(layer.links, hovered, selected, theme))
      invalidate()
    }
    const unsubscribe = watch(networkInputs, apply, { equality: shallow })
    return () => {
      unsubscribe()
      runtime.layerLabels.set(LABEL_GROUP, [])
    }
  }, [layer, regions, runtime, invalidate])

  useFrame(({ camera, size }) => {
    if (layer?.mesh.visible) updateArcUniforms(layer.mesh.material, camera, size.width, size.height, DASH_PX)
  })

  return layer ? <primitive object={layer.mesh} /> : null
}
