/** `scripts/run-bundled.mjs`: runs a TypeScript entry from a cached bundle, rebuilt when an input changes. */
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const work = mkdtempSync(path.join(tmpdir(), "lectern-bundled-"));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function run(cwd: string, args: readonly string[]): { status: number | null; stdout: string } {
  const result = spawnSync(process.execPath, args, { cwd, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout };
}

describe("run-bundled", () => {
  it("runs the ingest as `npm run ingest` does, passing arguments and the exit code through", () => {
    const script = (
      JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: { ingest: string } }
    ).scripts.ingest;
    const [program, ...args] = script.split(" ");
    expect(program).toBe("node");
    const help = run(ROOT, [...args, "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("--digests DIR");
    expect(run(ROOT, [...args, "--bogus"]).status).toBe(2);
  });

  it("rebuilds the bundle when a module it imports changes", () => {
    const project = path.join(work, "project");
    mkdirSync(path.join(project, "scripts"), { recursive: true });
    copyFileSync(path.join(ROOT, "scripts/run-bundled.mjs"), path.join(project, "scripts/run-bundled.mjs"));
    // Only esbuild is shared: the bundle cache under node_modules/.cache stays in this project.
    mkdirSync(path.join(project, "node_modules"));
    symlinkSync(path.join(ROOT, "node_modules/esbuild"), path.join(project, "node_modules/esbuild"));
    const bundle = path.join(project, "node_modules/.cache/lectern-bundles/scripts_entry.ts.mjs");
    writeFileSync(
      path.join(project, "scripts/entry.ts"),
      'import { word } from "./word";\nconsole.log(word, process.argv.slice(2).join(","));\n',
    );
    const say = (word: string): void => {
      writeFileSync(path.join(project, "scripts/word.ts"), `export const word: string = ${JSON.stringify(word)};\n`);
    };
    say("first");
    const launcher = ["scripts/run-bundled.mjs", "scripts/entry.ts", "a", "b"];
    expect(run(project, launcher).stdout).toBe("first a,b\n");
    const built = statSync(bundle).mtimeMs;
    expect(run(project, launcher).stdout).toBe("first a,b\n");
    expect(statSync(bundle).mtimeMs).toBe(built);
    say("second");
    expect(run(project, launcher).stdout).toBe("second a,b\n");
  });
});
