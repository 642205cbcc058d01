/**
 * Throwaway copies of the project that build their own digests through the real ingest and Astro build: the
 * injection spec builds one from a hostile digest, the incremental spec rebuilds one after adding a digest, the
 * locale spec builds one under several locales.
 */
import { spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, symlink } from "node:fs/promises";
import { join, resolve } from "node:path";

export const projectRoot = resolve(import.meta.dirname, "../../..");

/** Runs a command to completion; the output comes back, and with the error when it fails. */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", fail);
    child.on("close", (code) => {
      if (code === 0) done(output);
      else fail(new Error(`${command} ${args.join(" ")} failed (${String(code)}):\n${output.slice(-6000)}`));
    });
  });
}

/**
 * A copy of the project's code and configuration with an empty `content/digests/`; returns its folder, made in
 * `parent` (the e2e folder unless told otherwise).
 */
export async function createScratchProject(
  prefix: string,
  parent = resolve(process.env["LECTERN_E2E_DIR"] ?? "test-results"),
): Promise<string> {
  const workDir = await mkdtemp(join(parent, `${prefix}-`));
  for (const entry of ["src", "public", "scripts", "astro.config.mjs", "tsconfig.json", "package.json"]) {
    await cp(join(projectRoot, entry), join(workDir, entry), { recursive: true });
  }
  await symlink(join(projectRoot, "node_modules"), join(workDir, "node_modules"), "dir");
  await mkdir(join(workDir, "content", "digests"), { recursive: true });
  for (const file of await readdir(join(projectRoot, "content"))) {
    if (/\.(ya?ml|json)$/.test(file)) await cp(join(projectRoot, "content", file), join(workDir, "content", file));
  }
  return workDir;
}

export interface ScratchBuild {
  basePath: string;
  outDir: string;
  cacheDir: string;
  /** Extra environment for every step, ingest included, e.g. `LECTERN_PARALLEL_INDEX_MAX_PAPERS` or `LC_ALL`. */
  env?: NodeJS.ProcessEnv;
}

/**
 * `npm run build` of a scratch project, with folders the test controls: ingest, `astro build`, then the finishing
 * step that adds a deferred search index. Returns the log of `astro build`.
 */
export async function buildScratchSite(workDir: string, options: ScratchBuild): Promise<string> {
  const env = { BASE_PATH: options.basePath, ASTRO_CACHE_DIR: options.cacheDir, ...options.env };
  await run("npx", ["tsx", "scripts/ingest.ts", "--quiet"], workDir, options.env);
  const log = await run("npx", ["astro", "build", "--outDir", options.outDir], workDir, env);
  await run("npx", ["tsx", "scripts/finish-build.ts", "--site", options.outDir], workDir, env);
  return log;
}
