/**
 * Loads Pagefind's JS (and through it the wasm and index) on first use only, from `<base>pagefind/`, so pages
 * that never search pay nothing. The index version (a hash of what the index was built from, see
 * `scripts/ingest/5-write/write-derived.ts`) as `metaCacheTag` keeps a new index from mixing with an old cached one,
 * while letting the service worker serve the entry file offline.
 */
import type { Pagefind } from "./pagefind-api";

let loading: Promise<Pagefind> | undefined;

export const pagefindBundleUrl = (): string => `${import.meta.env.BASE_URL.replace(/\/?$/, "/")}pagefind/pagefind.js`;

const load = async (indexVersion: string): Promise<Pagefind> => {
  const pagefind = (await import(/* @vite-ignore */ pagefindBundleUrl())) as Pagefind;
  await pagefind.options({ metaCacheTag: indexVersion, excerptLength: 28 });
  await pagefind.init();
  return pagefind;
};

export const loadPagefind = (indexVersion: string): Promise<Pagefind> => {
  loading ??= load(indexVersion).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
};
