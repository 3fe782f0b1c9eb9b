// Which GraphML keys hold a drawing rather than values. yEd desktop marks them with
// yfiles.type ("nodegraphics", "edgegraphics", "resources", port keys); yFiles for HTML and yEd
// Live give every key a y:attr.uri instead (…/NodeLabels, …/NodeGeometry, …/UserTags, styles,
// view states, z-order). Names, positions and user data are read out of some of them; the rest
// only describe the look and are left out.

export type DrawingRole =
  /** yEd desktop's y:ShapeNode and kin: labels and a Geometry box. */
  | 'yed-node'
  /** yEd desktop's y:PolyLineEdge and kin: labels. */
  | 'yed-edge'
  /** yFiles for HTML: a list of y:Label elements (their Text is the name). */
  | 'labels'
  /** yFiles for HTML: a y:RectD box, top-left corner and size. */
  | 'geometry'
  /** yFiles for HTML: the element's tag, the properties yEd Live's data panel edits (y:Json). */
  | 'user-data'
  /** Only the look: styles, folding state, z-order, ports, shared resources. */
  | 'look';

const URI_ROLES: Record<string, DrawingRole> = {
  nodelabels: 'labels',
  edgelabels: 'labels',
  nodegeometry: 'geometry',
  usertags: 'user-data',
};

export function drawingRole(yfilesType: string | null, uri: string | null): DrawingRole | null {
  if (yfilesType !== null) {
    if (yfilesType === 'nodegraphics') return 'yed-node';
    if (yfilesType === 'edgegraphics') return 'yed-edge';
    return 'look';
  }
  if (uri === null || !/yworks\.com/i.test(uri)) return null;
  const last = uri.replace(/\/+$/, '').split('/').pop() ?? '';
  return URI_ROLES[last.toLowerCase()] ?? 'look';
}
