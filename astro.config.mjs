// @ts-check
import { satteri } from "@astrojs/markdown-satteri";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "astro/config";
import { abstractLinks } from "./scripts/astro/abstract-links.ts";
import buildLog from "./scripts/astro/build-log.ts";
import derivedCorpus from "./scripts/astro/derived-corpus.ts";
import devSearch from "./scripts/astro/dev-search.ts";
import digestWatch from "./scripts/astro/digest-watch.ts";
import leanAssets from "./scripts/astro/lean-assets.ts";
import { notesMdx } from "./scripts/astro/notes-mdx.ts";
import offline from "./scripts/astro/offline.ts";
import pagefind from "./scripts/astro/pagefind.ts";
import siteUrl from "./scripts/astro/site-url.ts";
import reuseOutput from "./scripts/astro/reuse-output.ts";

// SITE_URL and BASE_PATH let the same repository deploy to https://user.github.io/repo/.
const site = process.env.SITE_URL ?? "http://localhost:4321";
const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  // Lets parallel builds (tests, benchmarks) keep separate caches instead of racing on one.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // The offline integration lists the Pagefind bundle in the service worker, so it must come after pagefind().
  // buildLog() comes first: it filters what every later integration logs. reuseOutput() removes the previous
  // build's leftovers when Astro is done, so it must come before the integrations that write files of their own
  // then (sitemap, service worker).
  integrations: [
    buildLog(),
    reuseOutput(),
    siteUrl(),
    derivedCorpus(),
    digestWatch(),
    leanAssets(),
    // The owner's notes (content/notes/): MDX with components and math, compiled apart from the generated pages.
    ...notesMdx(),
    devSearch(),
    sitemap({ filter: (page) => !page.endsWith("/404/") }),
    pagefind(),
    offline(),
  ],
  // Scripts stay external modules however small (Vite inlines below 4 KB by default): the shared page module is then
  // fetched once and cached for the whole site instead of repeating in every page's HTML.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  // The ingest cleans every text once (TeX dashes and quotes included); typographic rewriting of page bodies only
  // would make an abstract read differently on its page than in papers.json, the feeds and search. Links in
  // abstracts get their rel and visible host at render time (scripts/astro/abstract-links.ts).
  markdown: {
    processor: satteri({ features: { smartPunctuation: false }, hastPlugins: [abstractLinks] }),
    // Abstracts hold no code, and highlighters write inline styles that the pages' Content-Security-Policy refuses.
    syntaxHighlight: false,
  },
  // Pages whose data (the `cacheKey` from getStaticPaths: a hash of the page's view model, see src/site/view-models/)
  // and code are unchanged are copied from the previous build: adding a digest re-renders the pages it touches only.
  experimental: { incrementalBuild: true },
});
