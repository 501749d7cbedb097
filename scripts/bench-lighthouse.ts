/**
 * Lighthouse (mobile: emulated mid-range phone, slow 4G, 4× CPU slowdown) against the production
 * build on a freshly seeded database, in Debian's Chromium: the home and a product page, each as
 * is and with `Save-Data: on` (data-saving mode). Every page is audited `--runs` times and the
 * median score kept.
 *
 *   npm run bench:lighthouse -- --runs 3
 *
 * Prints progress, then one line of JSON with scores, the main metrics and bytes per page.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { z } from "zod";
import { samplePages, seededProductionApp } from "./lib/bench-app";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./lib/chromium";

const { values } = parseArgs({ options: { runs: { type: "string" } } });
const runs = z.coerce
  .number()
  .int()
  .min(1)
  .max(9)
  .parse(values.runs ?? 3);
if (!fs.existsSync(CHROMIUM_PATH)) {
  console.error(
    `Chromium is needed at ${CHROMIUM_PATH} (apt-get install chromium, or CHROMIUM_PATH)`,
  );
  process.exit(1);
}

const subject = await seededProductionApp("lighthouse");
const pages = await samplePages(subject.url);
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS],
});

interface Audit {
  score: number;
  fcp_ms: number;
  lcp_ms: number;
  tbt_ms: number;
  cls: number;
  bytes_kib: number;
  scripts_kib: number;
}

async function audit(url: string, saveData: boolean): Promise<Audit> {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance"],
    extraHeaders: saveData ? { "Save-Data": "on" } : undefined,
  });
  const lhr = result!.lhr;
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const scripts =
    (
      lhr.audits["resource-summary"]?.details as
        { items?: { resourceType: string; transferSize: number }[] } | undefined
    )?.items?.find((i) => i.resourceType === "script")?.transferSize ?? 0;
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    fcp_ms: Math.round(value("first-contentful-paint")),
    lcp_ms: Math.round(value("largest-contentful-paint")),
    tbt_ms: Math.round(value("total-blocking-time")),
    cls: Number(value("cumulative-layout-shift").toFixed(3)),
    bytes_kib: Number((value("total-byte-weight") / 1024).toFixed(1)),
    scripts_kib: Number((scripts / 1024).toFixed(1)),
  };
}

const results: Record<string, Audit> = {};
try {
  for (const [name, path] of [
    ["home", pages.home],
    ["product", pages.product],
  ] as const) {
    for (const saveData of [false, true]) {
      const label = saveData ? `${name}_save_data` : name;
      const audits: Audit[] = [];
      for (let i = 0; i < runs; i++) audits.push(await audit(`${subject.url}${path}`, saveData));
      audits.sort((a, b) => a.score - b.score);
      const median = audits[Math.floor(audits.length / 2)]!;
      results[label] = median;
      console.log(
        `${label.padEnd(18)} score ${median.score} (runs: ${audits.map((a) => a.score).join(", ")}) · LCP ${median.lcp_ms} ms · TBT ${median.tbt_ms} ms · ${median.bytes_kib} KiB (scripts ${median.scripts_kib} KiB)`,
      );
    }
  }
} finally {
  await chrome.kill();
  await subject.stop();
}
console.log(JSON.stringify({ runs, pages: results }));
