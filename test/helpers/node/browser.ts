/**
 * Real headless Chromium from Debian (`/usr/bin/chromium`, installed by .ci/run), driven
 * by playwright-core, which never downloads a browser. Each launch gets a fresh temporary
 * profile (user-data-dir) from Playwright.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium), as .ci/run does`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}

/** The last console lines of each watched page, for the state dump of a failed test. */
const consoleTails = new WeakMap<Page, string[]>();

/** Collects what must never happen on a page: uncaught errors and dialogs (alert from an injected script). */
export function watch(page: Page): { errors: string[]; dialogs: string[] } {
  const seen = { errors: [] as string[], dialogs: [] as string[] };
  const tail: string[] = [];
  consoleTails.set(page, tail);
  page.on("console", (m) => {
    tail.push(`${m.type()}: ${m.text()}`);
    if (tail.length > 30) tail.shift();
  });
  page.on("pageerror", (e) => seen.errors.push(e.message));
  page.on("dialog", (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  return seen;
}

export function registerInPage(page: Page, baseUrl: string, username: string, password = "correct horse battery"): Promise<void> {
  return signInPage(page, baseUrl, username, password, "register");
}

export function loginInPage(page: Page, baseUrl: string, username: string, password = "correct horse battery"): Promise<void> {
  return signInPage(page, baseUrl, username, password, "login");
}

/** Fills the sign-in form, presses `button`, and waits until the app's client is connected. */
async function signInPage(page: Page, baseUrl: string, username: string, password: string, button: "register" | "login"): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.fill("[data-test=username]", username);
  await page.fill("[data-test=password]", password);
  await page.click(`[data-test=${button}]`);
  await page.waitForSelector("[data-test=me]");
  await page.waitForFunction(() => (window as unknown as { imserver: { client: { state: string } } }).imserver.client.state === "connected");
}

export async function sendInPage(page: Page, text: string): Promise<void> {
  await page.fill("[data-test=composer]", text);
  await page.press("[data-test=composer]", "Enter");
}

/** The visible conversation's message bodies, as text, in order. */
export function bodies(page: Page): Promise<string[]> {
  return page.$$eval("[data-test=messages] [data-test=body]", (els) => els.map((e) => e.textContent ?? ""));
}

/** The unread badge of a conversation row ("" when none). */
export function unreadBadge(page: Page, conversationId: string): Promise<string> {
  return page.$eval(`[data-test=conversation][data-id="${conversationId}"]`, (el) => el.querySelector("[data-test=unread]")?.textContent ?? "");
}

/**
 * What a page shows and what its client knows, as one JSON line: printed when a browser
 * test fails, so a failure seen only in CI can be understood from its log.
 */
export async function describePage(page: Page): Promise<string> {
  if (page.isClosed()) return "(closed)";
  const state = await page
    .evaluate(() => {
      const app = (window as unknown as { imserver?: { client: { state: string; conversations(): { conversationId: string; lastSeq: number; readSeq: number; unread: number }[]; pending(): unknown[] } } }).imserver;
      const text = (sel: string) => [...document.querySelectorAll(sel)].map((e) => e.textContent ?? "");
      return {
        hash: location.hash,
        banner: document.querySelector("[data-test=banner]")?.textContent ?? "",
        client: app?.client.state,
        conversations: app?.client.conversations().map((c) => ({ id: c.conversationId, lastSeq: c.lastSeq, readSeq: c.readSeq, unread: c.unread })),
        pending: app?.client.pending().length,
        rows: [...document.querySelectorAll("[data-test=conversation]")].map((r) => `${(r as HTMLElement).dataset["id"]} unread=${r.querySelector("[data-test=unread]")?.textContent ?? 0}`),
        bodies: text("[data-test=messages] [data-test=body]"),
      };
    })
    .catch((err: Error) => ({ error: err.message }));
  return JSON.stringify({ ...state, console: consoleTails.get(page) ?? [] });
}
