/**
 * The project's own `npm run build`, split at `&&` into stages so each can be measured: `npm run X` segments are
 * expanded from package.json, the ingest gets the CLI flags of issue 2 plus `--report`, anything else runs as the
 * build script would run it (sh, node_modules/.bin first on PATH, so `node` is the project's Node 22).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { StageCommand } from "./run-stage";

export interface PipelineOptions {
  projectDir: string;
  /** Folder for logs, reports and profiles of this round. */
  outDir: string;
  round: string;
  /** When set, `astro build` writes V8 CPU profiles here. */
  cpuProfileDir?: string;
}

const NPM_RUN = /^npm run ([\w:-]+)$/;

function buildSegments(scripts: Record<string, string>, script: string): string[] {
  return (scripts[script] ?? "")
    .split("&&")
    .map((segment) => segment.trim())
    .filter(Boolean)
    .flatMap((segment) => {
      const nested = NPM_RUN.exec(segment)?.[1];
      return nested !== undefined && nested !== "ingest" ? buildSegments(scripts, nested) : [segment];
    });
}

export function pipelineEnv(projectDir: string): NodeJS.ProcessEnv {
  return {
    PATH: `${join(projectDir, "node_modules/.bin")}:${process.env["PATH"] ?? ""}`,
    ASTRO_TELEMETRY_DISABLED: "1",
  };
}

function shellQuote(word: string): string {
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

export function buildStages(options: PipelineOptions): StageCommand[] {
  const { projectDir, outDir, round } = options;
  const scripts = (
    JSON.parse(readFileSync(join(projectDir, "package.json"), "utf8")) as { scripts: Record<string, string> }
  ).scripts;
  const env = pipelineEnv(projectDir);
  const segments = buildSegments(scripts, "build");
  const addPagefind = !segments.some((segment) => segment.includes("pagefind"));
  if (addPagefind) segments.push("pagefind --site dist");
  return segments.map((segment): StageCommand => {
    const name = segment === "npm run ingest" ? "ingest" : segment.split(" ").slice(0, 2).join(" ");
    const common = {
      name,
      cwd: projectDir,
      watchDir: projectDir,
      logFile: join(outDir, `${round}-${name.replace(/\W+/g, "-")}.log`),
    };
    if (segment === "npm run ingest")
      return ingestStage(options, scripts["ingest"] ?? "", "content/digests", "content/papers");
    const profiling = options.cpuProfileDir !== undefined && segment.startsWith("astro build");
    const profileEnv = profiling ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${options.cpuProfileDir}` } : {};
    // A Pagefind step the bench adds is skipped when an Astro integration already indexed the site.
    const skip =
      addPagefind && segment.startsWith("pagefind") ? { unlessExists: join(projectDir, "dist/pagefind") } : {};
    return { ...common, command: "sh", args: ["-c", segment], env: { ...env, ...profileEnv }, ...skip };
  });
}

/**
 * The ingest script as npm would run it, flags appended (the report and the CPU timings), without npm's own
 * start-up in the figures.
 */
export function ingestStage(
  options: Pick<PipelineOptions, "projectDir" | "outDir" | "round">,
  ingestScript: string,
  digests: string,
  out: string,
): StageCommand {
  const { projectDir, outDir, round } = options;
  const name = "ingest";
  const flags = [
    "--digests",
    digests,
    "--out",
    out,
    "--report",
    join(outDir, `${round}-ingest-report.json`),
    "--timings",
    ingestTimingsFile(outDir, round),
  ];
  return {
    name,
    cwd: projectDir,
    watchDir: projectDir,
    logFile: join(outDir, `${round}-${name}.log`),
    command: "sh",
    args: ["-c", [ingestScript, ...flags.map(shellQuote)].join(" ")],
    env: pipelineEnv(projectDir),
  };
}

export const ingestTimingsFile = (outDir: string, round: string): string =>
  join(outDir, `${round}-ingest-timings.json`);

export function ingestScriptOf(projectDir: string): string {
  const { scripts } = JSON.parse(readFileSync(join(projectDir, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  };
  return scripts["ingest"] ?? "";
}
