import type { GraphDocument, GraphEdge, GraphNode } from "../src/domain/schema.ts";
import { NODE_TYPES, STANCES } from "../src/domain/vocabulary.ts";
import { seededRandom } from "../src/domain/seededRandom.ts";
import { CONTEXT_LENGTH } from "../src/pipeline/resolveQuote.ts";

/**
 * A schema v1 document of `nodeCount` nodes and two edges per node, every one backed by a quote
 * that really is in its source text at its offsets (with prefix and suffix), so the app checks
 * it exactly as it checks a curated graph. Positions are precomputed on a jittered grid about
 * as dense as a force-directed layout, unless `withPositions` is false. Deterministic: the
 * same size gives the same document, byte for byte.
 */
export function syntheticGraph(nodeCount: number, withPositions = true): GraphDocument {
  if (!Number.isInteger(nodeCount) || nodeCount < 2) {
    throw new RangeError(`syntheticGraph needs a whole number of nodes ≥ 2, got ${nodeCount}`);
  }
  // Seeded, so every run benchmarks the same graph.
  const random = seededRandom(nodeCount);
  const label = (i: number) => `Entity ${i}`;
  // One sentence per node and one per edge; the text is ASCII, so offsets in UTF-16 units are
  // also offsets in code points.
  let text = "";
  const say = (sentence: string) => {
    const start = text.length;
    text += `${sentence} `;
    return { start, end: start + sentence.length };
  };
  const quoteAt = (span: { start: number; end: number }) => ({ source: "synthetic", ...span });

  const nodeSpans = Array.from({ length: nodeCount }, (_, i) => say(`${label(i)} is named here.`));
  // A ring, so the graph is connected, plus one random chord per node that is neither a loop
  // nor (from 3 nodes up) a second edge to the ring neighbour.
  const pairs: [number, number][] = [];
  for (let i = 0; i < nodeCount; i++) {
    pairs.push([i, (i + 1) % nodeCount]);
    const offset = nodeCount < 3 ? 1 : 2 + Math.floor(random() * (nodeCount - 2));
    pairs.push([i, (i + offset) % nodeCount]);
  }
  const edgeSpans = pairs.map(([a, b]) => say(`${label(a)} works with ${label(b)}.`));
  text = text.trimEnd();

  const evidence = (span: { start: number; end: number }) => {
    const q = quoteAt(span);
    return [
      {
        ...q,
        exact: text.slice(q.start, q.end),
        prefix: text.slice(Math.max(0, q.start - CONTEXT_LENGTH), q.start),
        suffix: text.slice(q.end, q.end + CONTEXT_LENGTH),
      },
    ];
  };
  const side = Math.ceil(Math.sqrt(nodeCount * 1.45));
  const nodes: GraphNode[] = nodeSpans.map((span, i) => {
    const node: GraphNode = {
      id: `n${i}`,
      type: NODE_TYPES[i % NODE_TYPES.length]!,
      label: label(i),
      evidence: evidence({ start: span.start, end: span.start + label(i).length }),
    };
    if (!withPositions) return node;
    const x = (i % side) * 110 + (random() - 0.5) * 60;
    const y = Math.floor(i / side) * 90 + (random() - 0.5) * 50;
    return { ...node, position: { x: Math.round(x), y: Math.round(y) } };
  });
  const edges: GraphEdge[] = pairs.map(([a, b], k) => ({
    id: `e${k}`,
    source: `n${a}`,
    target: `n${b}`,
    relation: "works_with",
    label: "works with",
    directed: true,
    stance: STANCES[k % STANCES.length]!,
    evidence: evidence(edgeSpans[k]!),
  }));
  return {
    schemaVersion: 1,
    id: `synthetic-${nodeCount}`,
    title: `Synthetic graph of ${nodeCount.toLocaleString("en")} nodes`,
    sources: [{ id: "synthetic", title: "Synthetic text", text }],
    nodes,
    edges,
  };
}
