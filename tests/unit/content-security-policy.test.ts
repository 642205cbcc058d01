import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY, scriptHashSource } from "../../src/lib/content-security-policy";

/** The policy as the browser reads it: directive name to its sources. */
const directives = new Map(
  CONTENT_SECURITY_POLICY.split(";").map((directive) => {
    const [name = "", ...sources] = directive.trim().split(/\s+/);
    return [name, sources] as const;
  }),
);

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

  it("closes plugins, base rewrites, foreign forms and foreign workers", () => {
    expect(Object.fromEntries(directives)).toMatchObject({
      "default-src": ["'self'"],
      "style-src": ["'self'"],
      "img-src": ["'self'", "data:"],
      "worker-src": ["'self'"],
      "object-src": ["'none'"],
      "base-uri": ["'self'"],
      "form-action": ["'self'"],
    });
  });

  it("holds only directives a <meta> policy can carry", () => {
    for (const name of ["frame-ancestors", "report-uri", "sandbox"]) expect(directives.has(name)).toBe(false);
  });

  it("hashes a script as the browser does (SHA-256 of its UTF-8 text, base64)", () => {
    // Reference value: printf '%s' 'alert("é")' | openssl dgst -sha256 -binary | base64
    expect(scriptHashSource('alert("é")')).toBe("'sha256-DF7YL+qdGcU+UwWWmo11n8Pg8R/DfH3a4vWAcEohD1g='");
  });
});
