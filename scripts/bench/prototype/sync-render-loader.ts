/**
 * PROTOTYPE measured by `npm run bench -- --variant sync-render`, not used by the site: a content loader that
 * reads the same generated .mdx pages and renders their plain-markdown bodies during content sync with the loader
 * context's `renderMarkdown`, so Vite never bundles one module per paper. Unchanged files (same digest) are
 * skipped on rebuilds. Only valid while the ingest writes bodies without JSX or ESM, which it does by design.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Loader } from "astro/loaders";
import { parse } from "yaml";

const FRONTMATTER_END = "\n---\n";

export function syncRenderLoader(base: string): Loader {
  return {
    name: "lectern-sync-render",
    load: async (context) => {
      const { store } = context;
      const names = (await readdir(base)).filter((name) => name.endsWith(".mdx"));
      const present = new Set<string>();
      for (const name of names) {
        const id = name.slice(0, -".mdx".length);
        present.add(id);
        const text = await readFile(join(base, name), "utf8");
        const digest = context.generateDigest(text);
        if (store.get(id)?.digest === digest) continue;
        const end = text.indexOf(FRONTMATTER_END, 3);
        const body = text.slice(end + FRONTMATTER_END.length);
        // The `yaml` library reads YAML 1.2, so `2024-06-04` stays the string the schema expects.
        const data = await context.parseData({ id, data: parse(text.slice(4, end + 1)) as Record<string, unknown> });
        store.set({ id, data, body, digest, filePath: join(base, name), rendered: await context.renderMarkdown(body) });
      }
      for (const id of store.keys()) if (!present.has(id)) store.delete(id);
    },
  };
}
