import { readFile } from "node:fs/promises";
import { resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";

/** gzip -9 size: what a static host would send, give or take the host's own settings. */
export function gzipBytes(content: Uint8Array | string): number {
  return gzipSync(content, { level: 9 }).length;
}

/** True for a response that is JavaScript: scripts, module preloads and workers alike. */
export function isJavaScript(url: string, contentType: string | undefined): boolean {
  const path = new URL(url).pathname;
  return /\.m?js$/i.test(path) || /\bjavascript\b/i.test(contentType ?? "");
}

/**
 * The JavaScript a built index.html asks for by itself: its module scripts and modulepreload
 * links (as written, e.g. "./assets/index-abc.js"). Lazily imported chunks are not in it.
 */
export function scriptsInIndexHtml(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const text = tag[0];
    const attr = (name: string) =>
      new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(text);
    const value = (name: string) => {
      const m = attr(name);
      return m ? (m[1] ?? m[2] ?? m[3] ?? null) : null;
    };
    const isScript = tag[1]?.toLowerCase() === "script";
    const url = isScript ? value("src") : value("rel") === "modulepreload" ? value("href") : null;
    if (url !== null) found.push(url);
  }
  return found;
}

/** A file's gzip size, by its path under a served folder; cached, since runs repeat files. */
export class GzipSizes {
  readonly #cache = new Map<string, number>();
  readonly #root: string;
  constructor(root: string) {
    this.#root = resolve(root);
  }

  async of(urlPath: string): Promise<number> {
    const file = resolve(this.#root, "." + decodeURIComponent(urlPath));
    if (!file.startsWith(this.#root + sep)) throw new Error(`${urlPath} is outside ${this.#root}`);
    const cached = this.#cache.get(file);
    if (cached !== undefined) return cached;
    const size = gzipBytes(await readFile(file));
    this.#cache.set(file, size);
    return size;
  }
}
