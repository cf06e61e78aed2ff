#!/usr/bin/env node
// Set-up that the README's commands do by themselves on a fresh machine:
// `npm ci` when node_modules is missing or older than package-lock.json, and with
// --browser, Debian's chromium (the browser tests drive it through playwright-core).
import { execSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";

const run = (cmd) => execSync(cmd, { stdio: "inherit" });
const installed = "node_modules/.package-lock.json";
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync("package-lock.json").mtimeMs) {
  console.log("[setup] npm ci");
  run("npm ci --no-audit --no-fund");
}

if (process.argv.includes("--browser") && !existsSync("/usr/bin/chromium")) {
  console.log("[setup] installing Debian's chromium and CJK fonts");
  const sudo = process.getuid && process.getuid() !== 0 ? "sudo " : "";
  run(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk`);
}
