import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY, scriptHashSource } from "../../src/lib/content-security-policy";

/** The policy as the browser reads it: directive name to its sources. */
const directives = new Map(
  CONTENT_SECURITY_POLICY.split(";").map((directive) => {
    const [name = "", ...sources] = directive.trim().split(/\s+/);
    return [name, sources] as const;
  }),
);

/**
 * The sources a fetch of this kind is checked against: the directive itself or, when the policy leaves it out, the
 * one CSP Level 3 falls back to (worker-src to child-src to script-src, the others to default-src).
 */
function effectiveSources(name: string): readonly string[] | undefined {
  const fallbacks: Record<string, readonly string[]> = {
    "worker-src": ["child-src", "script-src", "default-src"],
    "child-src": ["script-src", "default-src"],
  };
  for (const candidate of [name, ...(fallbacks[name] ?? ["default-src"])]) {
    const sources = directives.get(candidate);
    if (sources) return sources;
  }
  return undefined;
}

describe("the pages' Content-Security-Policy", () => {
  it("lets scripts come from the site, Pagefind's WebAssembly compile, and one hashed inline script", () => {
    const scripts = directives.get("script-src") ?? [];
    expect(scripts.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(scripts.slice(2)).toHaveLength(1);
    expect(scripts[2]).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  });

  it("never allows inline code or eval, and names no host but the site's own", () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*|https?:/);
  });

  it("closes plugins, base rewrites, foreign forms, foreign styles and foreign workers", () => {
    expect(Object.fromEntries(directives)).toMatchObject({
      "default-src": ["'self'"],
      "img-src": ["'self'", "data:"],
      "object-src": ["'none'"],
      "base-uri": ["'self'"],
      "form-action": ["'self'"],
    });
    expect(effectiveSources("style-src")).toEqual(["'self'"]);
    expect(effectiveSources("font-src")).toEqual(["'self'"]);
    expect(effectiveSources("connect-src")).toEqual(["'self'"]);
    // A worker script is held to script-src: the site's own files, never a data: or blob: URL.
    expect(effectiveSources("worker-src")?.filter((source) => !source.startsWith("'sha256-"))).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
    ]);
  });

  it("holds only directives a <meta> policy can carry", () => {
    for (const name of ["frame-ancestors", "report-uri", "sandbox"]) expect(directives.has(name)).toBe(false);
  });

  it("hashes a script as the browser does (SHA-256 of its UTF-8 text, base64)", () => {
    // Reference value: printf '%s' 'alert("é")' | openssl dgst -sha256 -binary | base64
    expect(scriptHashSource('alert("é")')).toBe("'sha256-DF7YL+qdGcU+UwWWmo11n8Pg8R/DfH3a4vWAcEohD1g='");
  });
});
