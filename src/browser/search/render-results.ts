/** Renders Pagefind results as the search page's result list, with text-only DOM building (no innerHTML). */
import type { PagefindResultData } from "./pagefind-api";

const element = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
};

const formatDate = (day: string): string =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString("en", {
    year: "numeric",
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  });

/** The facts line: date · organisation · upvotes, skipping what the paper lacks. */
const factsOf = (meta: PagefindResultData["meta"]): string[] => {
  const facts: string[] = [];
  if (meta["date"]) facts.push(formatDate(meta["date"]));
  if (meta["organisation"]) facts.push(meta["organisation"]);
  if (meta["authors"]) facts.push(`${meta["authors"]} authors`);
  facts.push(`▲ ${meta["upvotes"] ?? "0"}`);
  return facts;
};

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
    element("p", "mt-1 text-sm text-muted", factsOf(data.meta).join(" · ")),
    element(
      "p",
      "mt-2 max-w-[70ch] [&_mark]:rounded-sm [&_mark]:bg-accent-soft [&_mark]:text-on-accent-soft text-[0.95rem] leading-relaxed text-muted",
      excerptFragment(data.excerpt),
    ),
    ...(topics.length > 0 ? [element("ul", "mt-2 flex flex-wrap gap-1.5", ...topics)] : []),
  );
};

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
