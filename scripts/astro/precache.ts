/**
 * Which built files the service worker stores. On first visit, the core: listing pages, hashed assets and the
 * Pagefind bundle (search works offline). Paper pages, most of the weight, only when the reader asks to save
 * them. Feeds, BibTeX, data dumps and Pagefind's unused UI bundles stay network-only.
 */
import { compareCodePoints } from "../../src/lib/order";

/** Each search shard is a Pagefind bundle in its own folder, `pagefind/<shard id>/`. */
const pagefindRuntime = [
  /^pagefind\/[^/]+\/pagefind\.js$/,
  /^pagefind\/[^/]+\/pagefind-worker\.js$/,
  /^pagefind\/[^/]+\/wasm\.en\.pagefind$/,
  /^pagefind\/[^/]+\/pagefind\.[^/]+\.pf_meta$/,
  /^pagefind\/[^/]+\/(index|filter|fragment)\/[^/]+\.pf_(index|filter|fragment)$/,
];
const shardEntry = /^pagefind\/[^/]+\/pagefind-entry\.json$/;

const isPrecached = (file: string): boolean =>
  file.endsWith(".html") ||
  file.startsWith("_astro/") ||
  file === "favicon.svg" ||
  pagefindRuntime.some((pattern) => pattern.test(file));

/** `papers/x/index.html` → `papers/x/`: the URL a reader (and a link) requests, relative to the site base. */
export const urlOfFile = (file: string): string =>
  file === "index.html" ? "./" : file.endsWith("/index.html") ? file.slice(0, -"index.html".length) : file;

export interface OfflineLists {
  /** Stored at install, on the first visit. */
  core: string[];
  /** Stored on "Save for offline". */
  papers: string[];
}

const isPaperPage = (url: string): boolean => /^papers\/[^/]+\/$/.test(url);

/**
 * URLs (relative to the base) to store, from the output folder's files (posix, relative). Each shard's Pagefind
 * entry is listed with the `?ts=` tag the search client sends, so its exact request is found in the cache.
 */
export const selectPrecache = (files: readonly string[], metaCacheTag: string): OfflineLists => {
  const urls = files.filter(isPrecached).map(urlOfFile);
  for (const file of files) if (shardEntry.test(file)) urls.push(`${file}?ts=${metaCacheTag}`);
  urls.sort(compareCodePoints);
  return { core: urls.filter((url) => !isPaperPage(url)), papers: urls.filter(isPaperPage) };
};
