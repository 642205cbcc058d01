/**
 * Builds the site once per run for both base paths (unless LECTERN_SKIP_BUILD=1) and serves each build on the
 * port the config reserved. Returns the teardown that stops the servers.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { portOf, siteVariants, type SiteVariant } from "./support/sites";
import { startStaticServer, type StaticServer } from "./support/static-server";

const run = (command: string, args: string[], env: NodeJS.ProcessEnv, label: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${label} failed (exit ${code}):\n${output.slice(-8000)}`));
    });
  });

const buildSite = async (site: SiteVariant): Promise<void> => {
  await rm(site.outDir, { recursive: true, force: true });
  await run(
    "npx",
    ["astro", "build", "--outDir", site.outDir],
    { BASE_PATH: site.basePath, ASTRO_CACHE_DIR: site.cacheDir },
    `astro build (BASE_PATH=${site.basePath})`,
  );
};

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (process.env["LECTERN_SKIP_BUILD"] === "1") {
    const missing = siteVariants.filter((site) => !existsSync(join(site.outDir, "index.html")));
    if (missing.length > 0) {
      throw new Error(`LECTERN_SKIP_BUILD=1 but no build in ${missing.map((site) => site.outDir).join(", ")}`);
    }
  } else {
    // Small search shards, so every search test also runs the browser's merging of several shards.
    await run("npm", ["run", "--silent", "ingest"], { LECTERN_SEARCH_SHARD_PAPERS: "100" }, "npm run ingest");
    // One after the other: two builds of one project root race on <root>/.astro/.prerender.
    for (const site of siteVariants) await buildSite(site);
  }
  const servers: StaticServer[] = await Promise.all(
    siteVariants.map((site) =>
      startStaticServer({
        root: site.outDir,
        base: site.basePath,
        port: portOf(site),
      }),
    ),
  );
  return async () => {
    await Promise.all(servers.map((server) => server.stop()));
  };
}
