/** `npm run ingest`: digest files in, one MDX page per paper out. See `--help`. */
import { main } from "./ingest/main";

process.exitCode = await main(process.argv.slice(2), process.env, { log: console.log, error: console.error });
