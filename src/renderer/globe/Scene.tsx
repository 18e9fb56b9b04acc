import { useFrame } from '@react-three/fiber'
import { useRef } from 'react'
import type { DirectionalLight } from 'three'
import type { Region } from '../../shared/dataset/schema'
import { ExportBridge } from '../export/ExportBridge'
import { Atmosphere } from './Atmosphere'
import { CameraRig } from './CameraRig'
import { Earth } from './Earth'
import { FrameDriver } from './FrameDriver'
import { Graticule } from './Graticule'
import { LatencyArcs } from './LatencyArcs'
import { NetworkLinks } from './NetworkLinks'
import { palette } from '../theme/palette'
import { ReachLayer } from './ReachLayer'
import { RegionMarkers } from './RegionMarkers'
import type { GlobeRuntime } from './runtime'
import { UserPin } from './UserPin'
import { WorldLines } from './WorldLines'

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
 * and borders, atmosphere, network links, latency arcs, markers, the user's pin.
 */
export function Scene({ runtime, regions }: SceneProps) {
  return (
    <>
      <color attach="background" args={[palette.background]} />
      <ambientLight intensity={AMBIENT} />
      <HeadLight />
      <Earth runtime={runtime} />
      <ReachLayer runtime={runtime} />
      <Graticule />
      <WorldLines runtime={runtime} />
      <Atmosphere />
      {regions.length > 0 && <NetworkLinks regions={regions} runtime={runtime} />}
      {regions.length > 0 && <LatencyArcs regions={regions} runtime={runtime} />}
      {regions.length > 0 && <RegionMarkers regions={regions} runtime={runtime} />}
      <UserPin runtime={runtime} />
      <CameraRig runtime={runtime} />
      <FrameDriver runtime={runtime} />
      <ExportBridge runtime={runtime} />
    </>
  )
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
