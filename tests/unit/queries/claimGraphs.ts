import { indexGraph, type GraphIndex } from "../../../src/domain/graphIndex.ts";
import type { Evidence, GraphDocument, GraphEdge, GraphNode } from "../../../src/domain/schema.ts";
import type { Stance } from "../../../src/domain/vocabulary.ts";

const STANCE_MARK: Record<string, Stance | undefined> = {
  "+": "cooperation",
  "-": "opposition",
  "=": "neutral",
  ":": undefined,
};

/** A stand-in quote; indexGraph and the queries never read its text. */
const quote = (speaker: string | undefined): Evidence => ({
  source: "s",
  exact: "x",
  prefix: "",
  suffix: "",
  start: 0,
  end: 1,
  ...(speaker ? { speaker } : {}),
});

/** A stand-in quote from a linked headline ("Read more: …"), which has no speaker. */
const headline = (): Evidence => ({ ...quote(undefined), origin: "linked-headline" });

/**
 * A small graph of stances, claims and who says the quotes, from relations written
 * "A+B" (cooperation), "A-B" (opposition), "A=B" (neutral) or "A:B" (no stance), then
 * optionally "@X" (claimed by X) or "@X?" (hedged), then optionally "#" and the speakers of
 * its quotes, one per quote, "-" for the source's own narration, "^" for a linked headline
 * (one narrated quote when not given). Edge ids are e0, e1, … in list order; every node
 * named is a person.
 *
 * @example claimGraph(["a+b@x?#-,x"]) // x claims, hedged, that a cooperates with b; quote 1 is x's
 */
export function claimGraph(
  relations: readonly string[],
  extra: readonly string[] = [],
): GraphIndex {
  const names = new Set<string>(extra);
  const edges = relations.map((spec, i): GraphEdge => {
    const m = /^([^+\-=:@#]+)([+\-=:])([^@#]+)(?:@([^?#]+)(\?)?)?(?:#(.+))?$/.exec(spec);
    if (!m) throw new Error(`bad relation ${spec}`);
    const [, source = "", mark = "", target = "", by, hedged, speakers] = m;
    names.add(source).add(target);
    if (by) names.add(by);
    const stance = STANCE_MARK[mark];
    const evidence = speakers
      ? speakers.split(",").map((s) => (s === "^" ? headline() : quote(s === "-" ? undefined : s)))
      : [quote(undefined)];
    return {
      id: `e${i}`,
      source,
      target,
      relation: "relates_to",
      label: "relates to",
      directed: true,
      ...(stance ? { stance } : {}),
      ...(by ? { claim: hedged ? { by, hedged: true } : { by } } : {}),
      evidence,
    };
  });
  const nodes = [...names].map((id): GraphNode => ({
    id,
    type: "person",
    label: id,
    evidence: [quote(undefined)],
  }));
  const doc: GraphDocument = {
    schemaVersion: 1,
    id: "claims",
    title: "Claims",
    sources: [{ id: "s", title: "S", text: "x" }],
    nodes,
    edges,
  };
  return indexGraph(doc);
}
