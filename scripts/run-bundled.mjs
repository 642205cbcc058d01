/**
 * Runs a TypeScript entry point from an esbuild bundle cached in node_modules/.cache: one prebuilt file starts in
 * a fraction of the CPU time tsx spends resolving and transpiling each of the hundreds of modules behind the
 * ingest, and the bundle is rebuilt only when the content of one of its inputs (or of this file) changed.
 *
 * Usage: node scripts/run-bundled.mjs ENTRY.ts [ARGS...] — the entry sees ARGS as `process.argv.slice(2)`.
 * Only for entry points that do not locate files relative to their own module: in the bundle, `import.meta`
 * describes the bundle.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "..");
const self = path.relative(root, import.meta.filename);
const [entryArgument, ...args] = process.argv.slice(2);
if (entryArgument === undefined) {
  process.stderr.write("usage: node scripts/run-bundled.mjs ENTRY.ts [ARGS...]\n");
  process.exit(2);
}
const entry = path.resolve(entryArgument);
const cacheDir = path.join(root, "node_modules/.cache/lectern-bundles");
const name = path.relative(root, entry).replace(/[^\w.-]+/g, "_");
const bundleFile = path.join(cacheDir, `${name}.mjs`);
const manifestFile = path.join(cacheDir, `${name}.inputs.json`);

/** @param {string} file path relative to the project root */
function contentHash(file) {
  return createHash("sha1")
    .update(readFileSync(path.join(root, file)))
    .digest("hex");
}

/** The bundle is current when every input it was built from (and this launcher) still has the same content. */
function isCurrent() {
  try {
    /** @type {Record<string, string>} */
    const inputs = JSON.parse(readFileSync(manifestFile, "utf8"));
    return inputs[self] !== undefined && Object.entries(inputs).every(([file, hash]) => contentHash(file) === hash);
  } catch {
    return false;
  }
}

/** Written under a temporary name and renamed, so a concurrent run never loads half a bundle. */
function writeAtomically(file, content) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}

async function build() {
  const esbuild = await import("esbuild");
  try {
    const result = await esbuild.build({
      entryPoints: [entry],
      absWorkingDir: root,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node22",
      outfile: bundleFile,
      write: false,
      metafile: true,
      logLevel: "warning",
      // Bundled CommonJS packages (yaml, for one) `require` Node built-ins, which ESM output has no `require` for.
      banner: { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' },
    });
    const inputs = { [self]: contentHash(self) };
    for (const file of Object.keys(result.metafile.inputs)) inputs[file] = contentHash(file);
    mkdirSync(cacheDir, { recursive: true });
    for (const output of result.outputFiles) writeAtomically(output.path, output.contents);
    writeAtomically(manifestFile, `${JSON.stringify(inputs)}\n`);
  } finally {
    // Waits for esbuild's service process to exit, so its CPU time is accounted to this run.
    await esbuild.stop();
  }
}

if (!isCurrent()) await build();
process.argv = [process.argv[0] ?? "node", entry, ...args];
await import(pathToFileURL(bundleFile).href);
