/** `/papers.json`: the whole corpus as data; the shape is documented in `src/lib/papers-json.ts`. */
import type { APIRoute } from "astro";
import { papersJson } from "../site/papers-json";
import { loadCorpus } from "../site/corpus";

export const GET: APIRoute = async ({ site }) => {
  const corpus = await loadCorpus();
  return new Response(JSON.stringify(papersJson(corpus, site)), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
