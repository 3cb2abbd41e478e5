import { relationsOf, type GraphIndex } from "../graphIndex.ts";
import type { ModelEdge } from "../schema.ts";
import { sourcingOf, type Sourcing } from "../sides/reading.ts";
import { STANCES, type Stance } from "../vocabulary.ts";

/** One stanced relation between the entity and a counterpart. */
export interface StanceRelation {
  readonly edge: ModelEdge;
  /** Reported as fact, or whose claim it is (and whether hedged). */
  readonly sourcing: Sourcing;
}

/** A counterpart and the relations of one stance that tie the entity to it. */
export interface StanceCounterpart {
  readonly id: string;
  readonly relations: readonly StanceRelation[];
}

/** The counterparts of each stance, in the order of `STANCES`; a stance with none is left out. */
export type StanceSummary = readonly {
  readonly stance: Stance;
  readonly counterparts: readonly StanceCounterpart[];
}[];

/**
 * Whom a node cooperates with, opposes or is neutral toward, from its stanced relations in
 * both directions (a stance belongs to the relation, as in the sides: "Venezuela talks with
 * Russia" puts Russia in cooperation with Venezuela too). Each counterpart lists every such
 * relation with its sourcing (`sourcingOf`), so a reader can tell what the source reports
 * from what someone claims. Counterparts and relations keep document order; relations without
 * a stance, and those to a node the graph does not hold, are left out. A counterpart can
 * appear under two stances when the source gives both (say, a fact of cooperation and a claim
 * of opposition).
 *
 * @example
 * stanceToward(index, "russia")
 * // [{ stance: "cooperation", counterparts: [{ id: "venezuela", relations: [2 facts] },
 * //                                          { id: "rosoboronexport", … }, …,
 * //                                          { id: "multipolar-world-order", … }] },
 * //  { stance: "opposition", counterparts: [{ id: "western-states", … }] }]
 */
export function stanceToward(index: GraphIndex, nodeId: string): StanceSummary {
  const byStance = new Map<Stance, Map<string, StanceRelation[]>>();
  for (const { edge, other } of relationsOf(index, nodeId)) {
    if (!edge.stance) continue;
    const counterparts = byStance.get(edge.stance) ?? new Map<string, StanceRelation[]>();
    byStance.set(edge.stance, counterparts);
    const relations = counterparts.get(other.id) ?? [];
    counterparts.set(other.id, relations);
    relations.push({ edge, sourcing: sourcingOf(edge) });
  }
  return STANCES.flatMap((stance) => {
    const counterparts = byStance.get(stance);
    if (!counterparts) return [];
    return [
      { stance, counterparts: [...counterparts].map(([id, relations]) => ({ id, relations })) },
    ];
  });
}
