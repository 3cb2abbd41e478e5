import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";

export interface StaticServer {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".otf": "font/otf",
  ".wasm": "application/wasm",
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Cache-Control": "no-store",
  });
  res.end(text);
}

function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root + sep);
}

/**
 * Serves `root` on 127.0.0.1 at a random port. GET/HEAD only; `/` and folders serve their
 * index.html; missing files are 404; any `..` segment, NUL or backslash is 400; symlinks
 * that lead outside root are 404.
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const realRoot = await realpath(resolve(root));

  const server = createServer((req, res) => {
    void (async () => {
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.setHeader("Allow", "GET, HEAD");
        sendText(res, 405, "Method Not Allowed");
        return;
      }
      const rawPath = (req.url ?? "/").split(/[?#]/, 1)[0] ?? "/";
      let pathname: string;
      try {
        pathname = decodeURIComponent(rawPath);
      } catch {
        sendText(res, 400, "Bad Request");
        return;
      }
      const segments = pathname.split("/");
      if (
        !pathname.startsWith("/") ||
        pathname.includes("\0") ||
        pathname.includes("\\") ||
        segments.includes("..")
      ) {
        sendText(res, 400, "Bad Request");
        return;
      }

      let file = resolve(realRoot, "." + pathname);
      if (!isInside(realRoot, file)) {
        sendText(res, 400, "Bad Request");
        return;
      }
      try {
        let info = await stat(file);
        if (info.isDirectory()) {
          file = join(file, "index.html");
          info = await stat(file);
        }
        const real = await realpath(file);
        if (!info.isFile() || !isInside(realRoot, real)) throw new Error("not a file under root");
        res.writeHead(200, {
          "Content-Type": contentTypeFor(real),
          "Content-Length": String(info.size),
          "Cache-Control": "no-store",
          "X-Content-Type-Options": "nosniff",
        });
        if (req.method === "HEAD") {
          res.end();
          return;
        }
        const stream = createReadStream(real);
        stream.on("error", () => res.destroy());
        stream.pipe(res);
      } catch {
        sendText(res, 404, "Not Found");
      }
    })();
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolveListen();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.close((err) => (err ? reject(err) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}
