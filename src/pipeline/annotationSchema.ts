import { z } from "zod";
import { IsoDate, IsoDateOrInterval } from "../domain/schema.ts";
import { EVIDENCE_ORIGINS, NODE_TYPES, STANCES } from "../domain/vocabulary.ts";

/**
 * The hand-curated annotation format (data/annotations/<id>.json). It is the graph document
 * without offsets: quotes are written as exact text and the pipeline finds them in the source.
 * Strict objects: a misspelt field in a hand-written file is an error, not silently ignored.
 */

const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** A quote: the exact words, or the exact words with a disambiguator and/or a speaker. */
export const AnnotationQuoteSchema = z.union([
  z.string().min(1),
  z.strictObject({
    exact: z.string().min(1),
    /** Which occurrence (1-based) when the words occur more than once in the source. */
    occurrence: z.number().int().min(1).optional(),
    /** The node id of who says these words (direct speech). */
    speaker: Id.optional(),
    /** The source id; defaults to the annotation's first source. */
    source: Id.optional(),
    /**
     * "linked-headline" for words from the headline of another article ("Read more: …").
     * Required there: the build refuses a quote from such a line without it.
     */
    origin: z.enum(EVIDENCE_ORIGINS).optional(),
  }),
]);

export const AnnotationSourceSchema = z.strictObject({
  id: Id,
  /** File name under data/sources/. */
  file: z.string().regex(/^[\w.-]+\.txt$/),
  title: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }).optional(),
  publisher: z.string().min(1).optional(),
  published: z.optional(IsoDate),
});

export const AnnotationNodeSchema = z.strictObject({
  id: Id,
  type: z.enum(NODE_TYPES),
  label: z.string().min(1),
  aliases: z.array(z.string().min(1)).optional(),
  summary: z.string().optional(),
  quotes: z.array(AnnotationQuoteSchema).min(1),
});

export const AnnotationEdgeSchema = z.strictObject({
  /** Defaults to `<source>--<relation>--<target>`. */
  id: Id.optional(),
  source: Id,
  target: Id,
  relation: z.string().regex(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/),
  /** Defaults to the relation with spaces: member_of → "member of". */
  label: z.string().min(1).optional(),
  directed: z.boolean().default(true),
  stance: z.enum(STANCES).optional(),
  claim: z.strictObject({ by: Id, hedged: z.boolean().optional() }).optional(),
  date: z.optional(IsoDateOrInterval),
  quotes: z.array(AnnotationQuoteSchema).min(1),
});

export const AnnotationSchema = z.strictObject({
  $schema: z.string().optional(),
  id: Id,
  title: z.string().min(1),
  description: z.string().optional(),
  sources: z.array(AnnotationSourceSchema).min(1),
  nodes: z.array(AnnotationNodeSchema),
  edges: z.array(AnnotationEdgeSchema),
});

export type Annotation = z.infer<typeof AnnotationSchema>;
export type AnnotationQuote = z.infer<typeof AnnotationQuoteSchema>;
