import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../../scripts/lib/chromium";

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** Real Chromium with a fresh profile; `javaScript: false` is the low-end-phone journey. */
export async function openBrowser(options: { javaScript: boolean }): Promise<{
  context: BrowserContext;
  close: () => Promise<void>;
}> {
  const profile = fs.mkdtempSync(
    path.join(os.tmpdir(), `pk-e2e-${crypto.randomBytes(3).toString("hex")}-`),
  );
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    javaScriptEnabled: options.javaScript,
    locale: "id-ID",
    viewport: { width: 390, height: 844 },
    args: ["--headless", ...CHROMIUM_FLAGS],
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * One browser page shared by a describe block's tests: opened (and `prepare`d) before them,
 * closed with the accessibility auditor after. Call the returned function inside a test.
 */
export function pageForSuite(options: {
  javaScript: boolean;
  prepare?: (page: Page) => Promise<void>;
}): () => Page {
  let page: Page | undefined;
  let close = async () => {};
  beforeAll(async () => {
    const browser = await openBrowser({ javaScript: options.javaScript });
    close = browser.close;
    page = await browser.context.newPage();
    await options.prepare?.(page);
  });
  afterAll(async () => {
    await close();
    await closeAuditor();
  });
  return () => {
    if (!page) throw new Error("The suite's page opens before its tests");
    return page;
  };
}

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

let auditor: { page: Page; close: () => Promise<void> } | undefined;

/**
 * A page that can run axe on what a no-JavaScript visitor sees: scripts on, but the app's own
 * bundles blocked, so the document stays exactly as the server rendered it.
 */
async function auditorPage(): Promise<Page> {
  if (!auditor) {
    const { context, close } = await openBrowser({ javaScript: true });
    const page = await context.newPage();
    await page.route(/\.js(\?.*)?$/, (route) => route.abort());
    auditor = { page, close };
  }
  return auditor.page;
}

export async function closeAuditor(): Promise<void> {
  await auditor?.close();
  auditor = undefined;
}

/**
 * Runs axe-core's WCAG 2.1 A/AA rules on the page and fails with a readable list. A page without
 * JavaScript cannot run axe itself, so its URL (with its cookies) is audited in the auditor page.
 */
export async function expectAccessible(
  page: Page,
  options: { javaScript?: boolean } = {},
): Promise<void> {
  if (options.javaScript === false) {
    const target = await auditorPage();
    await target.context().addCookies(await page.context().cookies());
    await target.goto(page.url());
    return expectAccessible(target);
  }
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(`axe.run(document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }
  }).then(r => r.violations.map(v => ({ id: v.id, help: v.help, nodes: v.nodes.map(n => ({ target: n.target })) })))`)) as AxeViolation[];
  const readable = violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(" "))
        .join(", ")}`,
  );
  expect(readable, `accessibility violations on ${page.url()}`).toEqual([]);
}
