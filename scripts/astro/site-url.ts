/**
 * Warns, in one line, when a build has no `SITE_URL`: every absolute URL (feeds, canonical links, `papers.json`'s
 * `site`, BibTeX `url`) then points at the local default, which no reader can open. The Pages workflow fails
 * outright without it.
 */
import type { AstroIntegration } from "astro";

export default function siteUrl(): AstroIntegration {
  return {
    name: "lectern:site-url",
    hooks: {
      "astro:config:setup": ({ command, config, logger }) => {
        if (command !== "build" || process.env["SITE_URL"]) return;
        logger.warn(
          `SITE_URL is not set: feeds, canonical links, papers.json and BibTeX point at ${config.site ?? "localhost"}; ` +
            "set SITE_URL (e.g. https://you.github.io) when building for a deploy",
        );
      },
    },
  };
}
