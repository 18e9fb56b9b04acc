import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { Color } from 'three'
import type { Region } from '../../shared/dataset/schema'
import { ExportBridge } from '../export/ExportBridge'
import { Atmosphere } from './Atmosphere'
import { CameraRig } from './CameraRig'
import { Earth } from './Earth'
import { FrameDriver } from './FrameDriver'
import { EdgeMarkers, LatencyArcs, NetworkLinks, ReachLayer, RequestPath, ZoneMarkers } from './lazyLayers'
import { Graticule } from './Graticule'
import {
  edgesShown,
  latencyArcsShown,
  MountWhenShown,
  networkShown,
  reachShown,
  requestPathShown,
  zonesShown,
} from './MountWhenShown'
import { paletteFor } from '../theme/palette'
import { watch } from '../state/watch'
import { RegionMarkers } from './RegionMarkers'
import type { GlobeRuntime } from './runtime'
import { UserPin } from './UserPin'
import { WorldLines } from './WorldLines'

interface SceneProps {
  runtime: GlobeRuntime
  regions: readonly Region[]
}

/**
 * The globe's layers, each one draw call: Earth, reach, graticule, coastlines
 * and borders, atmosphere, network links, latency arcs, markers, the edge
 * locations, the zones (marks and their tethers: two), the request path
 * (arcs and stops: two), the user's pin, the region labels. A layer that
 * is off at start is built the first time it shows (MountWhenShown).
 */
export function Scene({ runtime, regions }: SceneProps) {
  return (
    <>
      <Background />
      <Earth runtime={runtime} />
      <MountWhenShown shown={reachShown}>
        <ReachLayer runtime={runtime} />
      </MountWhenShown>
      <Graticule />
      <WorldLines runtime={runtime} />
      <Atmosphere />
      {regions.length > 0 && (
        <>
          <MountWhenShown shown={networkShown}>
            <NetworkLinks regions={regions} runtime={runtime} />
          </MountWhenShown>
          <MountWhenShown shown={latencyArcsShown}>
            <LatencyArcs regions={regions} runtime={runtime} />
          </MountWhenShown>
          <MountWhenShown shown={zonesShown}>
            <ZoneMarkers runtime={runtime} />
          </MountWhenShown>
          <MountWhenShown shown={edgesShown}>
            <EdgeMarkers runtime={runtime} />
          </MountWhenShown>
          <RegionMarkers regions={regions} runtime={runtime} />
          <MountWhenShown shown={requestPathShown}>
            <RequestPath runtime={runtime} />
          </MountWhenShown>
        </>
      )}
      <UserPin runtime={runtime} />
      <primitive object={runtime.labelSprites.mesh} />
      <CameraRig runtime={runtime} />
      <FrameDriver runtime={runtime} />
      <ExportBridge runtime={runtime} />
    </>
  )
}

/** The space around the globe, in the theme's colour. */
function Background() {
  const scene = useThree((state) => state.scene)
  const invalidate = useThree((state) => state.invalidate)
  useEffect(
    () =>
      watch(
        (state) => state.theme,
        (theme) => {
          scene.background = new Color(paletteFor(theme).background)
          invalidate()
        },
      ),
    [scene, invalidate],
  )
  return null
}
