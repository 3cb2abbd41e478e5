import { checkGraphDocument } from "./checkGraphDocument.ts";
import { problemFromZodIssue, type Problem } from "./problems.ts";
import { GraphDocumentSchema, type GraphDocument } from "./schema.ts";

export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Parses untrusted input as a graph document: first its shape (the schema), then its
 * integrity (ids, references, every quote against its source). Used wherever a document
 * enters: the build's output, a fetched graph, an opened file. Never throws.
 *
 * @example
 * const result = parseGraphDocument(JSON.parse(text));
 * if (!result.ok) result.problems.map(formatProblem);
 */
export function parseGraphDocument(input: unknown): ParseResult<GraphDocument> {
  const shape = GraphDocumentSchema.safeParse(input);
  if (!shape.success) {
    return { ok: false, problems: shape.error.issues.map((i) => problemFromZodIssue(i, input)) };
  }
  const problems = checkGraphDocument(shape.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: shape.data };
}
