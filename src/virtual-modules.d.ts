/** Modules the project's own Vite plugins provide at build time. */
declare module "virtual:lectern/search-index-version" {
  /** See `scripts/search-index/index-version.ts`; provided by `src/integrations/pagefind.ts`. */
  export const searchIndexVersion: string;
}
