/** axe-core on the main kinds of page, in light and dark: no serious or critical violations. */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "../support/fixtures";
import { readPapersJson } from "./built-site";

const pageKinds = ["home", "topic", "paper", "digest", "timeline"] as const;

/** A representative page of each kind, taken from the built corpus. */
async function samplePath(kind: (typeof pageKinds)[number], outDir: string): Promise<string> {
  const { papers, topics, digests } = await readPapersJson(outDir);
  if (kind === "topic") return `topics/${topics[0]?.slug ?? ""}/`;
  if (kind === "paper") return `papers/${papers[0]?.slug ?? ""}/`;
  if (kind === "digest") return `digests/${digests[0]?.id ?? ""}/`;
  if (kind === "timeline") return "timeline/";
  return "./";
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    for (const kind of pageKinds) {
      test(`${kind} page has no serious or critical violations`, async ({ page, site }) => {
        test.slow();
        await page.goto(await samplePath(kind, site.outDir));
        const { violations } = await new AxeBuilder({ page }).analyze();
        const severe = violations
          .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
          .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
        expect(severe).toEqual([]);
      });
    }
  });
}

test("a skip link leads to the main content", async ({ page }) => {
  await page.goto("./");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await skip.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});
