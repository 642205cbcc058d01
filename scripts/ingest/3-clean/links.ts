/** Finds web addresses in cleaned text and classifies them as code, project page, or other. */
import type { LinkKind, PaperLink } from "../../../src/schema/paper";

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`{}|\\^\u201C\u201D\u2018\u2019]+/g;

const CODE_HOSTS = [
  "github.com",
  "gitlab.com",
  "bitbucket.org",
  "codeberg.org",
  "gitee.com",
  "sourceforge.net",
  "git.io",
];
/** Hosts of papers, data, models and social posts: useful, but not the paper's own project page. */
const OTHER_HOSTS = [
  "arxiv.org",
  "doi.org",
  "openreview.net",
  "aclanthology.org",
  "huggingface.co",
  "hf.co",
  "kaggle.com",
  "zenodo.org",
  "youtube.com",
  "youtu.be",
  "twitter.com",
  "x.com",
  "paperswithcode.com",
  "proceedings.neurips.cc",
  "ieeexplore.ieee.org",
  "dl.acm.org",
  "wikipedia.org",
  "pypi.org",
  "npmjs.com",
];

function hostMatches(host: string, domains: readonly string[]): boolean {
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

export function classifyLink(url: string): LinkKind {
  const host = new URL(url).hostname.toLowerCase().replace(/^www\./, "");
  if (hostMatches(host, CODE_HOSTS)) return "code";
  if (hostMatches(host, OTHER_HOSTS)) return "other";
  return "project";
}

/** Trailing sentence punctuation and unbalanced closing brackets are not part of an address. */
export function trimUrl(raw: string): string {
  let url = raw;
  for (;;) {
    const last = url.at(-1) ?? "";
    if (/[.,;:!?*'"]/.test(last)) url = url.slice(0, -1);
    else if (last === ")" && count(url, "(") < count(url, ")")) url = url.slice(0, -1);
    else if (last === "]" && count(url, "[") < count(url, "]")) url = url.slice(0, -1);
    else return url;
  }
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}

function isValidUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.hostname.includes(".");
  } catch {
    return false;
  }
}

/** Every valid address in the text, with its position, in order. */
export function findUrls(text: string): Array<{ url: string; index: number }> {
  const found: Array<{ url: string; index: number }> = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = trimUrl(match[0]);
    if (isValidUrl(url)) found.push({ url, index: match.index });
  }
  return found;
}

/** Unique links of a text in order of first appearance. */
export function extractLinks(text: string): PaperLink[] {
  const seen = new Set<string>();
  const links: PaperLink[] = [];
  for (const { url } of findUrls(text)) {
    if (seen.has(url)) continue;
    seen.add(url);
    links.push({ url, kind: classifyLink(url) });
  }
  return links;
}
