import type { z } from "zod";
import type { AnnotationSchema, AnnotationQuote } from "../annotationSchema.ts";
import { findEntities } from "./entities.ts";
import { QuoteMaker } from "./quotes.ts";
import { proposeRelations, type ProposedRelation } from "./relations.ts";
import { segment } from "./sentences.ts";
import { attributeSpeech } from "./speech.ts";

/**
 * The drafter: a plain article text → a reviewable annotation in the data/annotations format.
 * Deterministic (the same text gives the same draft), pure (no DOM, no Node), never throws.
 * Its output is marked by a top-level `draft` field, which the pipeline refuses to build
 * (docs/ARCHITECTURE.md, "Drafting"): a reviewer deletes the proposals they reject, edits the
 * rest, then deletes `draft`.
 */

/** Why a node or an edge is proposed, for a reviewer (or a UI) to sort and bulk-reject by. */
export interface Proposal {
  /** 0–1: how sure the drafter is. Co-occurrence relations are 0.2. */
  readonly confidence: number;
  readonly reason: string;
}

export interface DraftMarker {
  readonly by: string;
  readonly note: string;
  readonly nodes: Record<string, Proposal>;
  readonly edges: Record<string, Proposal>;
}

export type DraftAnnotation = z.input<typeof AnnotationSchema> & { readonly draft: DraftMarker };

export interface DraftOptions {
  /** The source's file name under data/sources/ (ends in .txt). */
  readonly file: string;
  /** Defaults to the text's first line. */
  readonly title?: string | undefined;
}

export interface Draft {
  readonly annotation: DraftAnnotation;
  /** Where each proposed quote was meant to be (code points), by its JSON path. */
  readonly placed: ReadonlyMap<string, { start: number; end: number }>;
}

const MAX_NODES = 300;
const MAX_EDGES = 600;
const QUOTES_PER_NODE = 3;
export const DRAFT_NOTE =
  "Unreviewed draft made by `npm run draft`. Check every node and edge against the article, delete what is wrong (draft.edges says why each was proposed; co-occurrence ones are guesses), then delete this `draft` field: the build refuses an annotation that still has it.";

