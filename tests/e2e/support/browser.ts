/** The tests launch Chromium exactly as the benchmarks do. */
export { chromiumLaunchOptions } from "../../../scripts/lib/chromium";
