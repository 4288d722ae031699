/**
 * File attachments through the real fetch handler: upload limits, the type allowlist and
 * content check, quotas, authorized downloads with ranges, file references in messages
 * (metadata filled in by the server, forwarding), and the orphan collector run by the
 * scheduled handler. The pool runs with FILE_MAX_BYTES = 256 KiB and a 1 MiB quota.
 */
import { createScheduledController } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../workers/index.js";
import { api, BASE, directId, register, type Account } from "../helpers/worker/client.js";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);

function bytes(size: number, head: Uint8Array = PNG): Uint8Array {
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) out[i] = (i * 7 + 3) & 0xff;
  out.set(head.subarray(0, Math.min(head.length, size)));
  return out;
}

async function upload(token: string | undefined, body: Uint8Array, type = "image/png", name = "photo.png") {
  const headers: Record<string, string> = { "content-type": type };
  if (token) headers["authorization"] = `Bearer ${token}`;
  const res = await exports.default.fetch(new Request(`${BASE}/v1/files?name=${encodeURIComponent(name)}`, { method: "POST", headers, body }));
  const json = (await res.json()) as any;
  return { status: res.status, body: json };
}

async function download(token: string | undefined, id: string, headers: Record<string, string> = {}, method = "GET") {
  if (token) headers["authorization"] = `Bearer ${token}`;
  const res = await exports.default.fetch(new Request(`${BASE}/v1/files/${id}`, { method, headers }));
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}

async function sendFile(from: Account, to: Account, fileId: string, extra: Record<string, unknown> = {}, type = "image") {
  return api(`/v1/conversations/${directId(from.user.id, to.user.id)}/messages`, {
    token: from.accessToken,
    body: { clientMsgId: `f-${crypto.randomUUID()}`, type, content: { file: { id: fileId, ...extra } } },
  });
}

