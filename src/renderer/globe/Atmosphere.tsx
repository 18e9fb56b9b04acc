import { useThree } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import { AdditiveBlending, BufferAttribute, BufferGeometry, Color, NormalBlending, ShaderMaterial } from 'three'
import type { Theme } from '../../shared/settings/schema'
import { useAppStore } from '../state/store'
import { watch } from '../state/watch'
import { paletteFor } from '../theme/palette'
import { radii } from './dimensions'

const SEGMENTS = 192

const vertexShader = /* glsl */ `
  uniform float uAtmosphere;
  varying float vRho;
  varying float vDistance;
  void main() {
    // The globe's centre in view space; the camera always looks at it.
    vec3 centre = (modelViewMatrix * vec4(0.0, 0.0, 0.0, 1.0)).xyz;
    float d = length(centre);
    // On the plane through the centre facing the camera, a ray passing the centre at distance p
    // crosses at rho = p d / sqrt(d^2 - p^2): the ring spans the Earth's silhouette (p = 1) to the
    // atmosphere's (p = uAtmosphere).
    float inner = d / sqrt(d * d - 1.0);
    float outer = uAtmosphere * d / sqrt(d * d - uAtmosphere * uAtmosphere);
    float rho = mix(inner, outer, position.z);
    vRho = rho;
    vDistance = d;
    gl_Position = projectionMatrix * vec4(centre + vec3(position.xy * rho, 0.0), 1.0);
  }
`

const fragmentShader = /* glsl */ `
  uniform vec3 uColor;
  uniform float uStrength;
  uniform float uAtmosphere;
  uniform float uOver;
  varying float vRho;
  varying float vDistance;
  void main() {
    // How close the ray through this pixel passes the centre, in Earth radii.
    float p = vRho * vDistance / sqrt(vDistance * vDistance + vRho * vRho);
    // The path length through a shell of radius uAtmosphere, normalised: 1 at the Earth's limb, 0 at the edge.
    float path = sqrt(max(0.0, 1.0 - (p * p) / (uAtmosphere * uAtmosphere)));
    float limb = sqrt(1.0 - 1.0 / (uAtmosphere * uAtmosphere));
    float glow = pow(clamp(path / limb, 0.0, 1.0), 2.5) * uStrength;
    // Added to a dark sky; laid over a light one (where adding light would not show).
    gl_FragColor = uOver > 0.5 ? vec4(uColor, glow) : vec4(uColor * glow, 1.0);
    #include <colorspace_fragment>
  }
`

/**
 * A thin halo around the Earth's silhouette, additive: it separates the globe
 * from the background on a washed-out projector without drawing over the
 * map (on the light theme it is laid over the light sky instead). Drawn as a flat ring facing the camera that covers only the halo's
 * pixels (a larger back-side sphere would shade the whole disc behind the
 * Earth, which costs a lot with software rendering).
 */
export function Atmosphere() {
  const invalidate = useThree((state) => state.invalidate)
  const geometry = useMemo(() => createRing(SEGMENTS), [])
  const material = useMemo(() => {
    const created = new ShaderMaterial({
      vertexShader,
      fragmentShader,
      transparent: true,
      depthTest: false,
      depthWrite: false,
      uniforms: {
        uColor: { value: new Color() },
        uStrength: { value: 0.32 },
        uAtmosphere: { value: radii.atmosphere },
        uOver: { value: 0 },
      },
    })
    applyTheme(created, useAppStore.getState().theme)
    return created
  }, [])
  useEffect(
    () =>
      watch(
        (state) => state.theme,
        (theme) => {
          applyTheme(material, theme)
          invalidate()
        },
      ),
    [material, invalidate],
  )
  useEffect(
    () => () => {
      geometry.dispose()
      material.dispose()
    },
    [geometry, material],
  )
  // Sized in the shader: no bounds for three to cull by.
  return <mesh geometry={geometry} material={material} frustumCulled={false} renderOrder={5} name="atmosphere" />
}

function applyTheme(material: ShaderMaterial, theme: Theme): void {
  const light = theme === 'light'
  const uniforms = material.uniforms
  ;(uniforms.uColor?.value as Color).set(paletteFor(theme).atmosphere)
  if (uniforms.uOver) uniforms.uOver.value = light ? 1 : 0
  if (uniforms.uStrength) uniforms.uStrength.value = light ? 0.5 : 0.32
  material.blending = light ? NormalBlending : AdditiveBlending
  material.needsUpdate = true
}

/** A unit annulus: x, y on the unit circle, z = 0 on the inner edge and 1 on the outer. */
function createRing(segments: number): BufferGeometry {
  const positions = new Float32Array((segments + 1) * 2 * 3)
  for (let i = 0; i <= segments; i++) {
    const angle = (i / segments) * Math.PI * 2
    const x = Math.cos(angle)
    const y = Math.sin(angle)
    positions.set([x, y, 0, x, y, 1], i * 6)
  }
  const index: number[] = []
  for (let i = 0; i < segments; i++) {
    const a = i * 2
    index.push(a, a + 1, a + 2, a + 2, a + 1, a + 3)
  }
  const geometry = new BufferGeometry()
  geometry.setAttribute('position', new BufferAttribute(positions, 3))
  geometry.setIndex(index)
  return geometry
}
