/**
 * "Look it up by title" on paper pages: the side column's section of four search links, built here from the
 * page's title rather than shipped in every page's HTML (each link carries the whole title, URL-encoded). Without
 * JavaScript the section is simply absent, like the copy button.
 */
import { lookupLinks } from "../../lib/lookup";

function lookupSection(title: string): HTMLElement {
  const heading = document.createElement("h2");
  heading.id = "lookup-heading";
  heading.className = "eyebrow";
  heading.textContent = "Look it up by title";
  const list = document.createElement("ul");
  list.append(
    ...lookupLinks(title).map((link) => {
      const anchor = document.createElement("a");
      anchor.className = "link";
      anchor.href = link.url;
      anchor.rel = "noopener noreferrer";
      anchor.textContent = link.label;
      const item = document.createElement("li");
      item.append(anchor);
      return item;
    }),
  );
  const section = document.createElement("section");
  section.setAttribute("aria-labelledby", heading.id);
  section.append(heading, list);
  return section;
}

/** Appends the section to the side column marked `data-lookup`, for the title in its article's `<h1>`. */
export const installLookupLinks = (root: ParentNode): void => {
  const aside = root.querySelector("[data-lookup]");
  const title = aside?.closest("article")?.querySelector("h1")?.textContent.trim();
  if (!aside || !title) return;
  aside.append(lookupSection(title));
};
