/**
 * `/docs`: a self-contained API reference page rendered in the browser from
 * /openapi.json. No CDN and no third-party code at run time: the page, its script and its
 * stylesheet are served by the Worker itself under a strict Content-Security-Policy.
 */

export const DOCS_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export const DOCS_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>IMServer API</title>
<link rel="stylesheet" href="/docs/app.css">
</head>
<body>
<header><h1>IMServer HTTP API</h1><p id="info">Loading <a href="/openapi.json">/openapi.json</a>…</p>
<input id="filter" type="search" placeholder="Filter by path, tag or summary" aria-label="Filter operations"></header>
<nav id="toc"></nav>
<main id="ops"></main>
<script src="/docs/app.js"></script>
</body>
</html>
`;

export const DOCS_CSS = `
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d2330;background:#f7f8fa}
header{padding:1.2rem 2rem;background:#1d2330;color:#fff}header h1{margin:0 0 .3rem;font-size:1.4rem}
header a{color:#9cc4ff}#filter{margin-top:.6rem;width:min(40rem,100%);padding:.4rem .6rem;border-radius:4px;border:0}
nav{padding:.6rem 2rem;display:flex;flex-wrap:wrap;gap:.4rem}nav a{font-size:.85rem;background:#e3e8f0;padding:.1rem .5rem;border-radius:3px;color:#1d2330;text-decoration:none}
main{padding:0 2rem 3rem}section.tag>h2{margin:1.6rem 0 .6rem;font-size:1.15rem;border-bottom:1px solid #d5dbe5}
details.op{background:#fff;border:1px solid #d5dbe5;border-radius:6px;margin:.4rem 0}
details.op>summary{cursor:pointer;padding:.5rem .8rem;display:flex;gap:.8rem;align-items:center}
.m{font:600 .75rem monospace;text-transform:uppercase;padding:.15rem .45rem;border-radius:3px;color:#fff;min-width:3.5rem;text-align:center}
.get{background:#2b7bd6}.post{background:#1f9d55}.put{background:#b7791f}.delete{background:#c53030}.patch{background:#6b46c1}
code.p{font-size:.9rem}.s{color:#566}.body{padding:.2rem 1rem 1rem;border-top:1px solid #eef1f5}
table{border-collapse:collapse;margin:.4rem 0}td,th{border:1px solid #d5dbe5;padding:.2rem .5rem;text-align:left;font-size:.88rem;vertical-align:top}
pre{background:#f1f3f7;padding:.6rem;border-radius:4px;overflow:auto;font-size:.8rem;max-height:24rem}.scope{font:.8rem monospace;background:#fff3cd;padding:0 .3rem}
`;

export const DOCS_JS = `"use strict";
(async function () {
  var el = function (tag, attrs, children) {
    var n = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { n.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { n.append(c); });
    return n;
  };
  var spec = await (await fetch("/openapi.json")).json();
  var schemas = (spec.components && spec.components.schemas) || {};
  var resolve = function (s, depth) {
    if (!s || typeof s !== "object" || depth > 6) return s;
    if (s.$ref) return resolve(schemas[s.$ref.split("/").pop()], depth + 1);
    var out = Array.isArray(s) ? [] : {};
    Object.keys(s).forEach(function (k) { out[k] = resolve(s[k], depth + 1); });
    return out;
  };
  var pretty = function (s) { return el("pre", {}, [JSON.stringify(resolve(s, 0), null, 2)]); };
  document.getElementById("info").textContent = spec.info.title + " " + spec.info.version + " (OpenAPI " + spec.openapi + "). " + spec.info.description;
  var byTag = {};
  Object.keys(spec.paths).forEach(function (path) {
    Object.keys(spec.paths[path]).forEach(function (method) {
      var op = spec.paths[path][method];
      (op.tags || ["other"]).forEach(function (t) { (byTag[t] = byTag[t] || []).push({ path: path, method: method, op: op }); });
    });
  });
  var main = document.getElementById("ops");
  var toc = document.getElementById("toc");
  Object.keys(byTag).sort().forEach(function (tag) {
    toc.append(el("a", { href: "#tag-" + tag }, [tag]));
    var section = el("section", { class: "tag", id: "tag-" + tag }, [el("h2", {}, [tag])]);
    byTag[tag].forEach(function (e) {
      var op = e.op;
      var body = el("div", { class: "body" });
      if (op.description) body.append(el("p", {}, [op.description]));
      if (op["x-required-scope"]) body.append(el("p", {}, ["Admin scope: ", el("span", { class: "scope" }, [op["x-required-scope"]])]));
      if (op.security && op.security.length) body.append(el("p", { class: "s" }, ["Auth: " + op.security.map(function (s) { return Object.keys(s)[0]; }).join(" or ")]));
      if (op.parameters) {
        var t = el("table", {}, [el("tr", {}, [el("th", {}, ["parameter"]), el("th", {}, ["in"]), el("th", {}, ["required"]), el("th", {}, ["schema"])])]);
        op.parameters.forEach(function (p) {
          t.append(el("tr", {}, [el("td", {}, [p.name]), el("td", {}, [p.in]), el("td", {}, [p.required ? "yes" : "no"]), el("td", {}, [JSON.stringify(p.schema) + (p.description ? " — " + p.description : "")])]));
        });
        body.append(t);
      }
      if (op.requestBody) body.append(el("h4", {}, ["Request body"]), pretty(op.requestBody.content["application/json"].schema));
      body.append(el("h4", {}, ["Responses"]));
      Object.keys(op.responses).forEach(function (status) {
        var r = op.responses[status];
        body.append(el("p", {}, [el("strong", {}, [status]), " " + r.description]));
        if (r.content && status < 400) body.append(pretty(r.content["application/json"].schema));
      });
      var details = el("details", { class: "op", "data-search": (e.path + " " + tag + " " + op.summary).toLowerCase() }, [
        el("summary", {}, [el("span", { class: "m " + e.method }, [e.method]), el("code", { class: "p" }, [e.path]), el("span", { class: "s" }, [op.summary])]),
        body,
      ]);
      section.append(details);
    });
    main.append(section);
  });
  document.getElementById("filter").addEventListener("input", function (ev) {
    var q = ev.target.value.toLowerCase();
    document.querySelectorAll("details.op").forEach(function (d) { d.hidden = q !== "" && d.getAttribute("data-search").indexOf(q) < 0; });
  });
})();
`;
