/** `/topics/<slug>.bib`: BibTeX of every paper in one topic, newest first, ready for a reference manager. */
import type { APIRoute, GetStaticPaths } from "astro";
import { bibtexEntry } from "../../lib/cite/bibtex";
import { absoluteUrl, paperPath } from "../../lib/paths";
import { loadCorpus } from "../../lib/corpus";
import { topicStaticPaths } from "../../lib/site/topic-paths";

export const getStaticPaths = topicStaticPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { topicBySlug } = await loadCorpus();
  const papers = topicBySlug.get(params.slug ?? "")?.papers ?? [];
  const entries = papers.map((paper) => bibtexEntry(paper.data, absoluteUrl(paperPath(paper.data.slug), site)));
  return new Response(`${entries.join("\n\n")}\n`, {
    headers: { "Content-Type": "application/x-bibtex; charset=utf-8" },
  });
};
