/**
 * What a built site weighs, by route type: bytes and files of paper, topic, digest, timeline and home routes, the
 * search index and everything else; the spread of paper page sizes; the largest listing page; and how many pages
 * carry inline script beyond the one no-flash theme line.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { compareCodePoints } from "../../src/lib/order";

export const ROUTE_TYPES = ["paper", "topic", "digest", "timeline", "home", "search index", "other"] as const;
export type RouteType = (typeof ROUTE_TYPES)[number];

export interface RouteTypeSize {
  type: RouteType;
  bytes: number;
  files: number;
  /** Bytes by kind of file (`html`, `bib`, `xml`, ...), largest first: a topic's pages, BibTeX and feeds apart. */
  byExtension: { extension: string; bytes: number }[];
}

export interface DistSize {
  totalBytes: number;
  totalFiles: number;
  byType: RouteTypeSize[];
  /** Uncompressed HTML of the paper pages. */
  paperPages: { count: number; medianBytes: number; p95Bytes: number; maxBytes: number; largest: string };
  /** The largest HTML page among topic, digest, timeline and home routes. */
  largestListing: { page: string; bytes: number; type: RouteType } | undefined;
  /** HTML pages with more than one inline executable script (the theme line is the one allowed). */
  pagesWithExtraInlineScript: string[];
}

const LISTING_TYPES: ReadonlySet<RouteType> = new Set(["topic", "digest", "timeline", "home"]);
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)(?![^>]*type="?application\/(?:ld\+)?json)[^>]*>/g;

/** The route type of a file, from its path inside `dist/` (forward slashes). */
export function routeTypeOf(path: string): RouteType {
  if (path === "index.html") return "home";
  const [first] = path.split("/");
  switch (first) {
    case "papers":
      return "paper";
    case "topics":
      return "topic";
    case "digests":
      return "digest";
    case "timeline":
      return "timeline";
    case "pagefind":
      return "search index";
    default:
      return "other";
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The file's extension without its dot, or the whole name's lack of one as `""`. */
const extensionOf = (path: string): string => /\.([^./]+)$/.exec(path)?.[1] ?? "";

const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

export function distSize(distDir: string): DistSize {
  const totals = new Map<RouteType, Omit<RouteTypeSize, "byExtension">>(
    ROUTE_TYPES.map((type) => [type, { type, bytes: 0, files: 0 }]),
  );
  const extensionBytes = new Map<RouteType, Map<string, number>>(ROUTE_TYPES.map((type) => [type, new Map()]));
  const paperSizes: { path: string; bytes: number }[] = [];
  let largestListing: DistSize["largestListing"];
  const pagesWithExtraInlineScript: string[] = [];
  const files = filesUnder(distDir)
    .map((file) => relative(distDir, file).split(sep).join("/"))
    .sort(compareCodePoints);
  for (const path of files) {
    const bytes = statSync(join(distDir, path)).size;
    const type = routeTypeOf(path);
    const total = totals.get(type);
    if (total) {
      total.bytes += bytes;
      total.files += 1;
    }
    const extensions = extensionBytes.get(type);
    extensions?.set(extensionOf(path), (extensions.get(extensionOf(path)) ?? 0) + bytes);
    if (!path.endsWith(".html")) continue;
    if (type === "paper") paperSizes.push({ path, bytes });
    if (LISTING_TYPES.has(type) && bytes > (largestListing?.bytes ?? -1)) largestListing = { page: path, bytes, type };
    const inlineScripts = readFileSync(join(distDir, path), "utf8").match(INLINE_SCRIPT)?.length ?? 0;
    if (inlineScripts > 1) pagesWithExtraInlineScript.push(path);
  }
  const sorted = paperSizes.map((page) => page.bytes).sort((a, b) => a - b);
  const largest = paperSizes.reduce<{ path: string; bytes: number } | undefined>(
    (max, page) => (max === undefined || page.bytes > max.bytes ? page : max),
    undefined,
  );
  const byType = [...totals.values()].map((total): RouteTypeSize => ({
    ...total,
    byExtension: [...(extensionBytes.get(total.type) ?? [])]
      .map(([extension, bytes]) => ({ extension, bytes }))
      .sort((a, b) => b.bytes - a.bytes || compareCodePoints(a.extension, b.extension)),
  }));
  return {
    totalBytes: byType.reduce((sum, type) => sum + type.bytes, 0),
    totalFiles: byType.reduce((sum, type) => sum + type.files, 0),
    byType,
    paperPages: {
      count: sorted.length,
      medianBytes: quantile(sorted, 0.5),
      p95Bytes: quantile(sorted, 0.95),
      maxBytes: sorted.at(-1) ?? 0,
      largest: largest?.path ?? "",
    },
    largestListing,
    pagesWithExtraInlineScript,
  };
}
