/** What kind of WebGL this worker would get: both engines skip a software rasteriser, which is slower than their CPU paths. */

const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software/i;

/** The WebGL renderer this worker would get, or null when it has no WebGL2 at all. */
function webglRenderer(): string | null {
  if (typeof OffscreenCanvas === 'undefined') return null;
  const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
  if (!gl) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return renderer;
}

/** True when WebGL2 runs on real graphics hardware, not on a software rasteriser (SwiftShader, llvmpipe). */
export function hasHardwareWebgl(): boolean {
  const renderer = webglRenderer();
  return renderer !== null && !SOFTWARE_RENDERER.test(renderer);
}
