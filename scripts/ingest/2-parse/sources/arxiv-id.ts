/** Finds the arXiv identifier in the places sources put it: abstract and PDF addresses, OAI ids, `arXiv:` prefixes. */
import { arxivIdSchema } from "../../../../src/schema/paper";

const ID = String.raw`(\d{4}\.\d{4,5}|[a-z][a-z-]*(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?`;
const BARE = new RegExp(`^${ID}$`);
const ARXIV_PATH = new RegExp(`^/(?:abs|pdf|html)/${ID}(?:\\.pdf)?/?$`);
const HF_PATH = new RegExp(`^/papers/${ID}/?$`);
const OAI = new RegExp(`^oai:arXiv\\.org:${ID}$`, "i");

function checked(id: string | undefined): string | undefined {
  return id !== undefined && arxivIdSchema.safeParse(id).success ? id : undefined;
}

/** `2403.06634`, `2403.06634v2` or `hep-th/9901001v1` → the identifier without its version. */
export function bareArxivId(text: string): string | undefined {
  return checked(BARE.exec(text.trim())?.[1]);
}

/** An arXiv abstract or PDF address, or a Hugging Face paper page, → the identifier. */
export function arxivIdFromAddress(address: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase().replace(/^(?:www|export)\./, "");
  if (host === "arxiv.org") return checked(ARXIV_PATH.exec(url.pathname)?.[1]);
  if (host === "huggingface.co" || host === "hf.co") return checked(HF_PATH.exec(url.pathname)?.[1]);
  return undefined;
}

/** `oai:arXiv.org:2402.12345v1` (the guid of arXiv's RSS items) → the identifier. */
export function arxivIdFromOai(text: string): string | undefined {
  return checked(OAI.exec(text.trim())?.[1]);
}
