import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useMemo } from 'react'
import { PerspectiveCamera, Vector3 } from 'three'
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js'
import { radians, toVector, type Vec3 } from '../../shared/geo'
import { useAppStore } from '../state/store'
import { watch } from '../state/watch'
import { comfortableDistance, placeView, planFlight, stepFlight, viewOfPosition, type Flight } from './cameraFlight'
import { INITIAL_CENTRE, MIN_DISTANCE, WHOLE_VIEW, initialDistance, maxDistance, orbitDistanceLimits } from './cameraLimits'
import { FOV_DEGREES } from './dimensions'
import { MAX_STEP_SECONDS, MAX_TURN_STEP_SECONDS } from './frameTiming'
import type { GlobeRuntime } from './runtime'
import type { CameraCommands, ViewShare } from './types'
import { ViewShift } from './viewShift'

/** Rate (1/s) at which the zoom closes on its target. */
const ZOOM_RATE = 12

/** Keep the camera off the poles, where orbiting flips. */
const POLAR_MARGIN = 0.12

/** A turn about the poles in progress (CameraCommands.turn). */
interface Turn {
  /** Radians, signed: + turns the view east. */
  total: number
  done: number
  /** Radians per second at full speed. */
  speed: number
  resolve: () => void
}

/** The share of a turn spent speeding up (and again slowing down). */
const TURN_EASE = 0.12

interface RigState {
  flight: Flight | null
  turn: Turn | null
  targetDistance: number
  maxDistance: number
  /** The share of the view the globe is given (presenting gives it the space above the caption). */
  share: ViewShare
  /** The canvas's width / height. */
  aspect: number
  interacting: boolean
  animating: boolean
  /** setView promises waiting for a rendered frame of their view. */
  waiters: (() => void)[]
}

const scratch: Vec3 = [0, 0, 0]
const polarAxis = new Vector3(0, 1, 0)
const direction: Vec3 = [0, 0, 0]

/**
 * The camera: orbit by dragging (three's OrbitControls, no pan), smooth zoom
 * in altitude steps, keyboard rotation, fly-to on request and auto-rotation.
 * It asks for frames (invalidate) only while something moves.
 */
