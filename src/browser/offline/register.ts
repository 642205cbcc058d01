/**
 * Registers the service worker written by the build at `<base>sw.js`, scoped to the base so a site under
 * `/lectern/` never claims the rest of the origin. Production only: the dev server has no `sw.js`.
 */
export const registerServiceWorker = (): void => {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch((error: unknown) => {
    console.warn("Lectern: offline support unavailable:", error);
  });
};
