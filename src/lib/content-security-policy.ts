/**
 * The Content-Security-Policy every page carries as a `<meta>`: GitHub Pages cannot send headers, and if an
 * escaping bug ever let markup through, no injected script, plugin or form could act on it. Every script the site
 * runs is an external same-origin module except the no-flash theme line, which is allowed by its hash alone, so the
 * policy needs no `'unsafe-inline'` and no `'unsafe-eval'`. The README's "Security" section says why each source is
 * here. Written by hand rather than by Astro's `security.csp`, which also lists hashes of scripts it never emits here.
 */
import { createHash } from "node:crypto";

/** The one inline script: it runs before first paint so a stored theme choice applies without a flash. */
export const APPLY_STORED_THEME =
  'try{const t=localStorage.getItem("lectern-theme");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch{}';

/** The CSP source that allows exactly `script` inline: `'sha256-` and the base64 digest of its text. */
export function scriptHashSource(script: string): string {
  return `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`;
}

/** Each directive with its sources, in the order the meta lists them. */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, ...string[]]> = [
  // Fetches (search index, offline file lists), fonts, manifests and anything not named below: this site only.
  ["default-src", "'self'"],
  // Pagefind compiles its WebAssembly search engine in the page: that needs 'wasm-unsafe-eval', not 'unsafe-eval'.
  ["script-src", "'self'", "'wasm-unsafe-eval'", scriptHashSource(APPLY_STORED_THEME)],
  // Styles (one external stylesheet; no `style` attributes or blocks anywhere) fall back to default-src, and the
  // service worker to script-src: both are the site's own, and a directive written out would repeat in every page.
  ["img-src", "'self'", "data:"],
  ["object-src", "'none'"],
  ["base-uri", "'self'"],
  ["form-action", "'self'"],
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map((directive) => directive.join(" ")).join("; ");
