/** Modules the project's own Vite plugins provide at build time. */
declare module "virtual:lectern/search-index" {
  /** See `src/schema/search-index.ts`; provided by `scripts/astro/pagefind.ts`. */
  export const searchIndexVersion: string;
  /** Shard ids, oldest listings first: the folders under `<base>pagefind/`. */
  export const searchIndexShards: string[];
}

declare module "virtual:lectern/derived-corpus" {
  /** Absolute path of `corpus.json`, resolved from the project root Astro is given; see `scripts/astro/derived-corpus.ts`. */
  export const derivedCorpusFile: string;
}
