#!/usr/bin/env node
// Set-up that the README's commands do by themselves on a fresh machine:
// `npm ci` when node_modules is missing or older than package-lock.json, and the Debian
// packages below when missing.
import { execSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";

const run = (cmd) => execSync(cmd, { stdio: "inherit" });
const installed = "node_modules/.package-lock.json";
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync("package-lock.json").mtimeMs) {
  console.log("[setup] npm ci");
  run("npm ci --no-audit --no-fund");
}

// Debian packages: the CJK font for preview images (build and tests); chromium, nginx and
// poppler-utils (pdfinfo, pdftotext: the printed bulletin read back) for the browser, hosting and
// bulletin tests (--browser).
const wanted = [["fonts-noto-cjk", "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"]];
if (process.argv.includes("--browser")) wanted.push(["chromium", "/usr/bin/chromium"], ["nginx", "/usr/sbin/nginx"], ["poppler-utils", "/usr/bin/pdftotext"]);
const missing = wanted.filter(([, file]) => !existsSync(file)).map(([name]) => name);
if (missing.length > 0) {
  console.log(`[setup] installing Debian's ${missing.join(", ")}`);
  const sudo = process.getuid && process.getuid() !== 0 ? "sudo " : "";
  run(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(" ")}`);
}
