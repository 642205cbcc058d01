/**
 * How links in an abstract render. Abstracts are untrusted text: the ingest only ever writes http(s) addresses as
 * links, and this plugin of the markdown renderer makes sure of it at the last step, so a page never carries a link
 * with another scheme, never lends the site's reputation (`nofollow`) or its window (`noopener`) to one, and always
 * shows where it leads when its text does not.
 */
import type { SatteriProcessorOptions } from "@astrojs/markdown-satteri";

type HastPlugin = Extract<NonNullable<SatteriProcessorOptions["hastPlugins"]>[number], { name: string }>;

export const ABSTRACT_LINK_REL = "noopener noreferrer nofollow";

/** The address's host when it is a web address the page may link to, else undefined. */
export function webHost(href: unknown): string | undefined {
  if (typeof href !== "string") return undefined;
  try {
    const url = new URL(href);
    return url.protocol === "http:" || url.protocol === "https:" ? url.hostname : undefined;
  } catch {
    return undefined;
  }
}

export const abstractLinks: HastPlugin = {
  name: "lectern:abstract-links",
  element: {
    filter: ["a"],
    visit(node, context) {
      const host = webHost(node.properties["href"]);
      if (host === undefined) {
        // Keep the words, drop the link.
        context.replaceNode(node, [...node.children]);
        return;
      }
      context.setProperty(node, "rel", ABSTRACT_LINK_REL);
      const shown = host.toLowerCase().replace(/^www\./, "");
      if (!context.textContent(node).toLowerCase().includes(shown))
        context.insertAfter(node, { type: "text", value: ` (${shown})` });
    },
  },
};
