/**
 * The OpenAPI document is generated from the route table; the committed docs/openapi.json
 * must match what the Worker serves (regenerate with `npm run docs:openapi`), every route
 * must be documented, and the /docs page must work without any third-party resource.
 */
import { describe, expect, it } from "vitest";
import committed from "../../docs/openapi.json";
import { router } from "../../workers/routes.js";
import { api } from "../helpers/worker/client.js";

describe("OpenAPI", () => {
  it("serves an OpenAPI 3.1 document equal to the committed docs/openapi.json", async () => {
    const res = await api("/openapi.json");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe("3.1.0");
    // If this fails: run `npm run docs:openapi` and commit docs/openapi.json.
    expect(res.body).toEqual(committed);
  });

  it("documents every route with its schemas, security and errors", async () => {
    const spec = (await api("/openapi.json")).body;
    const undocumented = (router.routes as unknown as Array<[string, RegExp, unknown[], string]>)
      .filter(([method, , , path]) => method !== "ALL" && !path.startsWith("/docs/"))
      .filter(([method, , , path]) => !spec.paths[path.replace(/:(\w+)/g, "{$1}")]?.[method.toLowerCase()]);
    expect(undocumented.map(([m, , , p]) => `${m} ${p}`)).toEqual([]);
    const register = spec.paths["/v1/auth/register"].post;
    expect(register.requestBody.content["application/json"].schema.properties.username).toMatchObject({ type: "string", pattern: expect.any(String) });
    expect(register.responses["201"].content["application/json"].schema).toEqual({ $ref: "#/components/schemas/AuthResult" });
    expect(register.responses["429"].headers["Retry-After"]).toBeDefined();
    const ban = spec.paths["/v1/admin/users/{id}/ban"].post;
    expect(ban.security).toEqual([{ apiKey: ["users:ban"] }, { adminBearer: [] }]);
    expect(ban.responses["403"]).toBeDefined();
    const history = spec.paths["/v1/conversations/{id}/messages"].get;
    expect(history.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toEqual(["path:id", "query:afterSeq", "query:beforeSeq", "query:limit"]);
    for (const ref of JSON.stringify(spec).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)) expect(spec.components.schemas[ref[1]!], ref[1]).toBeDefined();
  });

  it("serves a self-contained /docs page under a strict CSP", async () => {
    const page = await api("/docs");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    const csp = page.headers.get("content-security-policy")!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https?:/);
    expect(page.body).toContain('<script src="/docs/app.js">');
    expect(page.body).not.toMatch(/https?:\/\//);
    const js = await api("/docs/app.js");
    expect(js.headers.get("content-type")).toContain("text/javascript");
    expect(js.body).toContain('fetch("/openapi.json")');
    expect(js.body).not.toMatch(/https?:\/\//);
    expect((await api("/docs/app.css")).headers.get("content-type")).toContain("text/css");
  });
});
