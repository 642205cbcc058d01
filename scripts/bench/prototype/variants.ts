/**
 * Build variants the bench can measure in its throwaway copy: `mdx` is the project as it is; `sync-render`
 * swaps the papers collection's loader for the prototype, leaving everything else as the project defines it.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";

export const VARIANTS = ["mdx", "sync-render"] as const;
export type Variant = (typeof VARIANTS)[number];

const SYNC_RENDER_CONFIG = `import { defineCollection } from "astro:content";
import { file } from "astro/loaders";
import { syncRenderLoader } from "../scripts/bench/prototype/sync-render-loader";
import { digestSchema, paperSchema } from "./schema/paper";

const papers = defineCollection({ loader: syncRenderLoader("./content/papers"), schema: paperSchema });
const digests = defineCollection({ loader: file("./content/papers/digests.json"), schema: digestSchema });

export const collections = { papers, digests };
`;

export function applyVariant(projectDir: string, variant: Variant): void {
  if (variant === "sync-render") writeFileSync(join(projectDir, "src/content.config.ts"), SYNC_RENDER_CONFIG);
}
