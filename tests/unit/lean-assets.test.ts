/** Asset names and fonts that would otherwise cost bytes on every page or ship unread. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { clientChunkFileName, woff2Only } from "../../scripts/astro/lean-assets";

const katexCss = readFileSync(createRequire(import.meta.url).resolve("katex/dist/katex.min.css"), "utf8");

/** Each `@font-face` rule's `src` descriptor. */
function fontSources(css: string): string[] {
  return [...css.matchAll(/@font-face\{[^}]*?src:([^;}]*)/g)].map((match) => match[1] ?? "");
}

describe("client script names", () => {
  it("drop the module id Astro gives a component's script, keeping the component and the hash", () => {
    expect(clientChunkFileName("_astro", "BaseLayout.astro_astro_type_script_index_0_lang")).toBe(
      "_astro/BaseLayout.[hash].js",
    );
    expect(clientChunkFileName("assets", "SaveToggle.astro_astro_type_script_index_12_lang")).toBe(
      "assets/SaveToggle.[hash].js",
    );
  });

  it("leave a chunk that is not a component script as it is", () => {
    expect(clientChunkFileName("_astro", "format")).toBe("_astro/format.[hash].js");
    expect(clientChunkFileName("_astro", "page.astro_helpers")).toBe("_astro/page.astro_helpers.[hash].js");
  });
});

describe("KaTeX's fonts", () => {
  const lean = woff2Only(katexCss);

  it("are listed as WOFF2 only, every face keeping its source", () => {
    const before = fontSources(katexCss);
    const after = fontSources(lean);
    expect(before.length).toBeGreaterThan(0);
    expect(before.join()).toMatch(/format\("woff"\)/);
    expect(after).toHaveLength(before.length);
    for (const source of after) expect(source).toMatch(/^url\([^)]+\.woff2\) format\("woff2"\)$/);
    expect(lean).not.toMatch(/\.ttf|\.woff\)/);
  });

  it("leave every rule but the font sources byte for byte", () => {
    const withoutSources = (css: string) => css.replace(/src:[^;}]*/g, "src:");
    expect(withoutSources(lean)).toBe(withoutSources(katexCss));
  });
});
