/** `/papers.schema.json`: the JSON Schema of `/papers.json`, generated from its zod schema. */
import type { APIRoute } from "astro";
import { z } from "zod";
import { papersJsonSchema } from "../schema/papers-json";

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(z.toJSONSchema(papersJsonSchema, { io: "output" }), null, 2)}\n`, {
    headers: { "Content-Type": "application/schema+json; charset=utf-8" },
  });
