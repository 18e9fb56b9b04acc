/**
 * The frame both canvases draw: one triangle over the whole canvas whose fragment shader loops
 * `work` times, so a frame's GPU time is chosen (software WebGL runs it on the CPU) while its
 * script stays a handful of WebGL calls.
 */
export function frameDrawer(gl: WebGLRenderingContext, work: number): (seconds: number) => void {
  const vertex = 'attribute vec2 p; void main() { gl_Position = vec4(p, 0.0, 1.0); }'
  const fragment = `precision highp float;
uniform float t;
void main() {
  vec2 q = gl_FragCoord.xy * 0.01;
  float a = 0.0;
  for (int i = 0; i < ${Math.max(1, Math.round(work))}; i++) a += sin(q.x * float(i) + t) * cos(q.y + t * float(i));
  gl_FragColor = vec4(fract(a), 0.3, 0.5, 1.0);
}`
  const program = gl.createProgram()
  for (const [type, source] of [[gl.VERTEX_SHADER, vertex], [gl.FRAGMENT_SHADER, fragment]] as const) {
    const shader = gl.createShader(type)
    if (!shader) throw new Error('WebGL made no shader')
    gl.shaderSource(shader, source)
    gl.compileShader(shader)
    gl.attachShader(program, shader)
  }
  gl.linkProgram(program)
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(gl.getProgramInfoLog(program) ?? 'the program did not link')
  gl.useProgram(program)
  gl.bindBuffer(gl.ARRAY_BUFFER, gl.createBuffer())
  gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-1, -1, 3, -1, -1, 3]), gl.STATIC_DRAW)
  gl.enableVertexAttribArray(0)
  gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 0, 0)
  const time = gl.getUniformLocation(program, 't')
  return (seconds) => {
    gl.clearColor(0, 0, 0, 1)
    gl.clear(gl.COLOR_BUFFER_BIT)
    gl.uniform1f(time, seconds)
    gl.drawArrays(gl.TRIANGLES, 0, 3)
  }
}
