import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

/**
 * A tiny static file server for the built site, on 127.0.0.1 and a random port, behaving like a
 * plain static host: "/dir/" serves dir/index.html, "/dir" redirects to "/dir/", unknown paths
 * get 404.html (status 404). Files outside `root` are never served. `prefix` mounts the site
 * under a sub-path ("/journal/"), as a host serving it from a folder would.
 */
export interface StaticServer {
  url: string;
  origin: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".pdf": "application/pdf",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

async function isFile(p: string): Promise<boolean> {
  return stat(p).then((s) => s.isFile()).catch(() => false);
}
async function isDir(p: string): Promise<boolean> {
  return stat(p).then((s) => s.isDirectory()).catch(() => false);
}

export async function startStaticServer(root: string, prefix = "/"): Promise<StaticServer> {
  const base = path.resolve(root);
  const mount = prefix.endsWith("/") ? prefix : `${prefix}/`;
  const server: Server = createServer(async (req, res) => {
    const send404 = async () => {
      const page = path.join(base, "404.html");
      res.statusCode = 404;
      if (await isFile(page)) {
        res.setHeader("content-type", TYPES[".html"]!);
        createReadStream(page).pipe(res);
      } else res.end("not found");
    };
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      let pathname = decodeURIComponent(url.pathname);
      if (!pathname.startsWith(mount)) {
        if (`${pathname}/` === mount) {
          res.writeHead(301, { location: mount });
          res.end();
          return;
        }
        return await send404();
      }
      pathname = pathname.slice(mount.length - 1);
      const file = path.join(base, pathname);
      if (file !== base && !file.startsWith(base + path.sep)) return await send404();
      let target = file;
      if (await isDir(file)) {
        if (!pathname.endsWith("/")) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` });
          res.end();
          return;
        }
        target = path.join(file, "index.html");
      }
      if (!(await isFile(target))) return await send404();
      res.setHeader("content-type", TYPES[path.extname(target).toLowerCase()] ?? "application/octet-stream");
      res.setHeader("cache-control", "no-store");
      createReadStream(target).pipe(res);
    } catch {
      res.statusCode = 500;
      res.end("error");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${mount}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