export function draftAnnotation(text: string, options: DraftOptions): Draft {
  const title = options.title?.trim() || firstLine(text) || options.file;
  const sourceId = slug(options.file.replace(/\.txt$/u, "")) || "source";
  const seg = segment(text);
  const { registry, mentions } = findEntities(seg);
  const speech = attributeSpeech(seg, mentions, registry);
  const relations = proposeRelations(seg, mentions, speech, registry);
  const quotes = new QuoteMaker(text, sourceId);
  const placed = new Map<string, { start: number; end: number }>();
  const quoteAt = (path: string, span: { start: number; end: number }, speaker?: string) => {
    const q = quotes.quote(span, speaker);
    if (q) placed.set(path, { start: q.start, end: q.end });
    return q?.quote;
  };

  const ids = new Map<string, string>();
  const used = new Set<string>();
  const nodes: DraftAnnotation["nodes"] = [];
  const nodeProposals: Record<string, Proposal> = {};
  const entities = [...registry.entities.values()]
    .filter((e) => e.mentions.some((m) => m.named))
    .sort((a, b) => firstStart(a.mentions) - firstStart(b.mentions))
    .slice(0, MAX_NODES);
  for (const e of entities) {
    const id = unique(slug(e.label) || e.type, used);
    const named = e.mentions.filter((m) => m.named).sort((a, b) => a.start - b.start);
    // The fullest name first, then other ways of naming it, then more of the same.
    const byLength = [...named].sort(
      (a, b) =>
        Number(text.slice(b.start, b.end) === e.label) -
          Number(text.slice(a.start, a.end) === e.label) || b.end - b.start - (a.end - a.start),
    );
    const seen = new Set<string>();
    const distinct = [...byLength.slice(0, 1), ...named].filter((m) => {
      const words = text.slice(m.start, m.end);
      if (seen.has(words)) return false;
      seen.add(words);
      return true;
    });
    const picked = [...distinct, ...named.filter((m) => !distinct.includes(m))].slice(
      0,
      QUOTES_PER_NODE,
    );
    const path = `nodes[${nodes.length}]`;
    const nodeQuotes = picked
      .map((m, j) => quoteAt(`${path}.quotes[${j}]`, m))
      .filter((q): q is AnnotationQuote => q !== undefined);
    if (nodeQuotes.length === 0) continue;
    // Re-key the placements: quotes that failed leave no gap.
    reindex(placed, path, picked.length, nodeQuotes.length);
    ids.set(e.key, id);
    used.add(id);
    const aliases = [...e.aliases].filter((a) => a !== e.label);
    nodes.push({
      id,
      type: e.type,
      label: e.label,
      ...(aliases.length > 0 && { aliases }),
      quotes: nodeQuotes,
    });
    nodeProposals[id] = { confidence: e.confidence, reason: e.reason };
  }

  const edges: DraftAnnotation["edges"] = [];
  const edgeProposals: Record<string, Proposal> = {};
  const edgeIds = new Set<string>();
  const ranked = [...relations].sort((a, b) => b.confidence - a.confidence).slice(0, MAX_EDGES);
  const kept = relations.filter((r) => ranked.includes(r));
  for (const r of kept) {
    const source = ids.get(r.from);
    const target = ids.get(r.to);
    const by = r.claim ? ids.get(r.claim.by) : undefined;
    if (!source || !target || source === target || (r.claim && !by)) continue;
    const path = `edges[${edges.length}]`;
    const edgeQuotes = quotesOf(r, path, quoteAt, ids);
    if (edgeQuotes.length === 0) continue;
    // An explicit id in the annotation's id pattern (the default "a--rel--b" is not one, and
    // two proposals may share a source, relation and target).
    const id = unique(
      slug(`${source}-${r.relation}-${target}`).slice(0, 120).replace(/-+$/u, ""),
      edgeIds,
    );
    edgeIds.add(id);
    edges.push({
      id,
      source,
      target,
      relation: r.relation,
      label: r.label,
      directed: r.directed,
      ...(r.stance && { stance: r.stance }),
      ...(r.claim && by && { claim: { by, ...(r.claim.hedged && { hedged: true }) } }),
      quotes: edgeQuotes,
    });
    edgeProposals[id] = { confidence: r.confidence, reason: r.reason };
  }

  return {
    annotation: {
      id: slug(title).slice(0, 60).replace(/-+$/u, "") || "draft",
      title,
      // The source keeps the article's own headline; --title names the graph.
      sources: [{ id: sourceId, file: options.file, title: firstLine(text) || title }],
      nodes,
      edges,
      draft: {
        by: "quotegraph drafter",
        note: DRAFT_NOTE,
        nodes: nodeProposals,
        edges: edgeProposals,
      },
    },
    placed,
  };
}

function quotesOf(
  r: ProposedRelation,
  path: string,
  quoteAt: (
    p: string,
    s: { start: number; end: number },
    speaker?: string,
  ) => AnnotationQuote | undefined,
  ids: ReadonlyMap<string, string>,
): AnnotationQuote[] {
  const out: AnnotationQuote[] = [];
  const seen = new Set<string>();
  for (const ev of r.evidence) {
    const key = `${ev.span.start}:${ev.span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const speaker = ev.speaker === undefined ? undefined : ids.get(ev.speaker);
    const q = quoteAt(`${path}.quotes[${out.length}]`, ev.span, speaker);
    if (q) out.push(q);
  }
  return out;
}

/** After dropping failed quotes, the placements follow the quotes that remain. */
function reindex(
  placed: Map<string, { start: number; end: number }>,
  path: string,
  tried: number,
  kept: number,
): void {
  if (tried === kept) return;
  const spans = [];
  for (let j = 0; j < tried; j++) {
    const at = placed.get(`${path}.quotes[${j}]`);
    placed.delete(`${path}.quotes[${j}]`);
    if (at) spans.push(at);
  }
  spans.forEach((s, j) => placed.set(`${path}.quotes[${j}]`, s));
}

function firstStart(ms: readonly { start: number }[]): number {
  return ms.reduce((min, m) => Math.min(min, m.start), Infinity);
}

function firstLine(text: string): string {
  const line = text.split(/\r\n|\r|\n/u).find((l) => l.trim() !== "") ?? "";
  return line.trim().slice(0, 200);
}

/** Lower-case letters, digits and hyphens (the annotation's id pattern). */
export function slug(s: string): string {
  return s
    .normalize("NFKD")
    .toLowerCase()
    .replace(/['’]/gu, "")
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-+|-+$/gu, "");
}

function unique(base: string, used: ReadonlySet<string>): string {
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
