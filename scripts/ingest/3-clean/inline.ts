/** Builds mdast phrasing content from a cleaned paragraph: emphasis markers become nodes, addresses links. */
import type { PhrasingContent } from "mdast";
import { EM_CLOSE, EM_OPEN, STRONG_CLOSE, STRONG_OPEN } from "./latex";
import { findUrls } from "./links";

/** Plain text with its addresses turned into link nodes. */
function textWithLinks(text: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let cursor = 0;
  for (const { url, index } of findUrls(text)) {
    if (index > cursor) nodes.push({ type: "text", value: text.slice(cursor, index) });
    nodes.push({ type: "link", url, children: [{ type: "text", value: url }] });
    cursor = index + url.length;
  }
  if (cursor < text.length) nodes.push({ type: "text", value: text.slice(cursor) });
  return nodes;
}

const MARKER_SPLIT = new RegExp(`(${EM_OPEN}|${EM_CLOSE}|${STRONG_OPEN}|${STRONG_CLOSE})`);

/** Unbalanced markers (from unbalanced LaTeX) are dropped rather than guessed at. */
export function toPhrasing(cleaned: string): PhrasingContent[] {
  const root: PhrasingContent[] = [];
  const stack: Array<{ close: string; children: PhrasingContent[]; type: "emphasis" | "strong" }> = [];
  const target = (): PhrasingContent[] => stack.at(-1)?.children ?? root;
  for (const part of cleaned.split(MARKER_SPLIT)) {
    if (part === EM_OPEN || part === STRONG_OPEN) {
      const type = part === EM_OPEN ? "emphasis" : "strong";
      stack.push({ type, close: part === EM_OPEN ? EM_CLOSE : STRONG_CLOSE, children: [] });
    } else if (part === EM_CLOSE || part === STRONG_CLOSE) {
      const open = stack.at(-1);
      if (open?.close !== part) continue;
      stack.pop();
      if (open.children.length > 0) target().push({ type: open.type, children: open.children });
    } else if (part !== "") {
      target().push(...textWithLinks(part));
    }
  }
  // Markers never closed: keep their text, drop the emphasis.
  for (const open of stack.splice(0).reverse()) target().push(...open.children);
  return root;
}
