import type { Core, LayoutOptions } from "cytoscape";
import type { GraphModel } from "../domain/schema.ts";
import type { LayoutName } from "../domain/vocabulary.ts";
import { DEFAULT_QUALITY_UP_TO } from "./layoutChoice.ts";
import type { Detail } from "./detail.ts";

// No fit inside the layout: its viewport animation would be cancelled by any later cy.stop()
// (a search, a focus), and then the layout never reports that it stopped. The caller frames
// the view once the nodes have landed.
const ANIMATED = { animate: true, animationDuration: 450, fit: false };

let fcoseRegistered: Promise<void> | null = null;
/** cytoscape-fcose is loaded the first time a reader asks for it, not with the first view. */
function registerFcose(): Promise<void> {
  fcoseRegistered ??= Promise.all([import("cytoscape"), import("cytoscape-fcose")]).then(
    ([{ default: cytoscape }, { default: fcose }]) => {
      cytoscape.use(fcose);
    },
  );
  return fcoseRegistered;
}

function optionsFor(name: LayoutName, doc: GraphModel, detail: Detail): LayoutOptions {
  // Thousands of nodes gliding into place would stutter; a large graph jumps there at once.
  const ANIMATION = { ...ANIMATED, animate: detail === "full" };
  switch (name) {
    case "preset": {
      const positions = new Map(doc.nodes.map((n) => [n.id, n.position]));
      return {
        name: "preset",
        positions: (node: { id(): string }) => positions.get(node.id()) ?? { x: 0, y: 0 },
        ...ANIMATION,
      } as LayoutOptions;
    }
    case "fcose":
      return {
        name: "fcose",
        quality: "default",
        randomize: true,
        nodeSeparation: 90,
        idealEdgeLength: 80,
        nodeRepulsion: 6000,
        ...ANIMATION,
      } as unknown as LayoutOptions;
    case "concentric":
      return {
        name: "concentric",
        // The most connected in the middle, rings outwards by number of relations.
        concentric: (node: { degree(includeLoops: boolean): number }) => node.degree(false),
        levelWidth: () => 2,
        minNodeSpacing: 40,
        ...ANIMATION,
      } as LayoutOptions;
    case "circle":
      return { name: "circle", spacingFactor: 1.1, ...ANIMATION } as LayoutOptions;
    case "grid":
      return { name: "grid", avoidOverlapPadding: 40, ...ANIMATION } as LayoutOptions;
  }
}

/**
 * Lays the whole graph out again (hidden elements too, so filters never move anything) with an
 * animated transition; "preset" returns to the positions computed at build time. Resolves
 * once the layout has stopped.
 */
export async function runLayout(
  cy: Core,
  name: LayoutName,
  doc: GraphModel,
  detail: Detail,
  /** Aborted when another layout or another graph takes over: this one then stops. */
  signal?: AbortSignal,
): Promise<void> {
  // A fresh force-directed layout of more than a few hundred nodes takes seconds: it is
  // computed in a worker (fcose's draft quality) and the nodes are then moved to it.
  const offThread =
    name === "fcose" && doc.nodes.length > DEFAULT_QUALITY_UP_TO
      ? await (await import("./layoutInWorker.ts")).layOutInWorker(doc, signal)
      : null;
  if (name === "fcose" && !offThread) await registerFcose();
  if (cy.destroyed() || signal?.aborted) return;
  cy.stop(true);
  const layout = cy.layout(optionsFor(offThread ? "preset" : name, offThread ?? doc, detail));
  // Resolves when the nodes have landed, so the caller can frame what the reader looks at.
  const stopped = layout.promiseOn("layoutstop");
  layout.run();
  await stopped;
}
