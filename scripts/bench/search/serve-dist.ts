/** A minimal static server for a built site at `/`, enough for Chromium to load Pagefind from it. */
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
};

export interface DistServer {
  url: string;
  close(): Promise<void>;
}

/** Resolves a URL path inside `root` (directories serve index.html); undefined for anything outside or missing. */
export function fileForPath(root: string, pathname: string): string | undefined {
  const candidate = normalize(join(root, decodeURIComponent(pathname)));
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
  const stats = statSync(candidate, { throwIfNoEntry: false });
  if (stats?.isDirectory()) return fileForPath(root, join(pathname, "index.html"));
  return stats?.isFile() ? candidate : undefined;
}

export interface ServeOptions {
  /** A fixed port, e.g. to come back to the same origin (and its service worker) later; 0 picks a free one. */
  port?: number;
  /** Called with each file served, to count what a browser downloaded. */
  onFile?: (file: string) => void;
}

export async function serveDist(root: string, { port = 0, onFile }: ServeOptions = {}): Promise<DistServer> {
  const server = createServer((request, response) => {
    const file = fileForPath(root, new URL(request.url ?? "/", "http://localhost").pathname);
    if (file === undefined) {
      response.writeHead(404).end();
      return;
    }
    onFile?.(file);
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
