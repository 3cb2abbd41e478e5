import type { Core } from "cytoscape";
import type { StanceOrNone } from "../../domain/filters.ts";
import type { Attribution } from "../../domain/vocabulary.ts";

/** The kinds of element an export shows, each kind once: what its legend has to explain. */
export interface PresentKinds {
  readonly nodeTypes: ReadonlySet<string>;
  readonly attributions: ReadonlySet<Attribution>;
  readonly stances: ReadonlySet<StanceOrNone>;
  readonly directed: boolean;
}

/**
 * What the export will show: elements the filters leave visible (`:visible` also drops edges
 * whose end is hidden) and, for the view, only those that reach into the viewport.
 */
export function presentKinds(cy: Core, extent: "view" | "full"): PresentKinds {
  let shown = cy.elements(":visible");
  if (extent === "view") {
    const view = cy.extent();
    shown = shown.filter((ele) => {
      const bb = ele.boundingBox({ includeLabels: false });
      return bb.x2 >= view.x1 && bb.x1 <= view.x2 && bb.y2 >= view.y1 && bb.y1 <= view.y2;
    });
  }
  const nodeTypes = new Set<string>();
  const attributions = new Set<Attribution>();
  const stances = new Set<StanceOrNone>();
  let directed = false;
  shown.nodes().forEach((node) => {
    nodeTypes.add(String(node.data("type")));
  });
  shown.edges().forEach((edge) => {
    attributions.add(edge.data("attribution") as Attribution);
    stances.add(edge.data("stance") as StanceOrNone);
    if (edge.data("directed") === true) directed = true;
  });
  return { nodeTypes, attributions, stances, directed };
}
