import { articleFromBytes, type ArticleText } from "../pipeline/draft/articleText.ts";

/** The files the curation view opens: plain text, Markdown, and web pages. */
export const ARTICLE_ACCEPT = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";

export type ArticleFile =
  | {
      readonly ok: true;
      readonly text: string;
      /** The page's own <title>, for a web page that has one. */
      readonly title?: string;
      /** What was left out of a web page, said plainly ("2 scripts and 1 style sheet"). */
      readonly dropped?: string;
    }
  | { readonly ok: false; readonly message: string };

const isHtml = (name: string) => /\.html?$/iu.test(name);

/**
 * A file the reader chose → the article's text. A text or Markdown file is kept as it is; a
 * web page is reduced to its visible text by `visibleText`, never run or shown as HTML.
 */
export async function readArticleFile(file: File): Promise<ArticleFile> {
  const name = `“${file.name}”`;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    return { ok: false, message: `${name} could not be read (${(e as Error).message})` };
  }
  const read: ArticleText = articleFromBytes(bytes, name);
  if (!read.ok || !isHtml(file.name)) return read;
  const page = visibleText(read.text);
  if (page.text.trim() === "") {
    return { ok: false, message: `${name} has no visible text` };
  }
  return { ok: true, ...page };
}

/** Elements whose content a reader never sees as text. */
const DROPPED = {
  script: ["script", "scripts"],
  style: ["style sheet", "style sheets"],
  noscript: ["noscript fallback", "noscript fallbacks"],
  template: ["template", "templates"],
  iframe: ["embedded frame", "embedded frames"],
  object: ["embedded object", "embedded objects"],
  svg: ["drawing", "drawings"],
} as const;

/** Elements that start a line of their own in a browser. */
const BLOCKS = new Set(
  "address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tr ul".split(
    " ",
  ),
);

/**
 * A web page's visible text, paragraph by paragraph. DOMParser makes an inert document: its
 * scripts never run and nothing it names is fetched; scripts, styles and the like are removed
 * (and counted) before the text is read. Whitespace collapses as HTML's does (ASCII only, so a
 * no-break space stays); a block element or <br> ends a line.
 */
export function visibleText(html: string): { text: string; title?: string; dropped?: string } {
  const counts = new Map<keyof typeof DROPPED, number>();
  const count = (tag: keyof typeof DROPPED, n: number) =>
    counts.set(tag, (counts.get(tag) ?? 0) + n);
  // Chromium checks the page's Content-Security-Policy even in an inert document, and logs
  // each inline script, style and handler it refuses: the plain cases go before parsing (what
  // this misses is still parsed inertly, and removed below).
  let markup = html;
  for (const tag of ["script", "style"] as const) {
    const element = new RegExp(`<${tag}\\b[^>]*>[\\s\\S]*?</${tag}\\s*>`, "giu");
    count(tag, markup.match(element)?.length ?? 0);
    markup = markup.replace(element, "");
  }
  for (let before = ""; before !== markup;) {
    before = markup;
    markup = markup.replace(/(<[a-z][^>]*?\s)(on[a-z]*|style)(\s*=)/giu, "$1data-dropped-$2$3");
  }
  const doc = new DOMParser().parseFromString(markup, "text/html");
  for (const tag of Object.keys(DROPPED) as (keyof typeof DROPPED)[]) {
    const found = doc.querySelectorAll(tag);
    count(tag, found.length);
    found.forEach((el) => el.remove());
  }
  const said = [...counts]
    .filter(([, n]) => n > 0)
    .map(([tag, n]) => `${n} ${DROPPED[tag][n === 1 ? 0 : 1]}`);
  doc.querySelectorAll("[hidden]").forEach((el) => el.remove());
  let out = "";
  const walk = (node: Node, pre: boolean) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) {
        const t = child.textContent ?? "";
        out += pre ? t : t.replace(/[ \t\n\r\f]+/gu, " ");
      } else if (child instanceof Element) {
        const tag = child.localName;
        if (tag === "br") {
          out += "\n";
          continue;
        }
        const block = BLOCKS.has(tag);
        if (block) out += "\n\n";
        walk(child, pre || tag === "pre");
        if (block) out += "\n\n";
      }
    }
  };
  if (doc.body) walk(doc.body, false);
  const text = out
    .split("\n")
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/gu, ""))
    .join("\n")
    .replace(/\n{3,}/gu, "\n\n")
    .replace(/^\n+|\n+$/gu, "");
  const title = doc.title.trim();
  return {
    text,
    ...(title && { title }),
    ...(said.length > 0 && { dropped: listed(said) }),
  };
}

function listed(items: readonly string[]): string {
  if (items.length === 1) return items[0]!;
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)!}`;
}
