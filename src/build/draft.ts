import { readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { draftAnnotation, slug } from "../pipeline/draft/draft.ts";
import { CO_OCCURRENCE } from "../pipeline/draft/relations.ts";

/**
 * `npm run draft -- <article.txt> [--out <file>] [--title <title>]`: drafts an annotation of
 * an article with the same drafter the browser would run (src/pipeline/draft), and writes it
 * in the data/annotations format to --out, or to stdout. The whole file is the verbatim
 * source; the title is its first line unless --title. The draft is marked as one and does
 * not build until reviewed (docs/ARCHITECTURE.md, "Drafting").
 */

export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export interface DraftIo {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
}

const USAGE = "usage: npm run draft -- <article.txt> [--out <file>] [--title <title>]";

/** Runs the command; returns its exit code. Every error names the file. */
export function runDraft(argv: readonly string[], io: DraftIo): number {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    io.err(`draft: ${args}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const read = readArticle(args.article);
  if (typeof read !== "object") {
    io.err(`draft: ${read}\n`);
    return 1;
  }
  const name = basename(args.article);
  const file = /^[\w.-]+\.txt$/u.test(name)
    ? name
    : `${slug(name.replace(/\.[^.]*$/u, "")) || "article"}.txt`;
  const started = performance.now();
  const { annotation } = draftAnnotation(read.text, { file, title: args.title });
  const ms = performance.now() - started;
  const json = `${JSON.stringify(annotation, null, 2)}\n`;
  if (args.out) {
    try {
      writeFileSync(args.out, json);
    } catch (e) {
      io.err(`draft: cannot write "${args.out}": ${(e as Error).message}\n`);
      return 1;
    }
  } else io.out(json);
  const guesses = Object.values(annotation.draft.edges).filter(
    (p) => p.reason === CO_OCCURRENCE,
  ).length;
  io.err(
    `draft: "${args.article}": ${annotation.nodes.length} nodes, ${annotation.edges.length} edges (${guesses} by co-occurrence only) in ${ms.toFixed(0)} ms${args.out ? ` → ${args.out}` : ""}\n` +
      `  Copy the article, unchanged, to data/sources/${file} and the reviewed draft to data/annotations/${annotation.id}.json;\n` +
      `  the build refuses it until its "draft" field is deleted.\n`,
  );
  return 0;
}

interface Args {
  readonly article: string;
  readonly out?: string;
  readonly title?: string;
  readonly help: boolean;
}

function parseArgs(argv: readonly string[]): Args | string {
  let article: string | undefined;
  let out: string | undefined;
  let title: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--help" || a === "-h") return { article: "", help: true };
    if (a === "--out" || a === "--title") {
      const value = argv[++i];
      if (value === undefined || value === "") return `${a} needs a value`;
      if (a === "--out") out = value;
      else title = value;
    } else if (a.startsWith("--")) return `unknown option ${a}`;
    else if (article === undefined) article = a;
    else return `one article at a time (got "${article}" and "${a}")`;
  }
  if (article === undefined) return "no article given";
  return {
    article,
    help: false,
    ...(out !== undefined && { out }),
    ...(title !== undefined && { title }),
  };
}

/** The article's text, or why it cannot be drafted (naming the file). */
export function readArticle(path: string): { text: string } | string {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return `"${path}" is not a file`;
    size = stat.size;
  } catch {
    return `"${path}" was not found`;
  }
  if (size > MAX_ARTICLE_BYTES)
    return `"${path}" is ${(size / 1024 / 1024).toFixed(1)} MB; an article is at most 2 MB`;
  const bytes = readFileSync(path);
  if (bytes.includes(0)) return `"${path}" is binary, not text`;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return `"${path}" is not UTF-8 text`;
  }
  if (text.trim() === "") return `"${path}" is empty`;
  return { text };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = runDraft(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  });
}
