/** `/papers.json`: the whole corpus as data; its schema is `src/schema/papers-json.ts`, published as `/papers.schema.json`. */
import type { APIRoute } from "astro";
import { papersJson } from "../site/papers-json";
import { loadCorpus } from "../site/corpus";

export const GET: APIRoute = async ({ site }) => {
  const corpus = await loadCorpus();
  return new Response(JSON.stringify(papersJson(corpus, site)), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
