/** Look-up links for a paper on the big indexes, searched by title since listings carry no identifiers. */

export interface LookupLink {
  label: string;
  url: string;
}

export function lookupLinks(title: string): LookupLink[] {
  const query = encodeURIComponent(title);
  return [
    { label: "arXiv", url: `https://arxiv.org/search/?query=${query}&searchtype=title` },
    { label: "Hugging Face", url: `https://huggingface.co/papers?q=${query}` },
    { label: "Semantic Scholar", url: `https://www.semanticscholar.org/search?q=${query}` },
    { label: "Google Scholar", url: `https://scholar.google.com/scholar?q=${query}` },
  ];
}
