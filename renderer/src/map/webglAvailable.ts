// Whether Cytoscape's WebGL renderer would help here: WebGL 2 on real graphics hardware. A
// software rasteriser (SwiftShader, llvmpipe — what a machine without a GPU offers) draws
// WebGL on the CPU and was far slower than the canvas renderer at 20k parties in headless
// Chromium (bench/map.bench.ts), so it counts as unavailable.
const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software/i;

export function webglAvailable(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    // Hand the probe's context back at once; browsers cap how many may be alive.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return !SOFTWARE_RENDERERS.test(renderer);
  } catch {
    return false;
  }
}
