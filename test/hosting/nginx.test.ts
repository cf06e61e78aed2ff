import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CACHE_CONTROL, CSP } from "../../src/lib/hosting/policy.ts";

/**
 * hosting/nginx.conf served by a real nginx (Debian's, installed by .ci/run and npm test's
 * set-up) over a small site: the headers it sends must be the policy of policy.ts.
 */
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

let dir = "";
let port = 0;
let stop: () => void = () => {};

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "journal-nginx-"));
  const site = path.join(dir, "dist");
  for (const [file, text] of Object.entries({
    "index.html": "<!doctype html><title>home</title>",
    "404.html": "<!doctype html><title>not found</title>",
    "districts/a/index.html": "<!doctype html><title>a</title>",
    "embed/curve/index.html": "<!doctype html><title>embed</title>",
    "_astro/base.1a2b3c.css": "body{}",
    "og/home.png": "png",
    "photos/3f9a1c2b7d4e-480.avif": "avif",
    "bulletin/bulletin.pdf": "%PDF-1.4",
  })) {
    mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    writeFileSync(path.join(site, file), text);
  }
  port = await freePort();
  const server = readFileSync("hosting/nginx.conf", "utf8").replace("listen 8080;", `listen 127.0.0.1:${port};`).replace("root /srv/journal/dist;", `root ${site};`);
  const conf = path.join(dir, "nginx.conf");
  writeFileSync(
    conf,
    `user root; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events {}
http { include /etc/nginx/mime.types; access_log off; client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};
${server} }`,
  );
  const check = spawnSync("nginx", ["-t", "-c", conf, "-p", dir]);
  if (check.status !== 0) throw new Error(`nginx -t failed: ${check.stderr.toString()}`);
  const child = spawn("nginx", ["-c", conf, "-p", dir], { stdio: "ignore" });
  stop = () => child.kill("SIGTERM");
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error("nginx did not start");
});
afterAll(() => stop());

const get = (p: string) => fetch(`http://127.0.0.1:${port}${p}`, { redirect: "manual" });

describe("hosting/nginx.conf", () => {
  it("serves pages with a short cache and the site's CSP, framing only by itself", async () => {
    for (const p of ["/", "/districts/a/"]) {
      const r = await get(p);
      expect(r.status).toBe(200);
      expect(r.headers.get("cache-control")).toBe(CACHE_CONTROL.page);
      expect(r.headers.get("content-security-policy")).toBe(`${CSP}; frame-ancestors 'self'`);
      expect(r.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });
  it("lets other sites frame embed pages", async () => {
    const r = await get("/embed/curve/");
    expect(r.status).toBe(200);
    expect(r.headers.get("content-security-policy")).toBe(`${CSP}; frame-ancestors *`);
  });
  it("caches content-hashed assets for a year, immutable", async () => {
    const r = await get("/_astro/base.1a2b3c.css");
    expect(r.status).toBe(200);
    expect(r.headers.get("cache-control")).toBe(CACHE_CONTROL.immutable);
  });
  it("caches site photos (named by their content) for a year, immutable", async () => {
    const r = await get("/photos/3f9a1c2b7d4e-480.avif");
    expect(r.status).toBe(200);
    expect(r.headers.get("cache-control")).toBe(CACHE_CONTROL.immutable);
    expect(r.headers.get("x-content-type-options")).toBe("nosniff");
  });
  it("caches images and downloads (the bulletin's PDF among them) for a day", async () => {
    for (const p of ["/og/home.png", "/bulletin/bulletin.pdf"]) {
      const r = await get(p);
      expect(r.status).toBe(200);
      expect(r.headers.get("cache-control"), p).toBe(CACHE_CONTROL.asset);
    }
  });
  it("answers unknown paths with the site's 404 page", async () => {
    const r = await get("/no/such/page/");
    expect(r.status).toBe(404);
    expect(await r.text()).toContain("not found");
  });
});
