import type { AnnotationQuote } from "../annotationSchema.ts";
import type { DraftAnnotation } from "./draft.ts";

/**
 * Reviewing a draft (docs/ARCHITECTURE.md, "Curation"): the draft's nodes and edges as a list
 * of proposals, each accepted or rejected, and back to an annotation holding only what was
 * accepted, without the draft marker: the reviewer's sign-off. Pure: the curation view keeps a
 * `Decisions` in its state and calls these.
 */

type DraftNode = DraftAnnotation["nodes"][number];

/**
 * The reason the drafter gives a co-occurrence proposal (relations.ts's CO_OCCURRENCE, which a
 * test holds this to). Not imported: that would bring the drafter into the curation view's
 * chunk, which loads it only on Draft.
 */
export const CO_OCCURRENCE_REASON = "co-occurrence";

export interface EntityProposal {
  readonly kind: "entity";
  readonly id: string;
  readonly type: DraftNode["type"];
  readonly label: string;
  readonly aliases: readonly string[];
  readonly quotes: readonly string[];
  readonly reason: string;
  readonly confidence: number;
}

export interface RelationProposal {
  readonly kind: "relation";
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** The endpoints' and the claimant's labels, for showing ("Russia — talks with → Venezuela"). */
  readonly sourceLabel: string;
  readonly targetLabel: string;
  readonly label: string;
  readonly stance?: "cooperation" | "opposition" | "neutral" | undefined;
  readonly claimBy?: { readonly id: string; readonly label: string; readonly hedged: boolean };
  readonly quotes: readonly string[];
  readonly reason: string;
  readonly confidence: number;
  readonly coOccurrence: boolean;
}

export type ReviewProposal = EntityProposal | RelationProposal;

/** What is accepted, by kind (nodes and edges may share an id in an annotation). */
export interface Decisions {
  readonly entities: ReadonlySet<string>;
  readonly relations: ReadonlySet<string>;
}

const quoteText = (q: AnnotationQuote) => (typeof q === "string" ? q : q.exact);

/** The draft's proposals: its entities in the order of the text, then its relations. */
export function proposalsOf(draft: DraftAnnotation): ReviewProposal[] {
  const labels = new Map(draft.nodes.map((n) => [n.id, n.label]));
  const entities = draft.nodes.map((n): EntityProposal => ({
    kind: "entity",
    id: n.id,
    type: n.type,
    label: n.label,
    aliases: n.aliases ?? [],
    quotes: n.quotes.map(quoteText),
    reason: draft.draft.nodes[n.id]?.reason ?? "",
    confidence: draft.draft.nodes[n.id]?.confidence ?? 0,
  }));
  const relations = draft.edges.flatMap((e): RelationProposal[] => {
    // The drafter gives every edge an explicit id; one without cannot be decided on.
    if (e.id === undefined) return [];
    const reason = draft.draft.edges[e.id]?.reason ?? "";
    return [
      {
        kind: "relation",
        id: e.id,
        source: e.source,
        target: e.target,
        sourceLabel: labels.get(e.source) ?? e.source,
        targetLabel: labels.get(e.target) ?? e.target,
        label: e.label ?? e.relation.replaceAll("_", " "),
        stance: e.stance,
        ...(e.claim && {
          claimBy: {
            id: e.claim.by,
            label: labels.get(e.claim.by) ?? e.claim.by,
            hedged: e.claim.hedged ?? false,
          },
        }),
        quotes: e.quotes.map(quoteText),
        reason,
        confidence: draft.draft.edges[e.id]?.confidence ?? 0,
        coOccurrence: reason === CO_OCCURRENCE_REASON,
      },
    ];
  });
  return [...entities, ...relations];
}

/** The entities a relation cannot stand without: its ends and whoever claims it. */
function needs(r: RelationProposal): string[] {
  return [r.source, r.target, ...(r.claimBy ? [r.claimBy.id] : [])];
}

/**
 * The defaults: every entity accepted, co-occurrence relations rejected (they are guesses,
 * about half of them wrong), every other relation accepted.
 */
