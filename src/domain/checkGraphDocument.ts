import { CodePointText, codePointLength } from "./codePoints.ts";
import { LINKED_HEADLINE_LEAD_INS, onLinkedHeadline } from "./linkedHeadline.ts";
import { MESSAGES, type Problem } from "./problems.ts";
import type { Evidence, GraphDocument } from "./schema.ts";

/**
 * Checks what the schema's shape cannot: unique ids, references between nodes, edges and
 * sources, that every quote is the source's own words at its offsets (with matching prefix
 * and suffix), and that a quote said to come from a linked headline lies on one. Returns every problem found; an empty list means the document is sound.
 */
export function checkGraphDocument(doc: GraphDocument): Problem[] {
  const problems: Problem[] = [];
  const texts = new Map<string, CodePointText>();
  const firstSeen = new Map<string, string>();

  const claimId = (kind: string, id: string, path: string) => {
    const first = firstSeen.get(`${kind}\u0000${id}`);
    if (first !== undefined) {
      problems.push({ path, message: MESSAGES.duplicateId(kind, id, first) });
    } else {
      firstSeen.set(`${kind}\u0000${id}`, path);
    }
  };

  doc.sources.forEach((source, i) => {
    claimId("source", source.id, `sources[${i}].id`);
    if (!texts.has(source.id)) texts.set(source.id, new CodePointText(source.text));
  });
  const nodeIds = new Set<string>();
  doc.nodes.forEach((node, i) => {
    claimId("node", node.id, `nodes[${i}].id`);
    nodeIds.add(node.id);
  });
  doc.edges.forEach((edge, i) => {
    claimId("edge", edge.id, `edges[${i}].id`);
    // Drawn together, nodes and edges share one set of ids (Cytoscape refuses a repeat).
    const nodePath = firstSeen.get(`node\u0000${edge.id}`);
    if (nodePath !== undefined) {
      problems.push({
        path: `edges[${i}].id`,
        message: MESSAGES.edgeIdIsNodeId(edge.id, nodePath),
      });
    }
  });

  const checkNodeRef = (id: string, path: string) => {
    if (!nodeIds.has(id)) problems.push({ path, message: MESSAGES.notANode(id) });
  };
  const checkEvidence = (evidence: readonly Evidence[], base: string) => {
    evidence.forEach((ev, j) => {
      const path = `${base}.evidence[${j}]`;
      if (ev.speaker !== undefined) checkNodeRef(ev.speaker, `${path}.speaker`);
      const text = texts.get(ev.source);
      const quoteProblems = checkQuote(ev, text, path);
      problems.push(...quoteProblems);
      // Only a quote found at its offsets has a line to check.
      if (ev.origin === "linked-headline" && text && quoteProblems.length === 0) {
        if (!onLinkedHeadline(text, ev.start, ev.end)) {
          problems.push({
            path: `${path}.origin`,
            message: MESSAGES.notOnLinkedHeadline(ev.exact, LINKED_HEADLINE_LEAD_INS),
          });
        }
      }
    });
  };

  doc.nodes.forEach((node, i) => checkEvidence(node.evidence, `nodes[${i}]`));
  doc.edges.forEach((edge, i) => {
    checkNodeRef(edge.source, `edges[${i}].source`);
    checkNodeRef(edge.target, `edges[${i}].target`);
    if (edge.claim) checkNodeRef(edge.claim.by, `edges[${i}].claim.by`);
    checkEvidence(edge.evidence, `edges[${i}]`);
  });
  return problems;
}

/**
 * Checks one quote against its source text. A quote that fails here must never be shown as
 * the source's words.
 */
export function checkQuote(ev: Evidence, text: CodePointText | undefined, path: string): Problem[] {
  if (!text) return [{ path: `${path}.source`, message: MESSAGES.notASource(ev.source) }];
  if (ev.end <= ev.start) {
    return [{ path: `${path}.end`, message: MESSAGES.endBeforeStart(ev.start, ev.end) }];
  }
  if (ev.end > text.length) {
    return [
      {
        path: `${path}.end`,
        message: MESSAGES.offsetsOutsideText(ev.start, ev.end, text.length, ev.source),
      },
    ];
  }
  const found = text.slice(ev.start, ev.end);
  if (found !== ev.exact) {
    return [{ path: `${path}.exact`, message: MESSAGES.quoteMismatch(ev.exact, found) }];
  }
  const problems: Problem[] = [];
  const before = text.slice(ev.start - codePointLength(ev.prefix), ev.start);
  if (before !== ev.prefix || ev.start - codePointLength(ev.prefix) < 0) {
    problems.push({
      path: `${path}.prefix`,
      message: MESSAGES.prefixMismatch(text.slice(ev.start - 32, ev.start)),
    });
  }
  const after = text.slice(ev.end, ev.end + codePointLength(ev.suffix));
  if (after !== ev.suffix) {
    problems.push({
      path: `${path}.suffix`,
      message: MESSAGES.suffixMismatch(text.slice(ev.end, ev.end + 32)),
    });
  }
  return problems;
}
