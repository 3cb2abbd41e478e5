import { CodePointText } from "../domain/codePoints.ts";
import { onLinkedHeadline } from "../domain/linkedHeadline.ts";
import { parseGraphDocument, type ParseResult } from "../domain/parseGraphDocument.ts";
import { excerpt, MESSAGES, problemFromZodIssue, type Problem } from "../domain/problems.ts";
import type { Evidence, GraphDocument, GraphEdge, GraphNode, Source } from "../domain/schema.ts";
import { SCHEMA_VERSION } from "../domain/vocabulary.ts";
import { AnnotationSchema, type AnnotationQuote } from "./annotationSchema.ts";
import { DRAFT_FIELD, isUnreviewedDraft, UNREVIEWED_DRAFT } from "./draftMarker.ts";
import { resolveQuote } from "./resolveQuote.ts";

/**
 * Annotation + source texts → a verified graph document (without positions; layout is a
 * separate step). Pure: the caller reads the files. Every problem is reported at once, each
 * naming the annotation entry (`edges[4] ("putin-spoke-at-army-2023")`) and the quote.
 *
 * @param annotation parsed JSON of data/annotations/<id>.json, not yet validated
 * @param sourceTexts the text of each file named by the annotation's sources
 */
export function buildGraphDocument(
  annotation: unknown,
  sourceTexts: ReadonlyMap<string, string>,
): ParseResult<GraphDocument> {
  if (isUnreviewedDraft(annotation)) {
    return { ok: false, problems: [{ path: DRAFT_FIELD, message: UNREVIEWED_DRAFT }] };
  }
  const parsed = AnnotationSchema.safeParse(annotation);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => problemFromZodIssue(i, annotation)),
    };
  }
  const ann = parsed.data;
  const problems: Problem[] = [];

  // Duplicate ids are found here too, so they are reported with every other problem.
  const firstPath = new Map<string, string>();
  const claimId = (kind: "source" | "node" | "edge", id: string, path: string) => {
    const first = firstPath.get(`${kind}:${id}`);
    if (first === undefined) firstPath.set(`${kind}:${id}`, path);
    else problems.push({ path, message: MESSAGES.duplicateId(kind, id, first) });
  };
  const sources: Source[] = [];
  const texts = new Map<string, CodePointText>();
  ann.sources.forEach((s, i) => {
    claimId("source", s.id, `sources[${i}].id`);
    const text = sourceTexts.get(s.file);
    if (text === undefined) {
      problems.push({
        path: `sources[${i}].file`,
        message: `source file "${s.file}" was not found in data/sources/`,
      });
      return;
    }
    const { file: _file, ...meta } = s;
    sources.push({ ...meta, text });
    texts.set(s.id, new CodePointText(text));
  });

  const nodeIds = new Set(ann.nodes.map((n) => n.id));
  const defaultSource = ann.sources[0]?.id ?? "";

  const resolveAll = (quotes: readonly AnnotationQuote[], entry: string, base: string) => {
    const evidence: Evidence[] = [];
    quotes.forEach((q, j) => {
      const request = typeof q === "string" ? { exact: q } : q;
      const sourceId = (typeof q === "string" ? undefined : q.source) ?? defaultSource;
      const path = `${base}.quotes[${j}]`;
      const quote = `quote ${excerpt(request.exact, 80)}`;
      if (request.speaker !== undefined && !nodeIds.has(request.speaker)) {
        problems.push({
          path: `${path}.speaker`,
          message: `${entry}: ${quote}: speaker "${request.speaker}" is not a node id`,
        });
      }
      const text = texts.get(sourceId);
      if (!text) {
        if (ann.sources.some((s) => s.id === sourceId)) return; // its file is missing: reported
        problems.push({
          path: `${path}.source`,
          message: `${entry}: ${quote}: "${sourceId}" is not a source id`,
        });
        return;
      }
      const resolved = resolveQuote(text, sourceId, request);
      if (!resolved.ok) {
        problems.push({ path, message: `${entry}: ${resolved.message}` });
        return;
      }
      // The checks of the document refuse a wrong mark; an annotation must also not leave a
      // linked headline unmarked, or its words would count as the article's reporting.
      const { start, end } = resolved.evidence;
      if (request.origin === undefined && onLinkedHeadline(text, start, end)) {
        problems.push({ path, message: `${entry}: ${MESSAGES.unmarkedLinkedHeadline(quote)}` });
      }
      evidence.push(resolved.evidence);
    });
    return evidence;
  };

  const nodes: GraphNode[] = ann.nodes.map((n, i) => {
    claimId("node", n.id, `nodes[${i}].id`);
    const { quotes, ...rest } = n;
    return { ...rest, evidence: resolveAll(quotes, `node "${n.id}"`, `nodes[${i}]`) };
  });

  const edges: GraphEdge[] = ann.edges.map((e, i) => {
    const { quotes, id, label, ...rest } = e;
    const edgeId = id ?? `${e.source}--${e.relation}--${e.target}`;
    const entry = `edge "${edgeId}"`;
    claimId("edge", edgeId, `edges[${i}].id`);
    for (const key of ["source", "target"] as const) {
      if (!nodeIds.has(e[key])) {
        problems.push({
          path: `edges[${i}].${key}`,
          message: `${entry}: "${e[key]}" is not a node id`,
        });
      }
    }
    if (e.claim && !nodeIds.has(e.claim.by)) {
      problems.push({
        path: `edges[${i}].claim.by`,
        message: `${entry}: "${e.claim.by}" is not a node id`,
      });
    }
    return {
      ...rest,
      id: edgeId,
      label: label ?? e.relation.replaceAll("_", " "),
      evidence: resolveAll(quotes, entry, `edges[${i}]`),
    };
  });

  if (problems.length > 0) return { ok: false, problems };

  const doc: GraphDocument = {
    schemaVersion: SCHEMA_VERSION,
    id: ann.id,
    title: ann.title,
    ...(ann.description !== undefined && { description: ann.description }),
    sources,
    nodes,
    edges,
  };
  // The output passes the same checks as any document the app loads: a wrong quote never ships.
  return parseGraphDocument(doc);
}
