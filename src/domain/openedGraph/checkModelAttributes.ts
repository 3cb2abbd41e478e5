import { describeType, type Problem } from "../problems.ts";
import type { GraphDocument } from "../schema.ts";
import { isJsonObject } from "./cytoscapeFields.ts";

/**
 * Checks the `attributes` of a document's nodes and edges: the app holds them as texts (see
 * `ModelNode`) and shows them as they are, so a document that has the field must give an
 * object of strings. The schema keeps unknown fields without looking at them, and a v1
 * document has none of its own, so only a hand-made file can get this wrong.
 */
export function checkModelAttributes(doc: GraphDocument): Problem[] {
  const problems: Problem[] = [];
  const check = (element: Record<string, unknown>, base: string) => {
    if (!Object.hasOwn(element, "attributes")) return;
    const attributes = element.attributes;
    if (!isJsonObject(attributes)) {
      problems.push({
        path: `${base}.attributes`,
        message: `must be an object, not ${describeType(attributes)}`,
      });
      return;
    }
    for (const [key, value] of Object.entries(attributes)) {
      if (typeof value === "string") continue;
      problems.push({
        path: `${base}.attributes.${key}`,
        message: `must be a string, not ${describeType(value)}`,
      });
    }
  };
  doc.nodes.forEach((node, i) => check(node, `nodes[${i}]`));
  doc.edges.forEach((edge, i) => check(edge, `edges[${i}]`));
  return problems;
}
