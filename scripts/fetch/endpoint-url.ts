/** The URL of an endpoint below an API base, which may carry a path of its own (a mirror serving under `/hf/`). */
export function endpointUrl(base: string, endpoint: string, query: Readonly<Record<string, string>>): string {
  const url = new URL(endpoint, base.endsWith("/") ? base : `${base}/`);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url.href;
}
