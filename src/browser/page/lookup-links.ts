/**
 * "Look it up by title" on paper pages: the four search links are built here from the page's title rather than
 * shipped in every page's HTML (each carries the whole title, URL-encoded). The section stays hidden without
 * JavaScript, like the copy button.
 */
import { lookupLinks } from "../../lib/lookup";

export const installLookupLinks = (root: ParentNode): void => {
  const section = root.querySelector<HTMLElement>("[data-lookup]");
  const list = section?.querySelector("ul");
  const title = section?.dataset["lookup"];
  if (!section || !list || !title) return;
  list.replaceChildren(
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
  section.hidden = false;
};
