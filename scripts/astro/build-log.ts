/**
 * Keeps `astro build` short. Astro prints a line per route (hundreds) and a dozen progress lines, which pushed the
 * ingest summary off the screen. Unless `LECTERN_VERBOSE=1`, only warnings and errors pass, and the build adds one
 * line: routes rendered and reused from the previous build. Every integration's logger shares Astro's log options,
 * so wrapping their destination here filters the output of the whole build, Vite's included.
 */
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import { isVerbose } from "../lib/verbose";

type Destination = AstroIntegrationLogger["options"]["destination"];
type LogEvent = Parameters<Destination["write"]>[0];

/** Astro's line for one route (`├─ /papers/x/index.html`), written before its timing or reuse mark. */
const isRouteLine = (event: LogEvent): boolean => event.label === null && /[├└]─/.test(event.message);
/** The mark Astro appends to a route it copied from its incremental cache instead of rendering. */
const isReuseMark = (event: LogEvent): boolean =>
  event.label === "SKIP_FORMAT" && /\((?:restored|cached)\)/.test(event.message);

export interface RouteCounts {
  routes: number;
  reused: number;
}

export function routeSummary({ routes, reused }: RouteCounts): string {
  return `${routes} pages and files: ${routes - reused} rendered, ${reused} reused from the previous build`;
}

export default function buildLog(): AstroIntegration {
  const counts: RouteCounts = { routes: 0, reused: 0 };
  let shown: Destination | undefined;
  return {
    name: "lectern:build-log",
    hooks: {
      "astro:config:setup": ({ command, logger }) => {
        if (command !== "build") return;
        const inner = logger.options.destination;
        const verbose = isVerbose(process.env);
        shown = inner;
        logger.options.destination = {
          write: (event) => {
            if (isRouteLine(event)) counts.routes += 1;
            else if (isReuseMark(event)) counts.reused += 1;
            if (verbose || event.level === "warn" || event.level === "error") inner.write(event);
          },
          ...(inner.flush ? { flush: inner.flush.bind(inner) } : {}),
          ...(inner.close ? { close: inner.close.bind(inner) } : {}),
        };
      },
      "astro:build:done": () => {
        shown?.write({ label: "build", level: "info", message: routeSummary(counts), newLine: true });
      },
    },
  };
}
