/**
 * Every URL the site emits is built here, so the configured base (`BASE_PATH`, e.g. `/lectern/`) is honoured
 * in one place: pages, feeds, sitemap-adjacent data and tests all agree on the URL contract.
 */

/** The configured base with exactly one trailing slash (`/` or `/lectern/`). */
export const basePath = withTrailingSlash(import.meta.env.BASE_URL);

function withTrailingSlash(path: string): string {
  return path.endsWith("/") ? path : `${path}/`;
}

/** A site-relative path (`topics/`, `feed.xml`) joined onto the base. */
export function href(path = ""): string {
  return basePath + path.replace(/^\/+/, "");
}

/** Absolute URL of a path built by the helpers here, for feeds, canonical links and OpenGraph. */
export function absoluteUrl(pathWithBase: string, site: URL | undefined): string {
  return new URL(pathWithBase, site ?? "http://localhost:4321").toString();
}

export const paperPath = (slug: string): string => href(`papers/${slug}/`);
export const topicPath = (slug: string): string => href(`topics/${slug}/`);
export const topicFeedPath = (slug: string): string => href(`topics/${slug}/feed.xml`);
export const topicBibPath = (slug: string): string => href(`topics/${slug}.bib`);
export const digestPath = (id: string): string => href(`digests/${id}/`);
export const searchPath = (): string => href("search/");
export const notesPath = (): string => href("notes/");
export const tagsPath = (): string => href("tags/");
export const tagPath = (tag: string): string => href(`tags/${tag}/`);

/** The configured `site` as a URL, for absolute links built outside a request (in `getStaticPaths`). */
export const siteUrl: URL | undefined = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;
