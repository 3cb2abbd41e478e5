import { z } from "zod";
import { NODE_TYPES, SCHEMA_VERSION, SHOWN_NODE_TYPES, STANCES } from "./vocabulary.ts";

/**
 * The graph document, schema version 1 (DESIGN.md §2), defined once. Types are inferred from
 * it, the JSON Schema published with the app is generated from it, and the same schema checks
 * the build's output, fetched graphs and opened files.
 *
 * Objects are "loose": unknown extra fields are kept, for forward compatibility.
 * Cross-references and quote offsets cannot be expressed here; `checkGraphDocument` checks them.
 */

const Id = z.string().min(1).describe("An identifier, unique among its kind.");
const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .describe("Lower-case letters, digits and single hyphens.");
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
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { abort: true })
  .refine(isIsoDate, "is not a date that exists")
  .describe("An ISO 8601 calendar date: YYYY, YYYY-MM or YYYY-MM-DD.");
export const IsoDateOrInterval = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/, { abort: true })
  .refine(isIsoDateOrInterval, "is not a date that exists, or its interval ends before it starts")
  .describe("An ISO 8601 date, or an interval of two dates joined by '/'.");
const CodePointOffset = z.number().int().min(0);

export const SourceSchema = z
  .looseObject({
    id: Id,
    title: z.string().min(1),
    /** The full verbatim text; evidence offsets count its Unicode code points. */
    text: z.string().min(1),
    url: z.url({ protocol: /^https?$/ }).optional(),
    publisher: z.string().min(1).optional(),
    published: IsoDate.optional(),
  })
  .describe("A text the graph quotes from, in full and verbatim.");

export const EvidenceSchema = z
  .looseObject({
    /** The id of the source quoted. */
    source: Id,
    /** The quoted words; equals the source text between `start` and `end`. */
    exact: z.string().min(1),
    /** Up to ~32 code points of source text just before `exact` (shorter at the text's start). */
    prefix: z.string(),
    /** Up to ~32 code points of source text just after `exact` (shorter at the text's end). */
    suffix: z.string(),
    /** Code-point offset of the quote's first character in the source text. */
    start: CodePointOffset,
    /** Code-point offset just past the quote's last character. */
    end: CodePointOffset,
    /** The node id of who says these words, when the quote is someone's direct speech. */
    speaker: Id.optional(),
  })
  .describe(
    "A verbatim quote: a W3C TextQuoteSelector (exact/prefix/suffix) and TextPositionSelector (start/end, in code points).",
  );

export const PositionSchema = z.looseObject({ x: z.number(), y: z.number() });

export const NodeSchema = z.looseObject({
  id: Id,
  type: z.enum(NODE_TYPES),
  label: z.string().min(1),
  /** Other names the source uses for it, e.g. a capital standing for its government. */
  aliases: z.array(z.string().min(1)).optional(),
  summary: z.string().optional(),
  evidence: z.array(EvidenceSchema).min(1),
  /** Precomputed layout position, in model coordinates. */
  position: PositionSchema.optional(),
});

export const ClaimSchema = z
  .looseObject({
    /** The node id of who makes the statement. */
    by: Id,
    /** True when the speaker hedges ("we do not rule out …"). */
    hedged: z.boolean().optional(),
  })
  .describe("Set when the source reports the relation as someone's statement, not as fact.");

export const EdgeSchema = z.looseObject({
  id: Id,
  source: Id,
  target: Id,
  relation: z
    .string()
    .regex(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/)
    .describe("snake_case, e.g. member_of"),
  /** Reads as a phrase between source and target: "member of". */
  label: z.string().min(1),
  directed: z.boolean(),
  stance: z.enum(STANCES).optional(),
  claim: ClaimSchema.optional(),
  date: IsoDateOrInterval.optional(),
  evidence: z.array(EvidenceSchema).min(1),
});

export const GraphDocumentSchema = z
  .looseObject({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: Slug,
    title: z.string().min(1),
    description: z.string().optional(),
    sources: z.array(SourceSchema).min(1),
    nodes: z.array(NodeSchema),
    edges: z.array(EdgeSchema),
  })
  .describe("A Quotegraph graph document: every node and edge backed by verbatim quotes.");

export type Source = z.infer<typeof SourceSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type GraphNode = z.infer<typeof NodeSchema>;
export type GraphEdge = z.infer<typeof EdgeSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type GraphDocument = z.infer<typeof GraphDocumentSchema>;

// The graph as the app holds it. These two schemas exist for their types only: nothing is
// parsed with them (a graph from another tool is converted in code, see openedGraph/).
export const ModelNodeSchema = NodeSchema.extend({
  type: z.enum(SHOWN_NODE_TYPES),
  /** Another tool's data fields, as text, shown as they were. */
  attributes: z.record(z.string(), z.string()).optional(),
});
export const ModelEdgeSchema = EdgeSchema.extend({
  attributes: z.record(z.string(), z.string()).optional(),
});
export const GraphModelSchema = GraphDocumentSchema.extend({
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
  title: z.string().min(1),
  nodeCount: z.number().int().min(0),
  edgeCount: z.number().int().min(0),
});
export const ManifestSchema = z.array(ManifestEntrySchema).min(1);
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;
