/**
 * Which built file the service worker stores when. The app shell (hashed assets, home, search and reading-list pages,
 * Pagefind's code and each shard's entry file) on the first visit; the rest of the search index and the paper
 * pages only as optional downloads; everything else (listing pages, feeds, data dumps, Pagefind's UI bundles)
 * only once a reader opens it. Pagefind files are recognised by name at any depth under `pagefind/`, so an index
 * split into sub-indexes in sub-folders is covered without knowing its layout.
 */
import type { OfflineSetName } from "../../src/lib/offline/offline-sets";
import { isPagefindIndexFile } from "../../src/lib/offline/pagefind-files";

export type OfflineRole = "shell" | OfflineSetName;

const shellPages = new Set(["index.html", "search/index.html", "library/index.html", "favicon.svg"]);
const pagefindRuntime = /(^|\/)(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json)$/;
// Each shard's metadata and its copy of the WebAssembly engine come with the index download rather than the shell
// (`isPagefindIndexFile`): together about 150 KB a shard, so 3 MB on a first visit to 20 shards at 50,000 papers.
const paperPage = /^papers\/[^/]+\/index\.html$/;
/**
 * Fonts and images among the hashed assets belong to the few pages that use them (a note's figures, the fonts of
 * KaTeX's stylesheet, which MathML output never asks for), not to the shell every first visit downloads.
 */
const pageAsset = /^_astro\/[^/]+\.(woff2?|ttf|png|jpe?g|webp|avif|gif|svg)$/;

/** The role of a built file (posix path relative to the output folder), or undefined when stored only once opened. */
export const offlineRoleOf = (file: string): OfflineRole | undefined => {
  if (pageAsset.test(file)) return undefined;
  if (shellPages.has(file) || file.startsWith("_astro/")) return "shell";
  if (file.startsWith("pagefind/")) {
    if (pagefindRuntime.test(file)) return "shell";
    if (isPagefindIndexFile(file)) return "search";
    return undefined;
  }
  return paperPage.test(file) ? "papers" : undefined;
};

/** `papers/x/index.html` → `papers/x/`: the URL a reader (and a link) requests, relative to the site base. */
export const urlOfFile = (file: string): string =>
  file === "index.html" ? "./" : file.endsWith("/index.html") ? file.slice(0, -"index.html".length) : file;
