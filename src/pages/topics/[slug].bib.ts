/** `/topics/<slug>.bib`: BibTeX of a topic's newest papers, ready for a reference manager. */
import type { APIRoute, GetStaticPaths } from "astro";
import { loadCorpus } from "../../site/corpus";
import { siteUrl } from "../../site/paths";
import { topicBibliographyPaths, type BibliographyView } from "../../site/view-models/bibliography";

export const getStaticPaths = (async () =>
  topicBibliographyPaths(await loadCorpus(), siteUrl)) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: BibliographyView }> = ({ props }) =>
  new Response(`${props.view.entries.join("\n\n")}\n`, {
    headers: { "Content-Type": "application/x-bibtex; charset=utf-8" },
  });