describe("uploads", () => {
  it("stores a file under a server-generated key and serves it back to its owner with ranges", async () => {
    const alice = await register();
    const data = bytes(100_000);
    const up = await upload(alice.accessToken, data, "image/png", "../../etc/passwd/holiday.png");
    expect(up.status).toBe(201);
    expect(up.body.file).toMatchObject({ name: "holiday.png", mime: "image/png", size: 100_000, ownerId: alice.user.id, status: "ready" });
    const id = up.body.file.id as string;
    const listed = await env.FILES.list({ prefix: `files/${alice.user.id}/` });
    expect(listed.objects.map((o) => o.key)).toEqual([`files/${alice.user.id}/${id}`]);

    const full = await download(alice.accessToken, id);
    expect(full.status).toBe(200);
    expect(full.bytes).toEqual(data);
    expect(full.headers.get("content-type")).toBe("image/png");
    expect(full.headers.get("accept-ranges")).toBe("bytes");
    expect(full.headers.get("x-content-type-options")).toBe("nosniff");
    expect(full.headers.get("content-disposition")).toContain("inline");

    const part = await download(alice.accessToken, id, { range: "bytes=10-19" });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe("bytes 10-19/100000");
    expect(part.bytes).toEqual(data.subarray(10, 20));
    const suffix = await download(alice.accessToken, id, { range: "bytes=-5" });
    expect(suffix.bytes).toEqual(data.subarray(99_995));
    const open = await download(alice.accessToken, id, { range: "bytes=99990-" });
    expect(open.headers.get("content-range")).toBe("bytes 99990-99999/100000");
    const outside = await download(alice.accessToken, id, { range: "bytes=100000-" });
    expect(outside.status).toBe(416);
    expect(outside.headers.get("content-range")).toBe("bytes */100000");

    const head = await download(alice.accessToken, id, {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe("100000");
    const etag = full.headers.get("etag")!;
    expect((await download(alice.accessToken, id, { "if-none-match": etag })).status).toBe(304);

    const info = await api(`/v1/files/${id}/info`, { token: alice.accessToken });
    expect(info.body.file).toMatchObject({ id, size: 100_000 });
  });

  it("refuses files over the size limit, of types off the allowlist, and whose bytes are not their type", async () => {
    const alice = await register();
    const tooBig = await upload(alice.accessToken, bytes(262_145));
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.error.code).toBe("too_large");
    const html = await upload(alice.accessToken, new TextEncoder().encode("<script>alert(1)</script>"), "text/html", "x.html");
    expect(html.status).toBe(415);
    expect(html.body.error.code).toBe("unsupported_media_type");
    const fake = await upload(alice.accessToken, new TextEncoder().encode("<svg onload=alert(1)>not really a png</svg>"), "image/png");
    expect(fake.status).toBe(415);
    expect(fake.body.error.code).toBe("unsupported_media_type");
    const unauthenticated = await upload(undefined, bytes(10));
    expect(unauthenticated.status).toBe(401);
    // Nothing of the refused uploads stays behind, in D1 or R2.
    const list = await api("/v1/files", { token: alice.accessToken });
    expect(list.body).toMatchObject({ files: [], usedBytes: 0 });
    expect((await env.FILES.list({ prefix: `files/${alice.user.id}/` })).objects).toEqual([]);
  });

  it("enforces the per-user quota", async () => {
    const alice = await register();
    for (let i = 0; i < 4; i++) expect((await upload(alice.accessToken, bytes(250_000))).status).toBe(201);
    const over = await upload(alice.accessToken, bytes(60_000));
    expect(over.status).toBe(413);
    expect(over.body.error.code).toBe("quota_exceeded");
    const list = await api("/v1/files?limit=2", { token: alice.accessToken });
    expect(list.body).toMatchObject({ usedBytes: 1_000_000, quotaBytes: 1_048_576 });
    expect(list.body.files).toHaveLength(2);
    const rest = await api(`/v1/files?limit=2&cursor=${list.body.nextCursor}`, { token: alice.accessToken });
    expect(rest.body.files).toHaveLength(2);
    // Deleting frees the space.
    expect((await api(`/v1/files/${list.body.files[0].id}`, { method: "DELETE", token: alice.accessToken })).status).toBe(204);
    expect((await upload(alice.accessToken, bytes(60_000))).status).toBe(201);
  });
});

describe("files in messages", () => {
  it("lets members of a conversation that references a file download it, and nobody else", async () => {
    const [alice, bob, carol] = [await register(), await register(), await register()];
    const id = (await upload(alice.accessToken, bytes(5_000))).body.file.id as string;
    expect((await download(bob.accessToken, id)).status).toBe(404);
    expect((await download(undefined, id)).status).toBe(401);

    const sent = await sendFile(alice, bob, id, { name: "beach.png", mime: "text/html", size: 1, width: 640, height: 480 });
    expect(sent.status).toBe(201);
    const history = await api(`/v1/conversations/${directId(alice.user.id, bob.user.id)}/messages`, { token: bob.accessToken });
    // The server's metadata wins over the client's claims; dimensions are the client's.
    expect(history.body.messages[0].content.file).toEqual({ id, name: "beach.png", mime: "image/png", size: 5_000, width: 640, height: 480 });
    expect((await download(bob.accessToken, id)).status).toBe(200);
    expect((await download(carol.accessToken, id)).status).toBe(404);
    expect((await api(`/v1/files/${id}/info`, { token: carol.accessToken })).status).toBe(404);
    // Only the owner deletes.
    expect((await api(`/v1/files/${id}`, { method: "DELETE", token: bob.accessToken })).status).toBe(403);

    // Bob may forward it (he can read it); Carol then can download it too.
    expect((await sendFile(bob, carol, id)).status).toBe(201);
    expect((await download(carol.accessToken, id)).status).toBe(200);
  });

  it("refuses to send a file the sender cannot share, and an image message with a non-image file", async () => {
    const [alice, bob] = [await register(), await register()];
    const secret = (await upload(alice.accessToken, bytes(1_000))).body.file.id as string;
    const stolen = await sendFile(bob, alice, secret);
    expect(stolen.status).toBe(404);
    expect(stolen.body.error.code).toBe("not_found");
    expect((await sendFile(bob, alice, "01JDX0A6Q7ZJ3M1S8T0V4W5XYZ")).status).toBe(404);
    const text = await upload(alice.accessToken, new TextEncoder().encode("plain notes"), "text/plain", "notes.txt");
    const asImage = await sendFile(alice, bob, text.body.file.id);
    expect(asImage.status).toBe(400);
    expect((await sendFile(alice, bob, text.body.file.id, {}, "file")).status).toBe(201);
  });
});

describe("orphan collection", () => {
  it("deletes files no message referenced within the grace period, and unfinished uploads", async () => {
    const [alice, bob] = [await register(), await register()];
    const orphan = (await upload(alice.accessToken, bytes(2_000))).body.file.id as string;
    const kept = (await upload(alice.accessToken, bytes(2_000))).body.file.id as string;
    expect((await sendFile(alice, bob, kept)).status).toBe(201);
    await env.DB.prepare("INSERT INTO files (id, owner_id, r2_key, name, mime, size, status, created_at) VALUES (?, ?, ?, 'x', 'image/png', 10, 'uploading', ?)")
      .bind("01STALEUPLOAD0000000000000", alice.user.id, `files/${alice.user.id}/01STALEUPLOAD0000000000000`, Date.now() - 2 * 3_600_000)
      .run();

    // An hour later the orphan is still inside its 24 h grace period.
    const early = createScheduledController({ scheduledTime: new Date(Date.now() + 3_600_000), cron: "*/15 * * * *" });
    await worker.scheduled(early, env);
    expect((await download(alice.accessToken, orphan)).status).toBe(200);
    expect(await env.DB.prepare("SELECT id FROM files WHERE id = '01STALEUPLOAD0000000000000'").first()).toBeNull();

    const later = createScheduledController({ scheduledTime: new Date(Date.now() + 25 * 3_600_000), cron: "*/15 * * * *" });
    await worker.scheduled(later, env);
    expect((await download(alice.accessToken, orphan)).status).toBe(404);
    expect(await env.FILES.head(`files/${alice.user.id}/${orphan}`)).toBeNull();
    expect((await download(bob.accessToken, kept)).status).toBe(200);
  });
});
