/**
 * The reading-list toggle of a paper page, built from what the page shows: the title, the date, the authors'
 * names (the hidden "and N more" ones too) or their count. Added under the header; without JavaScript it is
 * absent, like the page's other controls.
 */
import { namesOf, paperSlugOf, saveToggle, type PaperToSave } from "../reading-list/save-toggle";

const textOutside = (element: Element | null | undefined): string =>
  [...(element?.childNodes ?? [])]
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join("");

function paperOnPage(header: Element): PaperToSave | undefined {
  const title = header.querySelector("h1")?.textContent.trim();
  const slug = paperSlugOf(window.location.href);
  if (!title || slug === undefined) return undefined;
  const published = header.querySelector(".facts time")?.getAttribute("datetime") ?? undefined;
  const authors = namesOf(
    [...header.querySelectorAll(".authors p")].map((names) => textOutside(names).trim()).join(", "),
  );
  const count = /^([\d,]+) authors?$/.exec(
    [...header.querySelectorAll(".facts li")]
      .map((fact) => fact.textContent.trim())
      .find((fact) => /author/.test(fact)) ?? "",
  )?.[1];
  const authorsCount = count === undefined ? undefined : Number(count.replace(/,/g, ""));
  return {
    slug,
    title,
    url: new URL(window.location.pathname, window.location.origin).href,
    ...(published ? { published } : {}),
    ...(authors ? { authors } : authorsCount ? { authorsCount } : {}),
  };
}

export const installPaperSave = (root: ParentNode): void => {
  const header = root.querySelector("article.paper > header");
  const paper = header && paperOnPage(header);
  if (!header || !paper) return;
  const row = document.createElement("p");
  row.className = "save-row";
  row.append(saveToggle(paper));
  header.append(row);
};
