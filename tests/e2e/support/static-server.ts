/**
 * A tiny static file server that behaves like GitHub Pages for a built site: files live under a base prefix,
 * directories serve their index.html, unknown paths get /404.html with status 404. Tests own its lifetime, so
 * the offline test can stop it for real instead of only emulating a dropped network.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

export interface StaticServerOptions {
  /** Folder holding the built site (Astro's outDir). */
  root: string;
  /** URL prefix the site is deployed under, with leading and trailing slash, e.g. `/lectern/`. */
  base: string;
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /**
   * Sees each request's path and answers whether to fail it with 503, as a flaky host would, or a promise the
   * answer waits for, as a slow one would (offline tests).
   */
  onRequest?: (pathname: string) => "fail" | Promise<void> | undefined;
}

export interface StaticServer {
  /** Absolute URL of the site root, ending in the base, e.g. `http://127.0.0.1:4321/lectern/`. */
  readonly url: string;
  readonly port: number;
  /** Stops listening and drops open keep-alive connections, so the browser really sees the server gone. */
  stop(): Promise<void>;
}

const mimeTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".bib": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};

/** Pagefind's index files (`.pf_meta`, `.pf_index`, `.pf_fragment`, `.pagefind`) and anything else are bytes. */
export const mimeTypeOf = (path: string): string =>
  mimeTypes[extname(path).toLowerCase()] ?? "application/octet-stream";

/** Maps a request path to a file path inside root, or undefined when it is outside the base or escapes root. */
export const resolveRequestPath = (root: string, base: string, pathname: string): string | undefined => {
  if (!pathname.startsWith(base) && `${pathname}/` !== base) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return undefined;
  }
  const file = normalize(join(root, relative));
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : undefined;
};

const isFile = async (path: string): Promise<boolean> => (await stat(path).catch(() => undefined))?.isFile() ?? false;
const isDirectory = async (path: string): Promise<boolean> =>
  (await stat(path).catch(() => undefined))?.isDirectory() ?? false;

const sendFile = (request: IncomingMessage, response: ServerResponse, file: string, status: number): void => {
  // no-cache keeps tests deterministic: the service worker, not the HTTP cache, is what must serve offline.
  response.writeHead(status, {
    "content-type": mimeTypeOf(file),
    "cache-control": "no-cache",
  });
  if (request.method === "HEAD") {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
};

const handle = async (
  { root, base, onRequest }: StaticServerOptions,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> => {
  const { pathname, search } = new URL(request.url ?? "/", "http://localhost");
  const verdict = onRequest?.(pathname);
  if (verdict === "fail") {
    response.writeHead(503, { "content-type": "text/plain; charset=utf-8" });
    response.end("Service unavailable");
    return;
  }
  await verdict;
  const target = resolveRequestPath(root, base, pathname);
  if (target !== undefined) {
    if (await isFile(target)) {
      sendFile(request, response, target, 200);
      return;
    }
    if (await isDirectory(target)) {
      // GitHub Pages redirects a directory without its trailing slash, so relative URLs resolve the same way.
      if (!pathname.endsWith("/")) {
        response.writeHead(301, { location: `${pathname}/${search}` });
        response.end();
        return;
      }
      const index = join(target, "index.html");
      if (await isFile(index)) {
        sendFile(request, response, index, 200);
        return;
      }
    }
  }
  const notFound = join(root, "404.html");
  if (await isFile(notFound)) {
    sendFile(request, response, notFound, 404);
    return;
  }
  response.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
  response.end("Not found");
};

export const startStaticServer = async (options: StaticServerOptions): Promise<StaticServer> => {
  const { root, port = 0 } = options;
  const site = { ...options, root: normalize(root) };
  const server: Server = createServer((request, response) => {
    handle(site, request, response).catch((error: unknown) => {
      response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actualPort}${options.base}`,
    port: actualPort,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
};