export function CameraRig({ runtime }: { runtime: GlobeRuntime }) {
  const camera = useThree((state) => state.camera)
  const gl = useThree((state) => state.gl)
  const width = useThree((state) => state.size.width)
  const height = useThree((state) => state.size.height)
  const invalidate = useThree((state) => state.invalidate)
  const aspect = width > 0 && height > 0 ? width / height : 1

  const controls = useMemo(() => {
    const orbit = new OrbitControls(camera)
    orbit.enablePan = false
    // Zoom is ours: OrbitControls scales the distance from the centre, which races near the surface.
    orbit.enableZoom = false
    orbit.enableDamping = true
    orbit.dampingFactor = 0.12
    orbit.minPolarAngle = POLAR_MARGIN
    orbit.maxPolarAngle = Math.PI - POLAR_MARGIN
    orbit.minDistance = orbitDistanceLimits(MIN_DISTANCE, 4).minDistance
    return orbit
  }, [camera])

  const rig = useMemo<RigState>(
    () => ({
      flight: null,
      turn: null,
      targetDistance: 3,
      maxDistance: 4,
      share: WHOLE_VIEW,
      aspect: 1,
      interacting: false,
      animating: false,
      waiters: [],
    }),
    [],
  )
  const shift = useMemo(() => new ViewShift(), [])

  // The initial view, before the first frame.
  useLayoutEffect(() => {
    const distance = initialDistance(FOV_DEGREES, aspect)
    toVector(INITIAL_CENTRE.lat, INITIAL_CENTRE.lon, distance, scratch)
    camera.position.set(scratch[0], scratch[1], scratch[2])
    camera.lookAt(0, 0, 0)
    rig.targetDistance = distance
    // Only on mount: later size changes keep the user's view (see below).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [camera, rig])

  useLayoutEffect(() => {
    rig.aspect = aspect
    limitZoom(rig, controls)
    invalidate()
  }, [aspect, controls, rig, invalidate])

  useEffect(() => {
    controls.connect(gl.domElement)
    const onStart = (): void => {
      rig.interacting = true
      cancelFlight(rig, camera.position.length())
    }
    const onEnd = (): void => {
      rig.interacting = false
    }
    const onChange = (): void => invalidate()
    controls.addEventListener('start', onStart)
    controls.addEventListener('end', onEnd)
    controls.addEventListener('change', onChange)
    return () => {
      controls.removeEventListener('start', onStart)
      controls.removeEventListener('end', onEnd)
      controls.removeEventListener('change', onChange)
      controls.disconnect()
    }
  }, [controls, gl, camera, rig, invalidate])

  useEffect(() => {
    const commands: CameraCommands = {
      rotate(left, up) {
        cancelFlight(rig, camera.position.length())
        const step = keyboardStep(camera.position.length())
        controls.enableDamping = !useAppStore.getState().reducedMotion
        controls.rotateLeft(left * step)
        controls.rotateUp(up * step)
        invalidate()
      },
      zoom(factor) {
        cancelFlight(rig, camera.position.length())
        const altitude = (rig.targetDistance - 1) * factor
        rig.targetDistance = Math.min(rig.maxDistance, Math.max(MIN_DISTANCE, 1 + altitude))
        invalidate()
      },
      getView() {
        return viewOfPosition(camera.position.x, camera.position.y, camera.position.z)
      },
      setView(view, options) {
        cancelFlight(rig, camera.position.length())
        settleMomentum(controls)
        const toDistance = placeView(view, MIN_DISTANCE, rig.maxDistance, direction)
        if (options.instant || useAppStore.getState().reducedMotion) {
          camera.position.set(direction[0] * toDistance, direction[1] * toDistance, direction[2] * toDistance)
          camera.lookAt(0, 0, 0)
          rig.targetDistance = toDistance
          controls.update()
        } else {
          const fromDistance = camera.position.length()
          scratch[0] = camera.position.x / fromDistance
          scratch[1] = camera.position.y / fromDistance
          scratch[2] = camera.position.z / fromDistance
          rig.flight = planFlight(scratch, fromDistance, direction, toDistance)
        }
        invalidate()
        return new Promise<void>((resolve) => rig.waiters.push(resolve))
      },
      setFreeView(view, options) {
        rig.share = view.share
        limitZoom(rig, controls)
        shift.setTarget(view.shift, options.instant || useAppStore.getState().reducedMotion)
        invalidate()
      },
      turn(degrees, degreesPerSecond) {
        cancelTurn(rig)
        if (degrees === 0 || degreesPerSecond <= 0 || useAppStore.getState().reducedMotion) return Promise.resolve()
        return new Promise<void>((resolve) => {
          rig.turn = { total: degrees * radians, done: 0, speed: degreesPerSecond * radians, resolve }
          invalidate()
        })
      },
    }
    runtime.commands = commands
    return () => {
      if (runtime.commands === commands) runtime.commands = null
      // Nothing will render this rig's frames any more: no caller may wait forever.
      releaseWaiters(rig)
      cancelTurn(rig)
    }
  }, [runtime, camera, controls, rig, shift, invalidate])

  // Fly-to requests and auto-rotation changes from the store.
  useEffect(() => {
    const flyTo = (code: string, cut: boolean): void => {
      const i = runtime.indexOf(code)
      if (i < 0) return
      direction[0] = runtime.unit[3 * i] as number
      direction[1] = runtime.unit[3 * i + 1] as number
      direction[2] = runtime.unit[3 * i + 2] as number
      const fromDistance = camera.position.length()
      const toDistance = comfortableDistance(fromDistance)
      settleMomentum(controls)
      if (cut) {
        camera.position.set(direction[0] * toDistance, direction[1] * toDistance, direction[2] * toDistance)
        camera.lookAt(0, 0, 0)
        rig.flight = null
        rig.targetDistance = toDistance
        controls.update()
      } else {
        scratch[0] = camera.position.x / fromDistance
        scratch[1] = camera.position.y / fromDistance
        scratch[2] = camera.position.z / fromDistance
        rig.flight = planFlight(scratch, fromDistance, direction, toDistance)
      }
      invalidate()
    }
    const unwatch = [
      // A request already there when the rig mounts is a cut (the first call: request is previous); a new one flies.
      watch(
        (state) => state.flyTo,
        (request, previous) => {
          if (request) flyTo(request.code, request === previous || useAppStore.getState().reducedMotion)
        },
      ),
      watch(
        (state) => state.autoRotateSpeed,
        (speed, previous) => {
          if (speed !== previous) invalidate()
        },
      ),
      watch(
        (state) => state.reducedMotion,
        (reduced, previous) => {
          if (reduced !== previous) controls.enableDamping = !reduced
        },
      ),
    ]
    return () => {
      for (const stop of unwatch) stop()
    }
  }, [runtime, camera, controls, rig, invalidate])

  useFrame((_, delta) => {
    if (!(camera instanceof PerspectiveCamera)) return
    // After an idle spell r3f's delta spans the whole pause: the first animated frame takes no step.
    const dt = rig.animating ? Math.min(delta, MAX_STEP_SECONDS) : 0
    let moving = false

    if (rig.flight) {
      const flying = stepFlight(rig.flight, dt, scratch)
      camera.position.set(scratch[0], scratch[1], scratch[2])
      camera.lookAt(0, 0, 0)
      if (!flying) {
        rig.targetDistance = rig.flight.toDistance
        rig.flight = null
        controls.update()
      }
      moving = flying
    } else if (rig.turn) {
      const turn = rig.turn
      const left = turn.total - turn.done
      const turnDt = rig.animating ? Math.min(delta, MAX_TURN_STEP_SECONDS) : 0
      const step = Math.sign(left) * Math.min(Math.abs(left), turnSpeed(turn) * turnDt)
      // About the poles (world y): + moves the camera, and so the view, east.
      camera.position.applyAxisAngle(polarAxis, step)
      camera.lookAt(0, 0, 0)
      turn.done += step
      if (Math.abs(turn.total - turn.done) < 1e-6) {
        rig.turn = null
        controls.update()
        turn.resolve()
      }
      moving = true
    } else {
      const { autoRotateSpeed, reducedMotion } = useAppStore.getState()
      if (autoRotateSpeed !== 0 && !rig.interacting) {
        // Degrees per second of longitude; the camera moves west so the Earth turns east, as it does.
        camera.position.applyAxisAngle(camera.up, -autoRotateSpeed * radians * dt)
        moving = true
      }
      moving = zoomTowardsTarget(camera, rig.targetDistance, reducedMotion ? 1 : 1 - Math.exp(-ZOOM_RATE * dt)) || moving
      if (controls.update()) moving = true
    }

    // Before anything draws: the canvas may have been resized since the offset was set.
    if (shift.step(dt, useAppStore.getState().reducedMotion)) moving = true
    shift.apply(camera, width, height)

    const distance = camera.position.length()
    // Dragging across the view moves the surface with the pointer at any zoom.
    controls.rotateSpeed = Math.max(0.015, ((distance - 1) * Math.tan((camera.fov * radians) / 2)) / Math.PI)

    rig.animating = moving
    if (moving) invalidate()
  })

  // After the frame is drawn (the frame driver renders at priority 1): a view that has arrived is on screen.
  useFrame(() => {
    if (rig.waiters.length > 0 && !rig.flight) releaseWaiters(rig)
  }, 2)

  return null
}

/** The zoom's limits for the canvas's aspect and the share of it the globe is given. */
function limitZoom(rig: RigState, controls: OrbitControls): void {
  rig.maxDistance = maxDistance(FOV_DEGREES, rig.aspect, rig.share)
  Object.assign(controls, orbitDistanceLimits(MIN_DISTANCE, rig.maxDistance))
  rig.targetDistance = Math.min(rig.targetDistance, rig.maxDistance)
}

function releaseWaiters(rig: RigState): void {
  const waiting = rig.waiters
  rig.waiters = []
  for (const resolve of waiting) resolve()
}

/** Moves the camera along its line of sight towards the target distance; true while still moving. */
function zoomTowardsTarget(camera: PerspectiveCamera, target: number, fraction: number): boolean {
  const distance = camera.position.length()
  const gap = target - distance
  if (Math.abs(gap) < 1e-5) return false
  const next = Math.abs(gap) * fraction < 1e-5 || fraction >= 1 ? target : distance + gap * fraction
  camera.position.multiplyScalar(next / distance)
  return true
}

function cancelFlight(rig: RigState, distance: number): void {
  cancelTurn(rig)
  if (!rig.flight) return
  rig.flight = null
  rig.targetDistance = distance
}

function cancelTurn(rig: RigState): void {
  const turn = rig.turn
  rig.turn = null
  turn?.resolve()
}

/** Speed of a turn at `done` of `total` (radians): full in the middle, easing at both ends, never quite 0. */
function turnSpeed(turn: Turn): number {
  const progress = Math.abs(turn.done / turn.total)
  const ease = Math.min(1, progress / TURN_EASE, (1 - progress) / TURN_EASE)
  return turn.speed * Math.max(0.15, ease)
}

/**
 * Applies what is left of a drag's momentum at once, so it does not fight
 * a flight or a cut that starts now (OrbitControls has no call to drop it).
 */
function settleMomentum(controls: OrbitControls): void {
  const damping = controls.enableDamping
  controls.enableDamping = false
  controls.update()
  controls.enableDamping = damping
}

/** One arrow-key step in radians: smaller when zoomed in, so a press moves the view by a similar amount. */
function keyboardStep(distance: number): number {
  return Math.min(0.2, Math.max(0.006, (distance - 1) * 0.1))
}
