/**
 * A local HTTP server (127.0.0.1, a free port) standing in for an API: each request gets the reply the test's
 * route gives it, a real sample body or a fault (an error status, a cut connection). It records what was asked.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach } from "vitest";

export type Reply =
  | { status?: number; headers?: Record<string, string>; body: Uint8Array | string }
  /** Promises the whole body in `content-length`, sends its first half, then destroys the socket. */
  | { cut: Uint8Array | string };

export interface RecordedRequest {
  path: string;
  query: URLSearchParams;
  userAgent: string | undefined;
}

export interface ReplayServer {
  /** The server's base URL, for `--api`. */
  base: string;
  requests: RecordedRequest[];
  close: () => Promise<void>;
}

export async function startReplayServer(route: (request: RecordedRequest) => Reply): Promise<ReplayServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const recorded = { path: url.pathname, query: url.searchParams, userAgent: request.headers["user-agent"] };
    requests.push(recorded);
    const reply = route(recorded);
    if ("cut" in reply) {
      const bytes = Buffer.from(reply.cut);
      response.writeHead(200, { "content-length": String(bytes.length) });
      response.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => request.socket.destroy());
      return;
    }
    response.writeHead(reply.status ?? 200, reply.headers ?? {});
    response.end(Buffer.from(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}

/** A route that answers with `replies` one after the other, repeating the last. */
export function inTurn(...replies: Reply[]): () => Reply {
  let next = 0;
  return () => {
    const reply = replies[Math.min(next, replies.length - 1)];
    next++;
    if (reply === undefined) throw new Error("inTurn needs a reply");
    return reply;
  };
}

/** A reply of one content type: `reply(body, status?, headers?)`. */
export function replyOf(contentType: string) {
  return (body: Uint8Array | string, status = 200, headers: Record<string, string> = {}): Reply => ({
    status,
    headers: { "content-type": contentType, ...headers },
    body,
  });
}

/** `serve(route)` starts a server for the test (closing the one before), and each is closed after its test. */
export function serverPerTest(): (route: (request: RecordedRequest) => Reply) => Promise<ReplayServer> {
  let server: ReplayServer | undefined;
  const close = async () => {
    await server?.close();
    server = undefined;
  };
  afterEach(close);
  return async (route) => {
    await close();
    server = await startReplayServer(route);
    return server;
  };
}
