/**
 * Tells the site where the derived corpus is: `virtual:lectern/derived-corpus` exports the absolute path of
 * `corpus.json`, resolved from the project root Astro is given (and `LECTERN_PAPERS_DIR`), never from the working
 * directory. Only the path is a module: the data itself stays out of the bundle.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { Plugin } from "vite";
import { CORPUS_FILE, papersFolder } from "../../src/lib/project-files";

const MODULE = "virtual:lectern/derived-corpus";

function derivedCorpusModule(file: string): Plugin {
  const resolved = `\0${MODULE}`;
  return {
    name: "lectern:derived-corpus",
    resolveId: (id) => (id === MODULE ? resolved : undefined),
    load: (id) => (id === resolved ? `export const derivedCorpusFile = ${JSON.stringify(file)};` : undefined),
  };
}

export default function derivedCorpus(): AstroIntegration {
  return {
    name: "lectern:derived-corpus",
    hooks: {
      "astro:config:setup": ({ config, updateConfig }) => {
        const file = join(papersFolder(fileURLToPath(config.root), process.env), CORPUS_FILE);
        updateConfig({ vite: { plugins: [derivedCorpusModule(file)] } });
      },
    },
  };
}
