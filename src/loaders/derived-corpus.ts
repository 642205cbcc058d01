/**
 * Content loader for the derived corpus (`corpus.json`, written by the ingest beside the pages): one entry, `corpus`,
 * validated by `derivedCorpusSchema`. Re-read in `astro dev` when the ingest rewrites it.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader, LoaderContext } from "astro/loaders";
import { AstroError } from "astro/errors";
import { derivedCorpusSchema } from "../schema/corpus";
import { validated } from "./validate";

export const DERIVED_CORPUS_ID = "corpus";

async function sync(context: LoaderContext, file: string): Promise<void> {
  const text = await readFile(file, "utf8").catch(() => undefined);
  if (text === undefined) throw new AstroError(`${file} is missing`, "Run `npm run ingest`, which derives it.");
  const digest = context.generateDigest(text);
  if (context.store.get(DERIVED_CORPUS_ID)?.digest === digest) return;
  const filePath = path.relative(fileURLToPath(context.config.root), file);
  const data = validated(derivedCorpusSchema, parseJson(text, filePath), filePath, text);
  context.store.set({ id: DERIVED_CORPUS_ID, data, digest, filePath });
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AstroError(`${file} is not JSON: ${(error as Error).message}`, "Run `npm run ingest` to rewrite it.");
  }
}

/** `file` is relative to the project root Astro is given, or absolute. */
export function derivedCorpus(file: string): Loader {
  return {
    name: "lectern:derived-corpus",
    load: async (context) => {
      const absolute = path.resolve(fileURLToPath(context.config.root), file);
      await sync(context, absolute);
      context.watcher?.add(absolute);
      context.watcher?.on("change", (changed) => {
        if (path.resolve(changed) === absolute)
          void sync(context, absolute).catch((error: unknown) => {
            context.logger.error(String(error));
          });
      });
    },
  };
}
