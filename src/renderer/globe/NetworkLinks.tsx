import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import type { Region } from '../../shared/dataset/schema'
import { useAppStore, type AppState } from '../state/store'
import { updateArcUniforms } from './arcFrame'
import { createNetworkLayer, linkLabels } from './networkLinkLayer'
import type { GlobeRuntime } from './runtime'

/** Dash period of unmeasured links, CSS px. */
const DASH_PX = 10

const ANNOTATION_GROUP = 'network'

interface NetworkLinksProps {
  /** Regions in the runtime's order: link ends are indices into it. */
  regions: readonly Region[]
  runtime: GlobeRuntime
}

/**
 * The schematic inter-region network: every link of the dataset as an arc
 * lifted above the surface, all in one draw call. The links of the hovered
 * and the selected region stand out (wider, brighter, the rest dimmed) and
 * carry their measured RTT at their midpoints; unmeasured links are dashed.
 * Shown while the network layer is on.
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
    const apply = (state: AppState): void => {
      const visible = state.layers.network
      layer.mesh.visible = visible
      const hovered = visible ? runtime.indexOf(state.hoveredCode) : -1
      const selected = visible ? runtime.indexOf(state.selectedCode) : -1
      const uniforms = layer.mesh.material.uniforms
      if (uniforms.uHovered) uniforms.uHovered.value = hovered
      if (uniforms.uSelected) uniforms.uSelected.value = selected
      runtime.annotations.set(ANNOTATION_GROUP, linkLabels(layer.links, hovered, selected))
      invalidate()
    }
    apply(useAppStore.getState())
    const unsubscribe = useAppStore.subscribe((next, previous) => {
      if (
        next.layers.network !== previous.layers.network ||
        next.hoveredCode !== previous.hoveredCode ||
        next.selectedCode !== previous.selectedCode
      ) {
        apply(next)
      }
    })
    return () => {
      unsubscribe()
      runtime.annotations.set(ANNOTATION_GROUP, [])
    }
  }, [layer, runtime, invalidate])

  useFrame(({ camera, size }) => {
    if (layer?.mesh.visible) updateArcUniforms(layer.mesh.material, camera, size.width, size.height, DASH_PX)
  })

  return layer ? <primitive object={layer.mesh} /> : null
}
