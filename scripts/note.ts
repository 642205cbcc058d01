/** Entry point of `npm run note`: see `scripts/note/main.ts`. */
import { main } from "./note/main";

process.exitCode = await main(
  process.argv.slice(2),
  process.env,
  {
    log: (text) => {
      console.log(text);
    },
    error: (text) => {
      console.error(text);
    },
  },
  new Date().toISOString().slice(0, 10),
);
