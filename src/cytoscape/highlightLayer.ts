import cytoscape, {
  type CollectionReturnValue,
  type Core,
  type EventObject,
  type StylesheetJson,
} from "cytoscape";
import { elementDefinitions } from "./internals.ts";

/** What a highlight is of: one at a time in practice (a focus replaces a path). */
export type HighlightKind = "focus" | "path";

/**
 * A large graph's focus or path, shown without restyling the graph. Fading everything else
 * would restyle tens of thousands of elements (seconds in Cytoscape); instead a veil over the
 * canvas, in the canvas colour (`setVeil`), fades all of it at
 * once, and a second, small Cytoscape instance above the veil draws the highlighted elements
 * with the same stylesheet, following the graph's pan, zoom, positions and selection. The
 * layer takes no pointer events: clicks reach the graph beneath, where the same elements are.
 */
export interface HighlightLayer {
  /** Shows `elements` as the highlight of `kind`, or clears it for null. */
  set(kind: HighlightKind, elements: CollectionReturnValue | null): void;
  /**
   * Draws with `stylesheet`: the graph's own (the theme's and the detail's), so the two draw
   * alike. Nothing is drawn before it is given.
   */
  setStyle(stylesheet: StylesheetJson): void;
  /** The veil's colour: the canvas colour, mostly opaque (see `veilColour`). */
  setVeil(colour: string): void;
  /** Removes the layer and its listeners on the graph. */
  destroy(): void;
}

export function createHighlightLayer(cy: Core, container: HTMLElement): HighlightLayer {
  let style: StylesheetJson | null = null;
  const shown: Record<HighlightKind, CollectionReturnValue | null> = { focus: null, path: null };
  let layer: Core | null = null;

  const follow = {
    viewport: () => layer?.viewport({ zoom: cy.zoom(), pan: cy.pan() }),
    resize: () => layer?.resize(),
    position: (event: EventObject) => {
      const node = layer?.getElementById(event.target.id());
      if (node?.nonempty()) node.position({ ...event.target.position() });
    },
    selection: (event: EventObject) => {
      const element = layer?.getElementById(event.target.id());
      if (element?.nonempty()) {
        if (event.target.selected()) element.select();
        else element.unselect();
      }
    },
  };

  function close(): void {
    if (!layer) return;
    cy.off("viewport", follow.viewport);
    cy.off("resize", follow.resize);
    cy.off("position", "node", follow.position);
    cy.off("select unselect", follow.selection);
    layer.destroy();
    layer = null;
    container.hidden = true;
  }

  function open(elements: CollectionReturnValue, style: StylesheetJson): void {
    // An edge can only be drawn with both its ends.
    const nodes = elements.nodes();
    const edges = elements
      .edges()
      .filter((e) => nodes.contains(e.source()) && nodes.contains(e.target()));
    container.hidden = false;
    layer = cytoscape({
      container,
      // Positions, classes and selection come with each element's JSON.
      elements: elementDefinitions(nodes.union(edges)),
      style,
      // Where the graph has them: without this Cytoscape would lay the copy out in a grid.
      layout: { name: "preset" },
      zoom: cy.zoom(),
      pan: cy.pan(),
      minZoom: cy.minZoom(),
      maxZoom: cy.maxZoom(),
      userZoomingEnabled: false,
      userPanningEnabled: false,
      boxSelectionEnabled: false,
      autoungrabify: true,
    });
    cy.on("viewport", follow.viewport);
    cy.on("resize", follow.resize);
    cy.on("position", "node", follow.position);
    cy.on("select unselect", follow.selection);
  }

  function redraw(): void {
    close();
    const all = [shown.focus, shown.path].filter((e) => e !== null);
    if (!style || all.length === 0) return;
    open(
      all.reduce((a, b) => a.union(b)),
      style,
    );
  }

  return {
    set(kind, elements) {
      shown[kind] = elements && elements.nonempty() ? elements : null;
      redraw();
    },
    setStyle(next) {
      style = next;
      if (layer) layer.style(next);
      else redraw();
    },
    setVeil(colour) {
      container.style.backgroundColor = colour;
    },
    destroy() {
      shown.focus = null;
      shown.path = null;
      close();
    },
  };
}
