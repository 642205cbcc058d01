/**
 * Where a paper with a known arXiv ID can be read: its abstract page, its PDF and, for the identifiers Hugging Face
 * knows (the `YYMM.NNNNN` scheme since 2007; its paper pages have no old-style `archive/NNNNNNN` ones), its Hugging
 * Face paper page. The ID is schema-checked (`arxivIdSchema`), so it is safe in a path as it is.
 */

export interface ArxivAddresses {
  abstract: string;
  pdf: string;
  huggingFace?: string;
}

export function arxivAddresses(arxivId: string): ArxivAddresses {
  return {
    abstract: `https://arxiv.org/abs/${arxivId}`,
    pdf: `https://arxiv.org/pdf/${arxivId}`,
    ...(/^\d{4}\.\d{4,5}$/.test(arxivId) ? { huggingFace: `https://huggingface.co/papers/${arxivId}` } : {}),
  };
}

/** The address itself when it is an absolute http(s) URL, else undefined: nothing else may become a link. */
export function webAddress(url: string): URL | undefined {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  return parsed && (parsed.protocol === "https:" || parsed.protocol === "http:") ? parsed : undefined;
}
