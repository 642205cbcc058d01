/** `/topics/<slug>.bib`: BibTeX of every paper in one topic, newest first, ready for a reference manager. */
import type { APIRoute, GetStaticPaths } from "astro";
import { bibtexEntry } from "../../lib/cite/bibtex";
import { absoluteUrl, paperPath } from "../../lib/paths";
import { getSiteCorpus } from "../../lib/site/load";

export const getStaticPaths = (async () => {
  const { topics } = await getSiteCorpus();
  return topics.map((topic) => ({ params: { slug: topic.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { papers } = await getSiteCorpus();
  const slug = params.slug ?? "";
  const entries = papers
    .filter((paper) => paper.topics.includes(slug))
    .map((paper) => bibtexEntry(paper.data, absoluteUrl(paperPath(paper.data.slug), site)));
  return new Response(`${entries.join("\n\n")}\n`, {
    headers: { "Content-Type": "application/x-bibtex; charset=utf-8" },
  });
};
