/**
 * Bytes that would repeat in every page or ship without a reader who needs them.
 *
 * - Client scripts are named after their component (`BaseLayout.<hash>.js`) instead of Astro's module id
 *   (`BaseLayout.astro_astro_type_script_index_0_lang.<hash>.js`): every page names its page module, so the id's
 *   forty characters would be paid once per page.
 * - KaTeX's stylesheet lists each font as WOFF2, WOFF and TrueType; every browser that lays out MathML reads
 *   WOFF2, so the other two formats are never fetched and are left out of the site.
 */
import type { AstroIntegration } from "astro";
import type { Plugin } from "vite";

/** What Astro appends to the name of a script written inside a `.astro` component. */
const ASTRO_SCRIPT_SUFFIX = /\.astro_astro_type_script_index_\d+_lang$/;

/** A client chunk's file name: its component's name and content hash, in Astro's assets folder. */
export function clientChunkFileName(assetsDir: string, chunkName: string): string {
  return `${assetsDir}/${chunkName.replace(ASTRO_SCRIPT_SUFFIX, "")}.[hash].js`;
}

/** A `src:` entry of an `@font-face` rule in a format other than WOFF2, with its leading comma. */
const LEGACY_FONT_SOURCE = /,\s*url\([^)]*\)\s*format\(["'](?:woff|truetype)["']\)/g;

/** KaTeX's stylesheet with its fonts' WOFF2 sources only. */
export function woff2Only(css: string): string {
  return css.replace(LEGACY_FONT_SOURCE, "");
}

function katexWoff2Only(): Plugin {
  return {
    name: "lectern:katex-woff2-only",
    enforce: "pre",
    transform(code, id) {
      if (!/[\\/]katex[\\/]dist[\\/]katex(?:\.min)?\.css(?:\?|$)/.test(id)) return undefined;
      return { code: woff2Only(code), map: null };
    },
  };
}

export default function leanAssets(): AstroIntegration {
  return {
    name: "lectern:lean-assets",
    hooks: {
      "astro:config:setup": ({ config, updateConfig }) => {
        const fileName = (chunk: { name: string }) => clientChunkFileName(config.build.assets, chunk.name);
        updateConfig({
          vite: {
            plugins: [katexWoff2Only()],
            environments: {
              client: {
                build: { rolldownOptions: { output: { entryFileNames: fileName, chunkFileNames: fileName } } },
              },
            },
          },
        });
      },
    },
  };
}