export function defaultDecisions(proposals: readonly ReviewProposal[]): Decisions {
  return {
    entities: new Set(proposals.filter((p) => p.kind === "entity").map((p) => p.id)),
    relations: new Set(
      proposals.filter((p) => p.kind === "relation" && !p.coOccurrence).map((p) => p.id),
    ),
  };
}

export function isAccepted(decisions: Decisions, p: ReviewProposal): boolean {
  return (p.kind === "entity" ? decisions.entities : decisions.relations).has(p.id);
}

/**
 * Accepts or rejects one proposal, keeping the decisions whole: rejecting an entity rejects
 * every relation that needs it; accepting a relation accepts the entities it needs.
 */
export function decide(
  proposals: readonly ReviewProposal[],
  decisions: Decisions,
  target: ReviewProposal,
  accept: boolean,
): Decisions {
  const entities = new Set(decisions.entities);
  const relations = new Set(decisions.relations);
  if (target.kind === "entity") {
    if (accept) entities.add(target.id);
    else {
      entities.delete(target.id);
      for (const p of proposals) {
        if (p.kind === "relation" && needs(p).includes(target.id)) relations.delete(p.id);
      }
    }
  } else if (accept) {
    relations.add(target.id);
    for (const id of needs(target)) entities.add(id);
  } else relations.delete(target.id);
  return { entities, relations };
}

export type BulkAction = "accept-all" | "reject-all" | "reject-co-occurrence";

export function decideAll(
  proposals: readonly ReviewProposal[],
  decisions: Decisions,
  action: BulkAction,
): Decisions {
  const ids = (kind: ReviewProposal["kind"]) =>
    new Set(proposals.filter((p) => p.kind === kind).map((p) => p.id));
  switch (action) {
    case "accept-all":
      return { entities: ids("entity"), relations: ids("relation") };
    case "reject-all":
      return { entities: new Set(), relations: new Set() };
    case "reject-co-occurrence": {
      const relations = new Set(decisions.relations);
      for (const p of proposals)
        if (p.kind === "relation" && p.coOccurrence) relations.delete(p.id);
      return { entities: decisions.entities, relations };
    }
  }
}

export interface SourceDetails {
  readonly title?: string | undefined;
  readonly publisher?: string | undefined;
  /** An ISO date (yyyy-mm-dd). */
  readonly published?: string | undefined;
  readonly url?: string | undefined;
}

/**
 * The reviewed annotation: only what is accepted, the source's details filled in, and no
 * `draft` field, so `buildGraphDocument` builds it. A speaker who was rejected is dropped from
 * a quote (the words stay the text's own, only no longer attributed to a node that is gone).
 */
export function reviewedAnnotation(
  draft: DraftAnnotation,
  decisions: Decisions,
  details: SourceDetails = {},
): Omit<DraftAnnotation, "draft"> {
  const { draft: _marker, ...annotation } = draft;
  const nodes = draft.nodes.filter((n) => decisions.entities.has(n.id));
  const kept = new Set(nodes.map((n) => n.id));
  const keptQuote = (q: AnnotationQuote): AnnotationQuote => {
    if (typeof q === "string" || q.speaker === undefined || kept.has(q.speaker)) return q;
    const { speaker: _speaker, ...rest } = q;
    return rest;
  };
  const edges = draft.edges
    .filter(
      (e) =>
        e.id !== undefined &&
        decisions.relations.has(e.id) &&
        kept.has(e.source) &&
        kept.has(e.target) &&
        (e.claim === undefined || kept.has(e.claim.by)),
    )
    .map((e) => ({ ...e, quotes: e.quotes.map(keptQuote) }));
  const title = details.title?.trim();
  const [first, ...others] = annotation.sources;
  const source = first && {
    ...first,
    ...(title && { title }),
    ...(details.publisher?.trim() && { publisher: details.publisher.trim() }),
    ...(details.published && { published: details.published }),
    ...(details.url?.trim() && { url: details.url.trim() }),
  };
  return {
    ...annotation,
    ...(title && { title }),
    sources: source ? [source, ...others] : others,
    nodes: nodes.map((n) => ({ ...n, quotes: n.quotes.map(keptQuote) })),
    edges,
  };
}
