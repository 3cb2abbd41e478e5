import { z } from "zod/mini";
import {
  EVIDENCE_ORIGINS,
  NODE_TYPES,
  SCHEMA_VERSION,
  SHOWN_NODE_TYPES,
  STANCES,
} from "./vocabulary.ts";

/**
 * The graph document, schema version 1 (docs/ARCHITECTURE.md, "Graph document"), defined
 * once. Types are inferred from it, the JSON Schema published with the app is generated from
 * it, and the same schema checks the build's output, fetched graphs and opened files.
 *
 * Objects are "loose": unknown extra fields are kept, for forward compatibility. Written with
 * zod's mini API, whose functions the bundler can leave out when unused: the browser loads this
 * schema with the first view, and the classic API would weigh about 30 KB (gzip) more.
 * Cross-references and quote offsets cannot be expressed here; `checkGraphDocument` checks them.
 */

const nonEmpty = () => z.string().check(z.minLength(1));
const Id = nonEmpty().check(z.describe("An identifier, unique among its kind."));
const Slug = z
  .string()
  .check(
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    z.describe("Lower-case letters, digits and single hyphens."),
  );
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for an ISO 8601 calendar date that exists: YYYY, YYYY-MM or YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  // Day 0 of the next month is the last day of this one (in UTC, leap years included).
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/** True for an ISO date, or an interval of two dates "start/end" with start ≤ end. */
export function isIsoDateOrInterval(s: string): boolean {
  const parts = s.split("/");
  if (parts.length === 1) return isIsoDate(s);
  const [start, end] = parts;
  return (
    parts.length === 2 &&
    start !== undefined &&
    end !== undefined &&
    isIsoDate(start) &&
    isIsoDate(end) &&
    start <= end
  );
}

// The pattern is for the shape (and the generated JSON Schema); the refinement rejects dates
// that do not exist, such as month 13.
export const IsoDate = z
  .string()
  .check(
    z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { abort: true }),
    z.refine(isIsoDate, "is not a date that exists"),
    z.describe("An ISO 8601 calendar date: YYYY, YYYY-MM or YYYY-MM-DD."),
  );
export const IsoDateOrInterval = z
  .string()
  .check(
    z.regex(/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/, { abort: true }),
    z.refine(
      isIsoDateOrInterval,
      "is not a date that exists, or its interval ends before it starts",
    ),
    z.describe("An ISO 8601 date, or an interval of two dates joined by '/'."),
  );
const CodePointOffset = z.int().check(z.minimum(0));

export const SourceSchema = z
  .looseObject({
    id: Id,
    title: nonEmpty(),
    /** The full verbatim text; evidence offsets count its Unicode code points. */
    text: nonEmpty(),
    url: z.optional(z.url({ protocol: /^https?$/ })),
    publisher: z.optional(nonEmpty()),
    published: z.optional(IsoDate),
  })
  .check(z.describe("A text the graph quotes from, in full and verbatim."));

export const EvidenceSchema = z
  .looseObject({
    /** The id of the source quoted. */
    source: Id,
    /** The quoted words; equals the source text between `start` and `end`. */
    exact: nonEmpty(),
    /** Up to ~32 code points of source text just before `exact` (shorter at the text's start). */
    prefix: z.string(),
    /** Up to ~32 code points of source text just after `exact` (shorter at the text's end). */
    suffix: z.string(),
    /** Code-point offset of the quote's first character in the source text. */
    start: CodePointOffset,
    /** Code-point offset just past the quote's last character. */
    end: CodePointOffset,
    /** The node id of who says these words, when the quote is someone's direct speech. */
    speaker: z.optional(Id),
    /**
     * Set when the words are not the source's own reporting: "linked-headline" for the
     * headline of another article the source links to ("Read more: …"). Absent for the
     * source's own text, so documents written before the field existed read as they did.
     * `checkGraphDocument` checks the claim: the quote lies on one line led by "Read more:".
     */
    origin: z.optional(
      z
        .enum(EVIDENCE_ORIGINS)
        .check(
          z.describe(
            "Where the quote stands when it is not the source's own reporting: 'linked-headline', the headline of another article linked from this one (a line led by 'Read more:').",
          ),
        ),
    ),
  })
  .check(
    z.describe(
      "A verbatim quote: a W3C TextQuoteSelector (exact/prefix/suffix) and TextPositionSelector (start/end, in code points).",
    ),
  );

