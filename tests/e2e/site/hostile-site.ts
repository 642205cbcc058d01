/**
 * Builds a throwaway copy of the site from one hostile digest (HTML tags, `<script>`, `{expressions}`, `import`
 * lines in titles and abstracts), through the real ingest and Astro build, so the injection spec tests the
 * whole pipeline rather than a component in isolation.
 */
import { spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, symlink } from "node:fs/promises";
import { join, resolve } from "node:path";

const projectRoot = resolve(import.meta.dirname, "../../..");
const hostileDigest = resolve(import.meta.dirname, "hostile-digest.txt");

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", fail);
    child.on("close", (code) => {
      if (code === 0) done();
      else fail(new Error(`${command} ${args.join(" ")} failed (${String(code)}):\n${output.slice(-6000)}`));
    });
  });
}

/** Returns the folder of the built hostile site. */
export async function buildHostileSite(basePath: string): Promise<string> {
  const workDir = await mkdtemp(join(resolve(process.env["LECTERN_E2E_DIR"] ?? "test-results"), "hostile-"));
  for (const entry of ["src", "public", "scripts", "astro.config.mjs", "tsconfig.json", "package.json"]) {
    await cp(join(projectRoot, entry), join(workDir, entry), { recursive: true });
  }
  await symlink(join(projectRoot, "node_modules"), join(workDir, "node_modules"), "dir");
  await mkdir(join(workDir, "content", "digests"), { recursive: true });
  for (const file of await readdir(join(projectRoot, "content"))) {
    if (/\.(ya?ml|json)$/.test(file)) await cp(join(projectRoot, "content", file), join(workDir, "content", file));
  }
  await cp(hostileDigest, join(workDir, "content", "digests", "000_hostile.txt"));
  await run("npx", ["tsx", "scripts/ingest.ts", "--quiet"], workDir, {});
  const outDir = join(workDir, "dist");
  await run("npx", ["astro", "build", "--outDir", outDir], workDir, {
    BASE_PATH: basePath,
    ASTRO_CACHE_DIR: join(workDir, "cache"),
  });
  return outDir;
}
