/**
 * The Pages workflow's daily update: off by default, one line to turn it on, and once on, fetch → test → build →
 * deploy, with the test job still gating the deploy and a run that fetched nothing new stopping after the fetch.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseCli } from "../../scripts/fetch/cli";

const WORKFLOW = readFileSync(path.resolve(import.meta.dirname, "../../.github/workflows/pages.yml"), "utf8");

interface Job {
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string>;
  steps: Array<{ run?: string; uses?: string; with?: Record<string, unknown> }>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const SWITCH = /^ {2}# (schedule: .+)$/m;

function needs(job: Job | undefined): string[] {
  const value = job?.needs ?? [];
  return typeof value === "string" ? [value] : value;
}

describe("the Pages workflow", () => {
  const workflow = parse(WORKFLOW) as Workflow;

  it("has no schedule by default", () => {
    expect(Object.keys(workflow.on).sort()).toEqual(["pull_request", "push", "workflow_dispatch"]);
  });

  it("turns the daily run on by uncommenting one line", () => {
    const line = SWITCH.exec(WORKFLOW);
    expect(line, "a commented `schedule:` line under `on:`").not.toBeNull();
    const turnedOn = parse(WORKFLOW.replace(SWITCH, "  $1")) as Workflow;
    const schedule = turnedOn.on["schedule"] as Array<{ cron: string }>;
    expect(schedule).toHaveLength(1);
    expect(schedule[0]?.cron.split(" ")).toHaveLength(5);
    expect(turnedOn.jobs).toEqual(workflow.jobs);
  });

  it("runs fetch, then test, then build, then deploy", () => {
    const { jobs } = workflow;
    expect(needs(jobs["fetch"])).toEqual([]);
    expect(needs(jobs["test"])).toEqual(["fetch"]);
    expect(needs(jobs["build"])).toContain("test");
    expect(needs(jobs["deploy"])).toEqual(["build"]);
    expect(jobs["fetch"]?.if).toContain("github.event_name == 'schedule'");
    // Pushes and pull requests skip the fetch; their tests must still run, and a failed test must stop the deploy.
    expect(jobs["test"]?.if).toContain("needs.fetch.result == 'skipped'");
    expect(jobs["test"]?.if).toContain("needs.fetch.outputs.changed == 'true'");
    expect(jobs["build"]?.if).toContain("needs.test.result == 'success'");
    expect(jobs["deploy"]?.if).toContain("needs.build.result == 'success'");
    expect(jobs["test"]?.steps.some((step) => step.run === "npm test")).toBe(true);
  });

  it("fetches yesterday's Hugging Face papers, commits only what is new, and only the fetch may write", () => {
    const fetch = workflow.jobs["fetch"];
    const command = fetch?.steps.find((step) => step.run?.startsWith("npm run fetch"))?.run ?? "";
    expect(command).toBe('npm run fetch -- hf --date "$(date -u -d yesterday +%F)"');
    const argv = command.replace('"$(date -u -d yesterday +%F)"', "2026-08-21").split(" ").slice(4);
    expect(parseCli(argv, "2026-08-22")).toMatchObject({
      kind: "run",
      command: { source: "hf", days: ["2026-08-21"] },
    });
    const commit = fetch?.steps.find((step) => step.run?.includes("git commit"))?.run ?? "";
    expect(commit).toContain("git add content/digests");
    expect(commit).toContain("git diff --cached --quiet");
    expect(commit.indexOf("git diff --cached --quiet")).toBeLessThan(commit.indexOf("git commit"));
    expect(fetch?.permissions).toEqual({ contents: "write" });
    expect(workflow.permissions["contents"]).toBe("read");
    for (const name of ["test", "build"])
      expect(workflow.jobs[name]?.steps[0]?.with?.["ref"]).toBe("${{ needs.fetch.outputs.sha || github.sha }}");
  });
});
