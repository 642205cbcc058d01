/**
 * Loads Pagefind's JS (and through it the wasm and index) on first use only, from `<base>pagefind/`, so pages
 * that never search pay nothing. The build id as `metaCacheTag` keeps a new build's index from mixing with an
 * old cached one, while letting the service worker serve the entry file offline.
 */
import type { Pagefind } from "./pagefind-api";

let loading: Promise<Pagefind> | undefined;

export const pagefindBundleUrl = (): string => `${import.meta.env.BASE_URL.replace(/\/?$/, "/")}pagefind/pagefind.js`;

const load = async (): Promise<Pagefind> => {
  const pagefind = (await import(/* @vite-ignore */ pagefindBundleUrl())) as Pagefind;
  await pagefind.options({ metaCacheTag: __LECTERN_BUILD_ID__, excerptLength: 28 });
  await pagefind.init();
  return pagefind;
};

export const loadPagefind = (): Promise<Pagefind> => {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
};
