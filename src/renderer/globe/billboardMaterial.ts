import { ShaderMaterial, type IUniform } from 'three'
import { horizonMarginUniforms, screenScaleUniforms } from './shaderChunks'

export interface BillboardShaders {
  vertexShader: string
  fragmentShader: string
  /** The material's own uniforms; the horizon and screen-scale ones are added. */
  uniforms: Record<string, IUniform>
}

/**
 * A material for marks drawn over the globe at a constant size in CSS px
 * (region markers, the user's pin), whose shaders use horizonMarginGlsl and
 * screenScaleGlsl.
 */
export function createBillboardMaterial({ vertexShader, fragmentShader, uniforms }: BillboardShaders): ShaderMaterial {
  return new ShaderMaterial({
    vertexShader,
    fragmentShader,
    transparent: true,
    // The horizon test in the shader hides billboards behind the globe exactly; depth testing would
    // clip those that stand up from the surface near the limb.
    depthTest: false,
    depthWrite: false,
    uniforms: { ...horizonMarginUniforms(), ...screenScaleUniforms(), ...uniforms },
  })
}
