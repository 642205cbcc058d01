/** Modules the project's own Vite plugins provide at build time. */
declare module "virtual:lectern/search-index" {
  /**
   * The search index the page names (see `src/schema/search-index.ts`; provided by `scripts/astro/pagefind.ts`):
   * its version and its shard ids, oldest listings first, the folders under `<base>pagefind/`. A function so that
   * the dev server reads the manifest a re-ingest has just replaced.
   */
  export function searchIndex(): { version: string; shards: string[] };
}

declare module "virtual:lectern/derived-corpus" {
  /** Absolute path of `corpus.json`, resolved from the project root Astro is given; see `scripts/astro/derived-corpus.ts`. */
  export const derivedCorpusFile: string;
}
