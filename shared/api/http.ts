// The browser-mode wire format: POST /api/<method> with a JSON body and the per-run token in
// a header; the answer is always an ApiEnvelope as JSON.
export const HTTP_API_PREFIX = '/api/';
export const HTTP_TOKEN_HEADER = 'x-careweave-token';
// The token reaches the page in the URL the server prints (…/?token=…), is kept in
// sessionStorage under this key and removed from the address bar.
export const HTTP_TOKEN_QUERY = 'token';
// Sized for the largest request the contract allows: undoing a large delete sends every party and
// relationship it removed (up to 20,000 and 200,000, about 250 bytes each as JSON).
export const HTTP_MAX_BODY_BYTES = 100 * 1024 * 1024;
