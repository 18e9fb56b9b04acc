import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import { Color, type DirectionalLight } from 'three'
import type { Region } from '../../shared/dataset/schema'
import { ExportBridge } from '../export/ExportBridge'
import { Atmosphere } from './Atmosphere'
import { CameraRig } from './CameraRig'
import { Earth } from './Earth'
import { EdgeMarkers } from './EdgeMarkers'
import { FrameDriver } from './FrameDriver'
import { Graticule } from './Graticule'
import { LatencyArcs } from './LatencyArcs'
import {
  edgesShown,
  latencyArcsShown,
  MountWhenShown,
  networkShown,
  reachShown,
  requestPathShown,
  zonesShown,
} from './MountWhenShown'
import { NetworkLinks } from './NetworkLinks'
import { paletteFor } from '../theme/palette'
import { watch } from '../state/watch'
import { ReachLayer } from './ReachLayer'
import { RegionMarkers } from './RegionMarkers'
import { RequestPath } from './RequestPath'
import type { GlobeRuntime } from './runtime'
import { UserPin } from './UserPin'
import { WorldLines } from './WorldLines'
import { ZoneMarkers } from './ZoneMarkers'

/**
 * Lambert shading divides by π, so these are fractions of π: the map keeps
 * its palette colours at about 1.15× in the middle of the view and 0.85× at
 * the limb.
 */
const AMBIENT = 0.85 * Math.PI
const HEAD_LIGHT = 0.3 * Math.PI

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
      <ambientLight intensity={AMBIENT} />
      <HeadLight />
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

/**
 * A light from the viewer's side: the face of the globe towards the user is
 * brightest and the limb darkens a little, which reads as a sphere without
 * ever leaving part of the map in the dark.
 */
function HeadLight() {
  const light = useRef<DirectionalLight>(null)
  useFrame(({ camera }) => {
    light.current?.position.copy(camera.position)
  })
  return <directionalLight ref={light} intensity={HEAD_LIGHT} />
}
