import type { GraphModel } from "../schema.ts";

/**
 * The line that credits the source under an exported image: "Source: <title>, <publisher>,
 * <date>", leaving out what the source does not say; several sources are joined with "; ".
 * Null for a graph without sources, which has nothing to credit.
 *
 * @example
 * sourceLine(doc); // "Source: Venezuela discusses arms purchases with Russia, Reuters, 2023-08-15"
 */
export function sourceLine(graph: Pick<GraphModel, "sources">): string | null {
  if (graph.sources.length === 0) return null;
  const credits = graph.sources.map((s) =>
    [s.title, s.publisher, s.published].filter((part) => part !== undefined).join(", "),
  );
  return `${credits.length > 1 ? "Sources" : "Source"}: ${credits.join("; ")}`;
}
