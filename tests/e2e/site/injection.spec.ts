/** Hostile titles and abstracts are shown as literal text and never run as script, on every page they reach. */
import { rm } from "node:fs/promises";
import { dirname } from "node:path";
import { expect, test } from "../support/fixtures";
import { startStaticServer, type StaticServer } from "../support/static-server";
import { readPapersJson } from "./built-site";
import { buildHostileSite } from "./hostile-site";

const hostileTitle = `<script>window.__pwned = "title"</script> Hostile {title} <img src=x onerror="window.__pwned='img'"> Paper`;

test.describe("hostile digest", () => {
  test.describe.configure({ mode: "serial" });

  let server: StaticServer | undefined;
  let hostileSlug = "";
  let outDir = "";

  test.beforeAll(async ({ site }) => {
    // A whole ingest and build of a throwaway project: minutes on a busy machine, not the default 30 s.
    test.setTimeout(300_000);
    outDir = await buildHostileSite(site.basePath);
    const { papers } = await readPapersJson(outDir);
    hostileSlug = papers.find((paper) => paper.title === hostileTitle)?.slug ?? "";
    server = await startStaticServer({ root: outDir, base: site.basePath });
  });

  test.afterAll(async () => {
    await server?.stop();
    if (outDir) await rm(dirname(outDir), { recursive: true, force: true });
  });

  test("the paper page shows the markup literally and runs none of it", async ({ page }) => {
    if (!server) throw new Error("the hostile site was not served");
    expect(hostileSlug, "the hostile paper reached papers.json with its title intact").not.toBe("");
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${server.url}papers/${hostileSlug}/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(hostileTitle);
    const abstract = page.getByRole("region", { name: "Abstract" });
    await expect(abstract).toContainText("<b>Bold tags</b> and {1 + 1} expressions");
    // Typographic quotes may replace straight ones in the abstract; the markup itself must survive as text.
    await expect(abstract).toContainText(/<\/script><script>window\.__pwned = .abstract.<\/script>/);
    await expect(abstract).toContainText(/import fs from .node:fs./);
    await expect(page.locator("main img, main b")).toHaveCount(0);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  test("listings and feeds carry the title as text", async ({ page, request }) => {
    if (!server) throw new Error("the hostile site was not served");
    for (const path of ["", "digests/000_hostile/", "timeline/2024/"]) {
      await page.goto(`${server.url}${path}`);
      await expect(page.getByRole("link", { name: hostileTitle }).first()).toBeVisible();
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    }
    const feed = await (await request.get(`${server.url}feed.xml`)).text();
    expect(feed).not.toContain("<script>");
    expect(feed).toContain("&lt;script&gt;");
    // What a feed reader does: read the item's description as HTML. It must hold the abstract's markup as text.
    const rendered = await page.evaluate((xml) => {
      const items = [...new DOMParser().parseFromString(xml, "application/xml").querySelectorAll("item")];
      return items.map((item) => {
        const html = new DOMParser().parseFromString(item.querySelector("description")?.textContent ?? "", "text/html");
        const tags = [...html.body.querySelectorAll("*")].map((element) => element.localName);
        return { tags: [...new Set(tags)], text: html.body.textContent };
      });
    }, feed);
    const hostile = rendered.find((item) => item.text.includes("Bold tags"));
    expect(hostile?.text).toContain("<b>Bold tags</b> and {1 + 1} expressions");
    expect(hostile?.text).toContain('</script><script>window.__pwned = "abstract"</script>');
    expect(rendered.flatMap((item) => item.tags).filter((tag) => tag !== "p")).toEqual([]);
  });
});
