import { createHash } from "node:crypto";
import type { Plugin } from "vite";

/**
 * The one stylesheet Cytoscape puts in the page itself (a <style> in <head>, when its renderer
 * starts): its containers are positioned so that overlays sit on the canvas. Allowed by its
 * hash, so the policy admits exactly this rule and no other inline style. A test checks the
 * text against Cytoscape's source, so an upgrade that changes it fails loudly.
 */
export const CYTOSCAPE_CONTAINER_RULE = ".__________cytoscape_container { position: relative; }";
const CYTOSCAPE_STYLE_HASH = `'sha256-${createHash("sha256").update(CYTOSCAPE_CONTAINER_RULE).digest("base64")}'`;

/**
 * The Content-Security-Policy of the built site, as a meta tag (a static host may not let us
 * set headers). Scripts and styles come only from the site's own files: no inline script, no
 * eval. `connect-src` allows the site itself and https addresses, which is what `?graph=<URL>`
 * needs to read a graph another site publishes (that site must also allow it, through CORS);
 * nothing else may be fetched. Styles are the site's files plus Cytoscape's one rule (above). Images may be blob: URLs (exports drawn in the page). A meta
 * policy cannot set frame-ancestors, report-uri or sandbox; a host that can send headers
 * should add `frame-ancestors 'none'` there.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${CYTOSCAPE_STYLE_HASH}`,
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self' https:",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join("; ");

const CHARSET = /<meta charset="UTF-8"\s*\/?>/i;

/**
 * Adds the policy to the built index.html only: Vite's dev server injects inline scripts for
 * hot reloading, which the policy would rightly block. It goes right after the charset (which
 * must stay first), before any script or stylesheet, since a meta policy only governs what
 * follows it.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: "quotegraph-csp",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html) {
        if (!CHARSET.test(html))
          throw new Error('index.html must start with <meta charset="UTF-8">');
        return html.replace(
          CHARSET,
          (charset) =>
            `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        );
      },
    },
  };
}
