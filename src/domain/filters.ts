import type { GraphIndex } from "./graphIndex.ts";
import type { GraphEdge } from "./schema.ts";
import { sourcingOf } from "./sides/reading.ts";
import {
  ATTRIBUTIONS,
  SHOWN_NODE_TYPES,
  STANCES,
  type Attribution,
  type ShownNodeType,
  type Stance,
} from "./vocabulary.ts";

/** An edge's stance, with "none" when the source shows none. */
export type StanceOrNone = Stance | "none";
export const STANCE_OPTIONS = [...STANCES, "none"] as const satisfies readonly StanceOrNone[];

/**
 * An edge's attribution, the legend's and the filters' word for its sourcing (`sourcingOf`,
 * which alone reads the fields that say it).
 *
 * @example attributionOf(natoIntegratingWithAukus) // "hedged"
 */
export function attributionOf(edge: GraphEdge): Attribution {
  const sourcing = sourcingOf(edge);
  switch (sourcing.kind) {
    case "fact":
      return "fact";
    case "claim":
      return sourcing.hedged ? "hedged" : "claim";
    case "linked-headline":
      return "linked-headline";
  }
}

/**
 * What the reader has hidden. Each set lists hidden values, so an empty filter shows all and a
 * value the document does not use changes nothing. Sets are replaced, never mutated.
 */
export interface Filters {
  readonly nodeTypes: ReadonlySet<ShownNodeType>;
  readonly relations: ReadonlySet<string>;
  readonly stances: ReadonlySet<StanceOrNone>;
  readonly attributions: ReadonlySet<Attribution>;
}

export type FilterGroup = keyof Filters;

export const NO_FILTERS: Filters = {
  nodeTypes: new Set(),
  relations: new Set(),
  stances: new Set(),
  attributions: new Set(),
};

export function isFiltering(filters: Filters): boolean {
  return Object.values(filters).some((s: ReadonlySet<unknown>) => s.size > 0);
}

/** The filters with one value shown again, or hidden. */
export function toggleFilter(filters: Filters, group: FilterGroup, value: string): Filters {
  const next = new Set<string>(filters[group] as ReadonlySet<string>);
  if (!next.delete(value)) next.add(value);
  return { ...filters, [group]: next };
}

export interface Visible {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

/**
 * The nodes and edges the filters leave: nodes of shown types; edges of shown relation,
 * stance and attribution whose two ends are both shown.
 */
export function visibleElements(index: GraphIndex, filters: Filters): Visible {
  const nodes = new Set<string>();
  for (const node of index.doc.nodes) if (!filters.nodeTypes.has(node.type)) nodes.add(node.id);
  const edges = new Set<string>();
  for (const edge of index.doc.edges) {
    if (
      nodes.has(edge.source) &&
      nodes.has(edge.target) &&
      !filters.relations.has(edge.relation) &&
      !filters.stances.has(edge.stance ?? "none") &&
      !filters.attributions.has(attributionOf(edge))
    ) {
      edges.add(edge.id);
    }
  }
  return { nodes, edges };
}

export interface FilterCounts {
  readonly nodeTypes: ReadonlyMap<ShownNodeType, number>;
  /** Relation → its label (the first seen) and count, in order of first appearance. */
  readonly relations: ReadonlyMap<string, { readonly label: string; readonly count: number }>;
  readonly stances: ReadonlyMap<StanceOrNone, number>;
  readonly attributions: ReadonlyMap<Attribution, number>;
}

/**
 * How many elements each filter value stands for: in the whole document, or, given what the
 * filters leave (`visible`), among the elements shown. Every relation type of the document has
 * its entry either way (with 0 when none of it is shown), so the two line up.
 */
export function filterCounts(index: GraphIndex, visible: Visible | null = null): FilterCounts {
  const nodeTypes = new Map<ShownNodeType, number>(SHOWN_NODE_TYPES.map((t) => [t, 0]));
  const stances = new Map<StanceOrNone, number>(STANCE_OPTIONS.map((s) => [s, 0]));
  const attributions = new Map<Attribution, number>(ATTRIBUTIONS.map((a) => [a, 0]));
  const relations = new Map<string, { label: string; count: number }>();
  for (const node of index.doc.nodes) {
    if (visible && !visible.nodes.has(node.id)) continue;
    nodeTypes.set(node.type, (nodeTypes.get(node.type) ?? 0) + 1);
  }
  for (const edge of index.doc.edges) {
    const shown = !visible || visible.edges.has(edge.id);
    const n = shown ? 1 : 0;
    const stance = edge.stance ?? "none";
    stances.set(stance, (stances.get(stance) ?? 0) + n);
    const attribution = attributionOf(edge);
    attributions.set(attribution, (attributions.get(attribution) ?? 0) + n);
    const r = relations.get(edge.relation);
    relations.set(edge.relation, { label: r?.label ?? edge.label, count: (r?.count ?? 0) + n });
  }
  return { nodeTypes, relations, stances, attributions };
}
