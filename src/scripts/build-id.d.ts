/** Id of the current build, defined by src/integrations/offline.ts; Pagefind's `metaCacheTag`. */
declare const __LECTERN_BUILD_ID__: string;
