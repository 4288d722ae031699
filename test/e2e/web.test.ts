/**
 * The web chat app in real headless Chromium (Debian's /usr/bin/chromium via
 * playwright-core) against the real local Worker serving it as static assets: two users
 * register and chat both ways, unread badges and read state (also across a second device),
 * hostile message text rendered as text, a reload, typing and presence, a group created and
 * grown from the UI, the reconnecting banner with messages
 * kept pending offline, and a failed message with retry. A screenshot of the chat is kept
 * in test-artifacts/.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { directConversationId } from "../../shared/ids.js";
import { http, registerUser } from "../helpers/node/client.js";
import { bodies, describePage, launchChromium, loginInPage, registerInPage, sendInPage, unreadBadge, watch } from "../helpers/node/browser.js";
import { startLocalWorker, type LocalWorker } from "../helpers/node/local-worker.js";

let worker: LocalWorker;
let browser: Browser;
const contexts: BrowserContext[] = [];
const ARTIFACTS = join(import.meta.dirname, "..", "..", "test-artifacts");

beforeAll(async () => {
  [worker, browser] = await Promise.all([startLocalWorker(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await worker?.stop();
});

/** The pages of the running test, described in the log if it fails. */
let pages: Page[] = [];

async function page(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 720 } });
  contexts.push(context);
  const p = await context.newPage();
  pages.push(p);
  return p;
}

afterEach(async (ctx) => {
  if (ctx.task.result?.state === "fail") {
    for (const [i, p] of pages.entries()) console.log(`page ${i} at failure: ${await describePage(p)}`);
  }
  pages = [];
});

