import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import {
  CONTENT_SECURITY_POLICY,
  CYTOSCAPE_CONTAINER_RULE,
  contentSecurityPolicy,
} from "../../src/build/contentSecurityPolicy.ts";

const directives = new Map(
  CONTENT_SECURITY_POLICY.split("; ").map((d) => {
    const [name = "", ...values] = d.split(" ");
    return [name, values] as const;
  }),
);

function transform(html: string): string {
  const hook = contentSecurityPolicy().transformIndexHtml;
  if (!hook || typeof hook === "function" || !("handler" in hook)) throw new Error("no handler");
  const handler = hook.handler as (html: string) => string;
  return handler(html);
}

describe("the Content-Security-Policy", () => {
  it("allows no inline script and no eval", () => {
    expect(directives.get("script-src")).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes/);
  });

  it("blocks everything not named, and limits fetches to the site and https", () => {
    expect(directives.get("default-src")).toEqual(["'none'"]);
    expect(directives.get("connect-src")).toEqual(["'self'", "https:"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("base-uri")).toEqual(["'none'"]);
  });

  it("allows no inline style but Cytoscape's own container rule, by its hash", () => {
    const styles = directives.get("style-src") ?? [];
    expect(styles[0]).toBe("'self'");
    expect(styles.slice(1)).toEqual([
      // What Chromium reports for the rule when the policy blocks it.
      "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='",
    ]);
  });

  it("hashes the very rule the installed Cytoscape writes", () => {
    // The CommonJS entry is the same build as the one Vite bundles.
    const source = readFileSync(createRequire(import.meta.url).resolve("cytoscape"), "utf8");
    const className = /var className = '(_+cytoscape_container)';/.exec(source)?.[1];
    expect(source).toContain(
      "stylesheet.textContent = '.' + className + ' { position: relative; }';",
    );
    expect(`.${className} { position: relative; }`).toBe(CYTOSCAPE_CONTAINER_RULE);
  });

  it("goes right after the charset, before any script or stylesheet", () => {
    const html = transform(
      '<html><head>\n<meta charset="UTF-8" />\n<script type="module" src="./a.js"></script></head></html>',
    );
    const meta = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(html.indexOf("charset"));
    expect(meta).toBeLessThan(html.indexOf("<script"));
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
  });

  it("refuses a page without the charset it expects, rather than ship without a policy", () => {
    expect(() => transform("<html><head></head></html>")).toThrow(/charset/);
  });
});
