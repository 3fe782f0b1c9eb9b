// The page's Content Security Policy, sent as a header by both transports: the desktop app's
// careweave:// protocol and browser mode's HTTP server. The same policy is in index.html as a
// meta tag for the first paint, but only a header can carry frame-ancestors.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Cytoscape and React set inline style attributes; no inline scripts are allowed.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
