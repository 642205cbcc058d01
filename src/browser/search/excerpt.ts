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
