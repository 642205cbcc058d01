/** Renders Pagefind results as the search page's result list, with text-only DOM building (no innerHTML). */
import { element } from "../dom/element";
import { namesOf, paperSlugOf, saveToggle } from "../reading-list/save-toggle";
import type { PagefindResultData } from "./pagefind-api";
import { resultFacts } from "./result-facts";

/** The facts as a list, as `PaperFacts` prints them on every other page. */
const factsList = (meta: PagefindResultData["meta"]): HTMLUListElement =>
  element(
    "ul",
    "mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted [&>li:not(:last-child)]:after:ml-3 [&>li:not(:last-child)]:after:content-['·']",
    ...resultFacts(meta).map(({ sign, text, note }) => {
      const item = element("li", "", text);
      if (sign) {
        const decoration = element("span", "", `${sign} `);
        decoration.setAttribute("aria-hidden", "true");
        item.prepend(decoration);
      }
      if (note) {
        const remark = element("span", "ml-1 text-note", note.text);
        remark.title = note.title;
        item.append(remark);
      }
      return item;
    }),
  );

export const renderResult = (data: PagefindResultData): HTMLLIElement => {
  const title = element("a", "hover:text-accent", data.meta["title"] ?? data.url);
  title.href = data.url;
  const topics = (data.filters["topic"] ?? []).map((topic) =>
    element("li", "rounded-full bg-accent-soft px-2 py-0.5 text-xs text-on-accent-soft", topic),
  );
  return element(
    "li",
    "py-5",
    element("h3", "text-[1.05rem] leading-snug font-semibold text-ink", title),
    ...(data.meta["notes"] === "yes" ? [noteMark()] : []),
    factsList(data.meta),
    element(
      "p",
      "mt-2 max-w-[70ch] [&_mark]:rounded-sm [&_mark]:bg-accent-soft [&_mark]:text-on-accent-soft text-[0.95rem] leading-relaxed text-muted",
      excerptFragment(data.excerpt),
    ),
    ...(topics.length > 0 ? [element("ul", "mt-2 flex flex-wrap gap-1.5", ...topics)] : []),
    ...saveControl(data),
  );
};

/** The marker every card of a paper with the owner's note carries (`NoteMark.astro` on the built pages). */
function noteMark(): HTMLSpanElement {
  const mark = element("span", "note-mark", "✎");
  mark.setAttribute("role", "img");
  mark.setAttribute("aria-label", "has notes");
  mark.title = "Has notes";
  return mark;
}

/** The reading-list toggle of a result, saving what the index knows of the paper. */
function saveControl(data: PagefindResultData): HTMLElement[] {
  const slug = paperSlugOf(data.url);
  const title = data.meta["title"];
  if (slug === undefined || !title) return [];
  const authors = namesOf(data.meta["authorNames"]);
  const authorsCount = Number(data.meta["authors"]);
  const published = data.meta["date"];
  const toggle = saveToggle({
    slug,
    title,
    url: new URL(data.url, window.location.href).href,
    ...(published ? { published } : {}),
    ...(authors ? { authors } : authorsCount > 0 ? { authorsCount } : {}),
  });
  return [element("div", "mt-3", toggle)];
}

/**
 * Pagefind excerpts are HTML with `<mark>` around matches. They are parsed in an inert template and rebuilt
 * from text nodes and marks only, so no markup from a paper's text can ever become live in the page.
 */
export const excerptFragment = (html: string): DocumentFragment => {
  const template = document.createElement("template");
  template.innerHTML = html;
  const fragment = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      fragment.append(mark);
    } else {
      fragment.append(node.textContent ?? "");
    }
  }
  return fragment;
};