export const PositionSchema = z.looseObject({ x: z.number(), y: z.number() });

export const NodeSchema = z.looseObject({
  id: Id,
  type: z.enum(NODE_TYPES),
  label: nonEmpty(),
  /** Other names the source uses for it, e.g. a capital standing for its government. */
  aliases: z.optional(z.array(nonEmpty())),
  summary: z.optional(z.string()),
  evidence: z.array(EvidenceSchema).check(z.minLength(1)),
  /** Precomputed layout position, in model coordinates. */
  position: z.optional(PositionSchema),
});

export const ClaimSchema = z
  .looseObject({
    /** The node id of who makes the statement. */
    by: Id,
    /** True when the speaker hedges ("we do not rule out …"). */
    hedged: z.optional(z.boolean()),
  })
  .check(
    z.describe("Set when the source reports the relation as someone's statement, not as fact."),
  );

export const EdgeSchema = z.looseObject({
  id: Id,
  source: Id,
  target: Id,
  relation: z
    .string()
    .check(z.regex(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/), z.describe("snake_case, e.g. member_of")),
  /** Reads as a phrase between source and target: "member of". */
  label: nonEmpty(),
  directed: z.boolean(),
  stance: z.optional(z.enum(STANCES)),
  claim: z.optional(ClaimSchema),
  date: z.optional(IsoDateOrInterval),
  evidence: z.array(EvidenceSchema).check(z.minLength(1)),
});

export const GraphDocumentSchema = z
  .looseObject({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: Slug,
    title: nonEmpty(),
    description: z.optional(z.string()),
    sources: z.array(SourceSchema).check(z.minLength(1)),
    nodes: z.array(NodeSchema),
    edges: z.array(EdgeSchema),
  })
  .check(z.describe("A Quotegraph graph document: every node and edge backed by verbatim quotes."));

export type Source = z.infer<typeof SourceSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type GraphNode = z.infer<typeof NodeSchema>;
export type GraphEdge = z.infer<typeof EdgeSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type GraphDocument = z.infer<typeof GraphDocumentSchema>;

// The graph as the app holds it. These two schemas exist for their types only: nothing is
// parsed with them (a graph from another tool is converted in code, see openedGraph/).
export const ModelNodeSchema = z.extend(NodeSchema, {
  type: z.enum(SHOWN_NODE_TYPES),
  /** Another tool's data fields, as text, shown as they were. */
  attributes: z.optional(z.record(z.string(), z.string())),
});
export const ModelEdgeSchema = z.extend(EdgeSchema, {
  attributes: z.optional(z.record(z.string(), z.string())),
});
export const GraphModelSchema = z.looseObject({
  ...GraphDocumentSchema.shape,
  nodes: z.array(ModelNodeSchema),
  edges: z.array(ModelEdgeSchema),
});

/**
 * A node as the app holds it: a schema v1 node, or one from another tool's file, whose type
 * may be "other" and whose evidence is empty (that file had no quotes).
 */
export type ModelNode = z.infer<typeof ModelNodeSchema>;
export type ModelEdge = z.infer<typeof ModelEdgeSchema>;
/**
 * A graph as the app holds it: a checked v1 document, or a graph opened from another tool,
 * which has no sources and no quotes (`hasQuotes` tells the two apart).
 */
export type GraphModel = z.infer<typeof GraphModelSchema>;

/** False for a graph from another tool: it has no source text, so nothing in it is quoted. */
export function hasQuotes(graph: Pick<GraphModel, "sources">): boolean {
  return graph.sources.length > 0;
}

/** One entry of `graphs/index.json`. The first entry is the default graph. */
export const ManifestEntrySchema = z.looseObject({
  id: Slug,
  title: nonEmpty(),
  nodeCount: z.int().check(z.minimum(0)),
  edgeCount: z.int().check(z.minimum(0)),
});
export const ManifestSchema = z.array(ManifestEntrySchema).check(z.minLength(1));
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;
