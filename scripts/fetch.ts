/** `npm run fetch`: Hugging Face daily papers and arXiv searches into the digests folder. See `--help`. */
import { fileURLToPath } from "node:url";
import { systemClock } from "./fetch/clock";
import { main } from "./fetch/main";

/** The project this script belongs to: the default digests folder is resolved from it, wherever it is run from. */
const root = fileURLToPath(new URL("..", import.meta.url));

process.exitCode = await main(
  process.argv.slice(2),
  process.env,
  { log: console.log, error: console.error },
  { root, clock: systemClock },
);
