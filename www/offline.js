// Registers the service worker that keeps the pages, the glue and the wasm for offline use.
// Only from the page's own origin; a portal that cannot run one relies on HTTP caching instead.
export function registerOffline() {
  if ('serviceWorker' in navigator && location.protocol !== 'file:') {
    navigator.serviceWorker.register('./sw.js').catch(() => {});
  }
}
