// Typings for cytoscape-svg (GPL-3.0, like Careweave), which ships none. Ambient (no top-level
// import) so it declares the module rather than augmenting one.
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const svg: Ext;
  export default svg;
}
