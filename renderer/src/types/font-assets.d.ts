// Vite's `?inline` import of a font file: the file as a base64 data URL, bundled with the code
// that imports it (the PDF export, loaded on first use).
declare module '*.ttf?inline' {
  const dataUrl: string;
  export default dataUrl;
}
