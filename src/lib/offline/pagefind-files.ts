/**
 * Which of Pagefind's files belong to its index (stored by the search download) rather than to its code (the shell):
 * the chunks, each shard's metadata and its copy of the WebAssembly engine. One test for the build, which sorts the
 * files into the worker's lists, and for the worker, which routes requests for them.
 */
const INDEX_FILE = /(\.pf_(index|fragment|filter|meta)|(^|\/)wasm\.[^/]+\.pagefind)$/;

/** Whether a path (or URL path) under `pagefind/` names a file of the search index. */
export const isPagefindIndexFile = (path: string): boolean => INDEX_FILE.test(path);
