/**
 * Content loader for the derived corpus (`corpus.json`, written by the ingest beside the pages): one entry, `corpus`,
 * validated by `derivedCorpusSchema`. Re-read in `astro dev` when the ingest rewrites it.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader, LoaderContext } from "astro/loaders";

export const DERIVED_CORPUS_ID = "corpus";

async function sync(context: LoaderContext, file: string): Promise<void> {
  const text = await readFile(file, "utf8").catch(() => undefined);
  if (text === undefined) throw new Error(`${file} is missing; run \`npm run ingest\`, which derives it`);
  const digest = context.generateDigest(text);
  if (context.store.get(DERIVED_CORPUS_ID)?.digest === digest) return;
  const filePath = path.relative(fileURLToPath(context.config.root), file);
  const data = await context.parseData({
    id: DERIVED_CORPUS_ID,
    data: JSON.parse(text) as Record<string, unknown>,
    filePath,
  });
  context.store.set({ id: DERIVED_CORPUS_ID, data, digest, filePath });
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