const stamp = () => Date.now().toString(36) + Math.floor(Math.random() * 1e4).toString(36);
const row = (conversationId: string) => `[data-test=conversation][data-id="${conversationId}"]`;
const currentConversation = async (p: Page) => decodeURIComponent((await p.evaluate(() => location.hash)).replace(/^#\/c\//, ""));
/** Starts a 1:1 chat with `username` from the sidebar; resolves with the conversation opened. */
async function startChat(p: Page, username: string): Promise<string> {
  await p.fill("[data-test=peer-username]", username);
  await p.click("[data-test=start-chat]");
  await p.waitForSelector("[data-test=composer]");
  return currentConversation(p);
}

/** Payloads that would run script or mislead if rendered as HTML (a slice of WEB-01's corpus). */
const HOSTILE = [
  `<img src=x onerror="window.__xss=1">`,
  `<script>window.__xss=2</script>`,
  `"><svg onload=window.__xss=3>`,
  `<a href="javascript:window.__xss=4">click</a>`,
  `[x](javascript:window.__xss=5)`,
  `javascript:window.__xss=6`,
  `<iframe srcdoc="<script>parent.__xss=7</script>">`,
  `&lt;b&gt;entities&lt;/b&gt; &amp; <b>bold</b>`,
  `<details open ontoggle="window.__xss=8">`,
  `<math><mi xlink:href="javascript:window.__xss=9">m</mi></math>`,
  `<style>@import 'javascript:window.__xss=10'</style>`,
  "{{constructor.constructor('window.__xss=11')()}}",
  "zero\u200Bwidth\u200Dand\uFEFFbom",
  "file\u202Egnp.exe",
];
/** What the user must see: the same characters, bidi overrides shown as a visible marker. */
const shown = (s: string) => s.replace("\u202E", "⟨U+202E⟩");

describe("web chat in headless Chromium", () => {
  it("serves the app with a strict Content-Security-Policy, and /v1 still reaches the Worker", async () => {
    const res = await fetch(`${worker.baseUrl}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    const api = await fetch(`${worker.baseUrl}/v1/users/me`);
    expect(api.status).toBe(401);
    expect(await api.json()).toMatchObject({ error: { code: "unauthorized" } });
  });

  it("two users register and chat both ways; unread and read state follow across devices; hostile text stays text; a reload keeps everything", async () => {
    const s = stamp();
    const [aliceName, bobName] = [`alice_${s}`, `bob_${s}`];
    const a = await page();
    const b = await page();
    const seenA = watch(a);
    const seenB = watch(b);
    await registerInPage(a, worker.baseUrl, aliceName);
    await registerInPage(b, worker.baseUrl, bobName);

    // Alice starts a chat by username and writes.
    const C = await startChat(a, bobName);
    expect(C).toMatch(/^d:/);
    await sendInPage(a, "hello bob");

    // Bob sees the conversation appear with an unread badge, its preview and the page title.
    await b.waitForSelector(`${row(C)} [data-test=unread]`);
    expect(await unreadBadge(b, C)).toBe("1");
    expect(await b.textContent(`${row(C)} [data-test=preview]`)).toBe("hello bob");
    // The title starts as the peer's id and becomes the username once the lookup returns.
    await b.waitForFunction(
      ([sel, name]) => document.querySelector(sel!)?.textContent === name,
      [`${row(C)} [data-test=conversation-title]`, aliceName] as const,
    );
    expect(await b.title()).toBe("(1) IMServer chat");

    // Opening it reads it.
    await b.click(row(C));
    await b.waitForFunction(() => document.querySelector("[data-test=messages] [data-test=body]")?.textContent === "hello bob");
    await b.waitForFunction((sel) => !document.querySelector(`${sel} [data-test=unread]`), row(C));
    expect(await b.title()).toBe("IMServer chat");

    // Bob answers; Alice, looking at the conversation, gets it read at once.
    await sendInPage(b, "hi alice");
    await a.waitForFunction(() => document.querySelectorAll("[data-test=messages] [data-test=message]").length === 2);
    expect(await bodies(a)).toEqual(["hello bob", "hi alice"]);
    // Bob read Alice's message when he opened the conversation: her first message shows Read.
    await a.waitForFunction(() => document.querySelector("[data-test=message] [data-test=status]")?.getAttribute("data-status") === "read");
    await a.waitForFunction((sel) => !document.querySelector(`${sel} [data-test=unread]`), row(C));

    // Bob on a second device: reading on one device clears the badge on the other.
    const b2 = await page();
    const seenB2 = watch(b2);
    await loginInPage(b2, worker.baseUrl, bobName);
    await b2.waitForSelector(row(C));
    expect(await unreadBadge(b2, C)).toBe("");
    await b.click("[data-test=close-chat]");
    await sendInPage(a, "are you there?");
    await b.waitForFunction((sel) => document.querySelector(`${sel} [data-test=unread]`)?.textContent === "1", row(C));
    await b2.waitForFunction((sel) => document.querySelector(`${sel} [data-test=unread]`)?.textContent === "1", row(C));
    await b.click(row(C));
    await b2.waitForFunction((sel) => !document.querySelector(`${sel} [data-test=unread]`), row(C));
    expect(await b2.title()).toBe("IMServer chat");

    // Hostile text: shown exactly as typed, nothing created from it, nothing run.
    for (const payload of HOSTILE) await sendInPage(a, payload);
    await b.waitForFunction((n) => document.querySelectorAll("[data-test=messages] [data-test=message]").length === n, 3 + HOSTILE.length);
    expect((await bodies(b)).slice(3)).toEqual(HOSTILE.map(shown));
    const injected = await b.evaluate(() => ({
      xss: (window as unknown as { __xss?: unknown }).__xss,
      elements: document.querySelectorAll("#app img, #app script, #app svg, #app iframe, #app b, #app details, #app math, #app style").length,
      badLinks: [...document.querySelectorAll("a")].filter((l) => !/^(https?|mailto):$/.test(l.protocol)).length,
      handlers: [...document.querySelectorAll("#app *")].filter((el) => [...el.attributes].some((attr) => attr.name.startsWith("on"))).length,
    }));
    expect(injected).toEqual({ xss: undefined, elements: 0, badLinks: 0, handlers: 0 });
    expect(await b.textContent(`${row(C)} [data-test=preview]`)).toBe(`${shown(HOSTILE.at(-1)!)}`);

    // A reload: still signed in, the open conversation comes back with its history, as text.
    await b.reload();
    await b.waitForSelector("[data-test=me]");
    await b.waitForFunction((n) => document.querySelectorAll("[data-test=messages] [data-test=message]").length === n, 3 + HOSTILE.length);
    expect(await bodies(b)).toEqual(["hello bob", "hi alice", "are you there?", ...HOSTILE.map(shown)]);
    expect(await b.textContent("[data-test=me]")).toBe(bobName);
    await sendInPage(b, "back after a reload");
    await a.waitForFunction(() => [...document.querySelectorAll("[data-test=messages] [data-test=body]")].some((e) => e.textContent === "back after a reload"));

    mkdirSync(ARTIFACTS, { recursive: true });
    await b.screenshot({ path: join(ARTIFACTS, "web-chat.png") });
    await a.screenshot({ path: join(ARTIFACTS, "web-chat-sender.png") });
    for (const seen of [seenA, seenB, seenB2]) expect(seen).toEqual({ errors: [], dialogs: [] });
  });

  it("shows typing and presence, and runs a group chat: create a group, add a member, everyone chats", async () => {
    const s = stamp();
    const [ann, ben, cat] = [`gann_${s}`, `gben_${s}`, `gcat_${s}`];
    const a = await page();
    const b = await page();
    const c = await page();
    const seen = [watch(a), watch(b), watch(c)];
    await registerInPage(a, worker.baseUrl, ann);
    await registerInPage(b, worker.baseUrl, ben);
    await registerInPage(c, worker.baseUrl, cat);

    // 1:1 first: Ben is online, so Ann's header shows a green dot; typing shows on Ben's side.
    const D = await startChat(a, ben);
    await sendInPage(a, "ping");
    await b.waitForSelector(row(D));
    await b.click(row(D));
    await b.waitForFunction(() => document.querySelector("[data-test=messages] [data-test=body]")?.textContent === "ping");
    await a.waitForSelector("[data-test=peer-presence].online", { timeout: 15_000 });
    await a.type("[data-test=composer]", "typing something");
    await b.waitForFunction((name) => document.querySelector("[data-test=typing]")?.textContent === `${name} is typing…`, ann, { timeout: 10_000 });
    // The indicator goes away by itself when the typing stops.
    await b.waitForFunction(() => document.querySelector("[data-test=typing]")?.textContent === "", null, { timeout: 15_000 });
    // Ben leaves: Ann's dot turns offline.
    await b.close();
    await a.waitForSelector("[data-test=peer-presence].offline", { timeout: 30_000 });
    await a.fill("[data-test=composer]", "");

    // A group with Ann and Cat, then Ben (signed in again) is added from the chat header.
    await a.click("[data-test=new-group]");
    await a.fill("[data-test=dialog-name]", `team ${s}`);
    await a.fill("[data-test=dialog-members]", cat);
    await a.click("[data-test=dialog-submit]");
    await a.waitForFunction(() => location.hash.startsWith("#/c/g%3A") || location.hash.startsWith("#/c/g:"));
    const G = await currentConversation(a);
    expect(G).toMatch(/^g:/);
    await a.waitForSelector("[data-test=add-member]:not(.hidden)");
    await sendInPage(a, "welcome to the team");
    await c.waitForSelector(`${row(G)} [data-test=unread]`, { timeout: 15_000 });
    // Cat was added by someone else: the app learns the group's name when it first shows it.
    await c.waitForFunction(([sel, name]) => document.querySelector(sel!)?.textContent === name, [`${row(G)} [data-test=conversation-title]`, `team ${s}`] as const);
    // Cat presses on the row, a message re-renders the list, and Cat releases: that is still
    // a click on the row (rows are updated in place, never rebuilt under the pointer).
    const box = (await c.locator(row(G)).boundingBox())!;
    await c.evaluate((sel) => Object.assign(document.querySelector(sel)!, { __pressed: true }), row(G));
    await c.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await c.mouse.down();
    await sendInPage(a, "glad you are here");
    await c.waitForFunction((sel) => document.querySelector(`${sel} [data-test=unread]`)?.textContent === "2", row(G));
    expect(await c.evaluate((sel) => (document.querySelector(sel) as unknown as { __pressed?: boolean }).__pressed, row(G)), "the row element survived the re-render").toBe(true);
    await c.mouse.up();
    await c.waitForFunction((id) => decodeURIComponent(location.hash) === `#/c/${id}`, G, { timeout: 5_000 });
    await c.waitForFunction(() => [...document.querySelectorAll("[data-test=messages] [data-test=body]")].some((e) => e.textContent === "welcome to the team"));
    // Messages from others carry their sender's name in a group.
    await c.waitForFunction((name) => [...document.querySelectorAll("[data-test=messages] [data-test=sender]")].some((e) => e.textContent === name), ann);
    await sendInPage(c, "hi all");
    await a.waitForFunction(() => [...document.querySelectorAll("[data-test=messages] [data-test=body]")].some((e) => e.textContent === "hi all"));

    const b2 = await page();
    seen.push(watch(b2));
    await loginInPage(b2, worker.baseUrl, ben);
    await a.click("[data-test=add-member]");
    await a.fill("[data-test=dialog-username]", ben);
    await a.click("[data-test=dialog-submit]");
    await a.waitForSelector("dialog", { state: "detached" });
    await sendInPage(a, "ben is here now");
    await b2.waitForSelector(`${row(G)} [data-test=unread]`, { timeout: 15_000 });
    await b2.click(row(G));
    await b2.waitForFunction(() => [...document.querySelectorAll("[data-test=messages] [data-test=body]")].some((e) => e.textContent === "ben is here now"));
    // Ben joined after the first messages: with the default history visibility he sees from his join on.
    expect(await bodies(b2)).not.toContain("welcome to the team");
    await sendInPage(b2, "thanks");
    for (const p of [a, c]) await p.waitForFunction(() => [...document.querySelectorAll("[data-test=messages] [data-test=body]")].some((e) => e.textContent === "thanks"));

    mkdirSync(ARTIFACTS, { recursive: true });
    await c.screenshot({ path: join(ARTIFACTS, "web-group.png") });
    for (const w of seen) expect(w).toEqual({ errors: [], dialogs: [] });
  });

  it("scrolls back through history in pages, in order", async () => {
    const ana = await registerUser(worker.baseUrl, "ana");
    const bo = await registerUser(worker.baseUrl, "bo");
    const C = directConversationId(ana.user.id, bo.user.id);
    const N = 120;
    for (let i = 1; i <= N; i++) {
      const res = await http(worker.baseUrl, `/v1/conversations/${C}/messages`, { token: i % 2 ? ana.accessToken : bo.accessToken, body: { clientMsgId: `h-${i}`, content: { text: `history ${i}` } } });
      expect(res.status).toBe(201);
    }
    const p = await page();
    const seen = watch(p);
    await loginInPage(p, worker.baseUrl, bo.user.username);
    await p.click(row(C));
    const count = () => p.$$eval("[data-test=messages] [data-test=message]", (els) => els.length);
    await p.waitForFunction(() => document.querySelectorAll("[data-test=messages] [data-test=message]").length === 50);
    expect((await bodies(p))[0]).toBe("history 71");
    for (const expected of [100, 120]) {
      await p.$eval("[data-test=messages]", (el) => {
        el.scrollTop = 0;
        el.dispatchEvent(new Event("scroll"));
      });
      await p.waitForFunction((n) => document.querySelectorAll("[data-test=messages] [data-test=message]").length === n, expected);
    }
    expect(await count()).toBe(N);
    expect(await bodies(p)).toEqual(Array.from({ length: N }, (_, i) => `history ${i + 1}`));
    expect(seen).toEqual({ errors: [], dialogs: [] });
  });

  it("shows a reconnecting banner, keeps messages pending while offline and sends them after; a refused message shows as failed with retry", async () => {
    const s = stamp();
    const a = await page();
    const b = await page();
    const seenA = watch(a);
    await registerInPage(a, worker.baseUrl, `ann_${s}`);
    await registerInPage(b, worker.baseUrl, `ben_${s}`);
    const C = await startChat(a, `ben_${s}`);

    // The network goes away. Chromium's offline emulation blocks new connections but leaves
    // an open WebSocket alone, so the drop itself is asked of the client.
    await a.context().setOffline(true);
    await a.evaluate(() => (window as unknown as { imserver: { client: { reconnect(): void } } }).imserver.client.reconnect());
    await a.waitForSelector("[data-test=banner][data-state=reconnecting]");
    await sendInPage(a, "written while offline");
    await a.waitForSelector("[data-test=status][data-status=pending]");
    await a.waitForFunction(() => /1 message waiting/.test(document.querySelector("[data-test=banner]")?.textContent ?? ""), null, { timeout: 15_000 });

    // The network is back: the banner goes, the message is sent (once) and arrives.
    await a.context().setOffline(false);
    await a.waitForSelector("[data-test=banner].hidden", { state: "attached", timeout: 20_000 });
    await a.waitForSelector("[data-test=status][data-status=sent]");
    await b.waitForSelector(`${row(C)} [data-test=unread]`);
    await b.click(row(C));
    await b.waitForFunction(() => document.querySelectorAll("[data-test=messages] [data-test=message]").length === 1);
    expect(await bodies(b)).toEqual(["written while offline"]);

    // A conversation Ann is not part of: the server refuses, the message shows as failed.
    const ben = await b.evaluate(() => (window as unknown as { imserver: { client: { userId: string } } }).imserver.client.userId);
    const carol = await registerUser(worker.baseUrl, "carol");
    const foreign = directConversationId(ben, carol.user.id);
    await a.evaluate((id) => (location.hash = `#/c/${encodeURIComponent(id)}`), foreign);
    await a.waitForFunction((id) => document.querySelector("[data-test=chat-title]") !== null && location.hash.includes(encodeURIComponent(id)), foreign);
    await sendInPage(a, "not mine to write in");
    await a.waitForSelector("[data-test=status][data-status=failed]");
    expect(await a.getAttribute("[data-test=status][data-status=failed]", "title")).toMatch(/not a member/);
    await a.click("[data-test=retry]");
    // The retry makes it pending again (the page may still show "failed" until it renders),
    // and the server's second refusal makes it failed: wait for the client's own state.
    await a.waitForFunction(() => {
      const pending = (window as unknown as { imserver: { client: { pending(): Array<{ status: string }> } } }).imserver.client.pending();
      return pending.length === 1 && pending[0]!.status === "failed" && document.querySelector("[data-test=status][data-status=failed]") !== null;
    });
    expect(await a.evaluate(() => (window as unknown as { imserver: { client: { pending(): Array<{ status: string }> } } }).imserver.client.pending().map((p) => p.status))).toEqual(["failed"]);
    expect(seenA).toEqual({ errors: [], dialogs: [] });
  });
});
