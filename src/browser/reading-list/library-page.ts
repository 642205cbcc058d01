/**
 * The library page's controller: shows the papers saved in this browser (validated with the schema; anything else
 * in storage is left out), sorts them, marks them read, removes them, exports the list as BibTeX, CSV or JSON and
 * merges an imported JSON list into it. Every text comes from storage or a file the reader picked, so it is set
 * as text, never parsed as markup.
 */
import { element } from "../dom/element";
import { formatDay, countOf } from "../../lib/format";
import { readingListBibtex } from "../../lib/reading-list/export-bibtex";
import { readingListCsv } from "../../lib/reading-list/export-csv";
import { READING_LIST_FORMAT, READING_LIST_VERSION } from "../../lib/reading-list/format";
import {
  mergeLists,
  sortSaved,
  withoutPaper,
  withReadMark,
  type SavedOrder,
} from "../../lib/reading-list/saved-papers";
import { readingListSchema, savedPaperSchema, type SavedPaper } from "../../schema/reading-list";
import { onSavedElsewhere, readSaved, writeSaved } from "./store";

const ORDERS: readonly SavedOrder[] = ["saved-newest", "saved-oldest", "published-newest"];
const isOrder = (value: string): value is SavedOrder => (ORDERS as readonly string[]).includes(value);

/** The stored papers that pass the schema. */
const validSaved = (): SavedPaper[] =>
  readSaved().flatMap((paper) => {
    const checked = savedPaperSchema.safeParse(paper);
    return checked.success ? [checked.data] : [];
  });

const hidden = (text: string): HTMLSpanElement => element("span", "sr-only", text);

const SHOWN_AUTHORS = 3;

function factsOf(paper: SavedPaper): string[] {
  const facts: string[] = [];
  if (paper.published) facts.push(formatDay(paper.published));
  if (paper.authors)
    facts.push(
      paper.authors.length > SHOWN_AUTHORS
        ? `${paper.authors.slice(0, SHOWN_AUTHORS).join(", ")} et al.`
        : paper.authors.join(", "),
    );
  else if (paper.authorsCount) facts.push(countOf(paper.authorsCount, "author"));
  facts.push(`saved ${formatDay(paper.savedAt.slice(0, 10))}`);
  return facts;
}

interface RowActions {
  markRead(slug: string, read: boolean): void;
  remove(slug: string): void;
}

function savedRow(paper: SavedPaper, actions: RowActions): HTMLLIElement {
  const link = element("a", "", paper.title);
  // The schema admits http(s) addresses only; anything else would not become a link at all.
  link.href = paper.url;
  const read = element("input", "");
  read.type = "checkbox";
  read.checked = paper.read;
  read.addEventListener("change", () => {
    actions.markRead(paper.slug, read.checked);
  });
  const remove = element("button", "btn btn-sm", "Remove", hidden(` ${paper.title}`));
  remove.type = "button";
  remove.addEventListener("click", () => {
    actions.remove(paper.slug);
  });
  const row = element(
    "li",
    paper.read ? "is-read" : "",
    element(
      "div",
      "",
      element("h3", "", link),
      element("ul", "facts", ...factsOf(paper).map((fact) => element("li", "", fact))),
    ),
    element(
      "div",
      "library-actions",
      element("label", "inline-flex items-center gap-1.5", read, "Read", hidden(` ${paper.title}`)),
      remove,
    ),
  );
  row.dataset["slug"] = paper.slug;
  return row;
}

/** Offers `text` as a file download; works offline too, from memory. */
function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = element("a", "");
  anchor.href = url;
  anchor.download = name;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

const EXPORTS: Record<string, { extension: string; type: string; text: (papers: SavedPaper[]) => string }> = {
  bibtex: { extension: "bib", type: "application/x-bibtex", text: readingListBibtex },
  csv: { extension: "csv", type: "text/csv", text: readingListCsv },
  json: {
    extension: "json",
    type: "application/json",
    text: (papers) =>
      `${JSON.stringify({ format: READING_LIST_FORMAT, version: READING_LIST_VERSION, papers }, null, 2)}\n`,
  },
};

/** Why a file could not be imported, in a sentence. */
async function importedPapers(file: File): Promise<SavedPaper[] | string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch {
    return `${file.name} is not JSON.`;
  }
  const checked = readingListSchema.safeParse(parsed);
  if (checked.success) return checked.data.papers;
  const issue = checked.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (at ${issue.path.join(".")}: ${issue.message})` : "";
  return `${file.name} is not a Lectern reading list${where}.`;
}

const required = <T extends Element>(root: ParentNode, selector: string, type: new () => T): T => {
  const found = root.querySelector(selector);
  if (!(found instanceof type)) throw new Error(`the library page is missing ${selector}`);
  return found;
};

export function startLibraryPage(root: Document): void {
  const list = required(root, "[data-library-list]", HTMLOListElement);
  const status = required(root, "[data-library-status]", HTMLElement);
  const sort = required(root, "[data-library-sort]", HTMLSelectElement);
  const importInput = required(root, "[data-library-import]", HTMLInputElement);
  const importStatus = required(root, "[data-library-import-status]", HTMLElement);

  const store = (papers: readonly SavedPaper[]): void => {
    if (!writeSaved(papers)) status.textContent = "This browser does not allow saving: the change is lost on reload.";
  };
  const actions: RowActions = {
    markRead: (slug, read) => {
      store(withReadMark(validSaved(), slug, read));
      render();
    },
    remove: (slug) => {
      store(withoutPaper(validSaved(), slug));
      render();
    },
  };
  function render(): void {
    const papers = validSaved();
    const order = isOrder(sort.value) ? sort.value : "saved-newest";
    list.replaceChildren(...sortSaved(papers, order).map((paper) => savedRow(paper, actions)));
    const read = papers.filter((paper) => paper.read).length;
    status.textContent =
      papers.length === 0
        ? "Nothing saved yet. Use “Save to reading list” on a paper's page or in search results."
        : `${countOf(papers.length, "paper")} saved, ${read} read.`;
    for (const button of root.querySelectorAll<HTMLButtonElement>("[data-library-export]"))
      button.disabled = papers.length === 0;
  }

  sort.addEventListener("change", render);
  for (const button of root.querySelectorAll<HTMLButtonElement>("[data-library-export]")) {
    button.addEventListener("click", () => {
      const format = EXPORTS[button.dataset["libraryExport"] ?? ""];
      if (!format) return;
      const day = new Date().toISOString().slice(0, 10);
      download(`reading-list-${day}.${format.extension}`, format.type, format.text(validSaved()));
    });
  }
  importInput.addEventListener("change", () => {
    const file = importInput.files?.[0];
    if (!file) return;
    void importedPapers(file).then((incoming) => {
      importInput.value = "";
      if (typeof incoming === "string") {
        importStatus.textContent = incoming;
        return;
      }
      const { papers, added, updated } = mergeLists(validSaved(), incoming);
      store(papers);
      importStatus.textContent = `Imported ${file.name}: ${countOf(added, "paper")} added, ${updated} updated.`;
      render();
    });
  });
  onSavedElsewhere(render);

  for (const notice of root.querySelectorAll<HTMLElement>("[data-library-nojs]")) notice.hidden = true;
  for (const part of root.querySelectorAll<HTMLElement>("[data-library-ui]")) part.hidden = false;
  render();
}
