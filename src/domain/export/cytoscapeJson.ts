import type { Visible } from "../filters.ts";
import type { GraphModel } from "../schema.ts";
import { exportedElements } from "./jsonExport.ts";

/**
 * The graph as Cytoscape.js JSON (`elements: {nodes, edges}`), which Cytoscape.js reads with
 * `cy.json()` and Cytoscape desktop imports as a .cyjs network. Data fields are flat values,
 * as both tools expect; quotes do not fit that shape, so they stay in the graph document and
 * the CSV. Another tool's attributes are written back as they came in.
 */
export function exportCytoscapeJson(doc: GraphModel, visible: Visible | null): string {
  const { nodes, edges } = exportedElements(doc, visible);
  const out = {
    format_version: "1.0",
    generated_by: "Quotegraph",
    target_cytoscapejs_version: "~3.35",
    data: { name: doc.title, shared_name: doc.id },
    elements: {
      nodes: nodes.map((n) => ({
        data: {
          ...n.attributes,
          id: n.id,
          label: n.label,
          name: n.label,
          type: n.type,
          ...(n.summary !== undefined && { summary: n.summary }),
          ...(n.aliases && { aliases: n.aliases.join("; ") }),
          quotes: n.evidence.length,
        },
        ...(n.position && { position: { x: n.position.x, y: n.position.y } }),
      })),
      edges: edges.map((e) => ({
        data: {
          ...e.attributes,
          id: e.id,
          source: e.source,
          target: e.target,
          label: e.label,
          relation: e.relation,
          interaction: e.relation,
          directed: e.directed,
          ...(e.stance !== undefined && { stance: e.stance }),
          ...(e.claim && { claimed_by: e.claim.by, hedged: e.claim.hedged === true }),
          ...(e.date !== undefined && { date: e.date }),
          quotes: e.evidence.length,
        },
      })),
    },
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
