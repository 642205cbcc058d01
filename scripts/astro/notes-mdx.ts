/**
 * How the owner's notes are compiled: `@astrojs/mdx` with its own unified processor (the generated paper pages
 * keep Astro's Markdown processor, see `src/loaders/paper-pages.ts`) and math through remark-math and
 * rehype-katex; the pages of notes with math link KaTeX's stylesheet (`src/components/notes/NoteBody.astro`).
 *
 * KaTeX writes MathML only: its HTML rendering positions glyphs with `style` attributes, which the pages'
 * Content-Security-Policy (styles from the site only) refuses, while MathML is laid out by the browser itself.
 */
import { unified } from "@astrojs/markdown-remark";
import mdx from "@astrojs/mdx";
import type { AstroIntegration } from "astro";
import type { UserConfig } from "vite";
import rehypeKatex from "rehype-katex";
import remarkMath from "remark-math";

type OnLog = NonNullable<NonNullable<NonNullable<UserConfig["build"]>["rolldownOptions"]>["onLog"]>;

const onLog: OnLog = (level, log, handler) => {
  if (log.code === "MODULE_LEVEL_DIRECTIVE" && log.message.includes("astro:head-inject")) return;
  handler(level, log);
};

/**
 * Astro marks each MDX module's propagated-assets part with a `"use astro:head-inject"` directive that only Astro
 * reads; the bundler warns, once per note and build, that it may not keep it. Astro does not need it kept there.
 */
const quietHeadInject: AstroIntegration = {
  name: "lectern:notes-quiet-head-inject",
  hooks: {
    "astro:config:setup": ({ updateConfig }) => {
      updateConfig({
        vite: {
          build: {
            rolldownOptions: { onLog },
          },
        },
      });
    },
  },
};

export function notesMdx(): AstroIntegration[] {
  const compiler = mdx({
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [[rehypeKatex, { output: "mathml" }]],
      // As for abstracts: the owner's punctuation is kept as written.
      smartypants: false,
    }),
  });
  return [compiler, quietHeadInject];
}
