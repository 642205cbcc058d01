/** The entry ids of an Atom document, read with the XML parser the fetch uses, for tests to compare feeds. */
import { XMLParser } from "fast-xml-parser";

const reader = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, isArray: (name) => name === "entry" });

export function atomEntryIds(xml: string | Uint8Array): string[] {
  const text = typeof xml === "string" ? xml : Buffer.from(xml).toString("utf8");
  const document = reader.parse(text) as { feed: { entry?: Array<{ id: string }> } };
  return (document.feed.entry ?? []).map((entry) => entry.id);
}

export function atomFeedId(xml: string | Uint8Array): string {
  const text = typeof xml === "string" ? xml : Buffer.from(xml).toString("utf8");
  return (reader.parse(text) as { feed: { id: string } }).feed.id;
}
