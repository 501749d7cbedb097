import type { Page } from "playwright-core";
import { expect } from "vitest";

export const DEMO_PASSWORD = "pasarkampung";

export async function h1(page: Page): Promise<string> {
  return ((await page.getByRole("heading", { level: 1 }).textContent()) ?? "").trim();
}

/** Signs in through the login form, like a person would. */
export async function loginAs(
  page: Page,
  baseUrl: string,
  phone: string,
  password = DEMO_PASSWORD,
) {
  await page.goto(`${baseUrl}/masuk`);
  await page.getByLabel("Nomor HP (WhatsApp)").fill(phone);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("main").getByRole("button", { name: "Masuk" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/masuk"));
}

/** Creates an account through the sign-up form and lands on the account page. */
export async function signUp(
  page: Page,
  baseUrl: string,
  account: { name: string; phone: string; password: string },
) {
  await page.goto(`${baseUrl}/daftar`);
  await page.getByLabel("Nama").fill(account.name);
  await page.getByLabel("Nomor HP (WhatsApp)").fill(account.phone);
  await page.getByLabel("Kata sandi").fill(account.password);
  await page.getByRole("main").getByRole("button", { name: "Daftar" }).click();
  await page.waitForURL(/\/akun$/);
}

/**
 * One level of the address book's region picker: without JavaScript, choose and press "Lanjut"
 * (the server answers with the next list); with it, choosing fetches the next list in place.
 */
export async function pickRegion(
  page: Page,
  step: { label: string; name: string; next: string | null },
  javaScript: boolean,
) {
  await page.getByLabel(step.label, { exact: true }).selectOption({ label: step.name });
  if (!step.next) return;
  if (!javaScript) await page.getByRole("button", { name: "Lanjut" }).click();
  await expect.poll(() => page.getByLabel(step.next!, { exact: true }).count()).toBe(1);
}

export async function logout(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/akun`);
  await page.getByRole("button", { name: "Keluar", exact: true }).click();
  await page.waitForURL(`${baseUrl}/`);
  await expect.poll(() => page.getByRole("link", { name: "Masuk" }).count()).toBeGreaterThan(0);
}

/** Opens the header's menu, where a phone keeps everything the bar has no room for. */
export async function openMenu(page: Page) {
  await page.getByRole("banner").locator("summary").click();
  await expect
    .poll(() => page.getByRole("banner").getByRole("navigation").first().getByRole("link").count())
    .toBeGreaterThan(1);
}
