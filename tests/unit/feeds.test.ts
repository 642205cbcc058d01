/**
 * The feeds list what arrived: papers by the day of the digest that first listed them, then by position in it, with
 * that day as `pubDate`; the publication day stays in the item's text, and undated papers take part.
 */
import { describe, expect, it } from "vitest";
import { assembleCorpus } from "../../src/site/corpus";
import { paperFeed } from "../../src/site/feed";
import { FEED_LENGTH, siteFeedView, topicFeedPaths } from "../../src/site/view-models/feeds";
import type { Digest, Paper } from "../../src/schema/paper";
import { bundledSiteCorpus } from "./support/bundled-site-corpus";
import { taxonomy } from "./support/site-corpus";

const SITE = new URL("https://example.org/lectern/");

function paper(slug: string, published: string | undefined, appearances: [string, number][]): { data: Paper } {
  return {
    data: {
      id: slug
        .padEnd(16, "0")
        .slice(0, 16)
        .replace(/[^0-9a-f]/g, "0"),
      slug,
      title: `Graph ${slug}`,
      abstract: `About graph ${slug}.`,
      ...(published === undefined ? {} : { published }),
      links: [],
      inferred: [],
      appearances: appearances.map(([digest, position]) => ({ digest, position, line: position * 3 })),
    },
  };
}

function digest(id: string, date: string | undefined, slugs: string[]): Digest {
  return {
    id,
    file: `${id}.txt`,
    layout: "A",
    ...(date === undefined ? {} : { date }),
    dateInferred: false,
    entries: slugs.map((slug, index) => ({ position: index + 1, line: index * 3 + 3, slug })),
  };
}

// The newest digest brings `old-work` (published long ago) and lists `repeat` again, which arrived earlier.
const entries = [
  paper("repeat", "2024-12-01", [
    ["a", 1],
    ["b", 2],
  ]),
  paper("undated", undefined, [["a", 2]]),
  paper("old-work", "2019-05-04", [["b", 1]]),
  paper("unlisted-day", "2025-01-01", [["c", 1]]),
];
const digests = [
  digest("a", "2024-12-09", ["repeat", "undated"]),
  digest("b", "2024-12-15", ["old-work", "repeat"]),
  digest("c", undefined, ["unlisted-day"]),
];
const corpus = assembleCorpus(entries, digests, taxonomy);

describe("feeds", () => {
  it("list papers by the day they were first listed, then by position, undated digests last", () => {
    const items = siteFeedView(corpus, SITE).items;
    expect(items.map((item) => [item.title, item.listed])).toEqual([
      ["Graph old-work", "2024-12-15"],
      ["Graph repeat", "2024-12-09"],
      ["Graph undated", "2024-12-09"],
      ["Graph unlisted-day", undefined],
    ]);
  });

  it("keep the publication day in the item's text", () => {
    const [oldWork, , undated] = siteFeedView(corpus, SITE).items;
    expect(oldWork?.description).toBe("Published 4 May 2019.\n\nAbout graph old-work.");
    expect(undated?.description).toBe("About graph undated.");
  });

  it("date each item by the day it arrived", async () => {
    const xml = await (await paperFeed(siteFeedView(corpus, SITE), SITE)).text();
    const pubDates = [...xml.matchAll(/<pubDate>([^<]*)<\/pubDate>/g)].map((match) => match[1]);
    expect(pubDates).toEqual([
      "Sun, 15 Dec 2024 12:00:00 GMT",
      "Mon, 09 Dec 2024 12:00:00 GMT",
      "Mon, 09 Dec 2024 12:00:00 GMT",
    ]);
  });

  it("order each topic's feed the same way", () => {
    const graphs = topicFeedPaths(corpus, SITE).find((path) => path.params.slug === "graphs");
    expect(graphs?.props.view.items.map((item) => item.title)).toEqual(
      siteFeedView(corpus, SITE).items.map((item) => item.title),
    );
  });

  it("start with the first new paper of the newest digest of the bundled corpus", () => {
    const bundled = bundledSiteCorpus();
    const seen = new Set<string>();
    const oldestFirst = bundled.digests.filter((entry) => entry.date !== undefined).reverse();
    let firstNew: string | undefined;
    for (const entry of oldestFirst) {
      const fresh = entry.papers.filter((slug) => !seen.has(slug));
      if (fresh[0] !== undefined) firstNew = fresh[0];
      for (const slug of entry.papers) seen.add(slug);
    }
    const items = siteFeedView(bundled, SITE).items;
    expect(items.length).toBe(Math.min(FEED_LENGTH, bundled.papers.length));
    expect(items[0]?.title).toBe(firstNew === undefined ? undefined : bundled.paperBySlug.get(firstNew)?.data.title);
  });
});
