import { describe, expect, it } from "vitest";
import { describeCanvas } from "../../src/components/describe.ts";
import { NO_FILTERS, visibleElements } from "../../src/domain/filters.ts";
import { articleGraph } from "./articleGraph.ts";

describe("describeCanvas, the canvas's text alternative", () => {
  const graph = articleGraph();
  const { nodes, edges } = graph.doc;

  it("says the whole graph's size when nothing is filtered", () => {
    const text = describeCanvas(graph, null);
    expect(text).toMatch(
      new RegExp(
        `^Graph of ${nodes.length} entities and ${edges.length} relations\\. Most connected: `,
      ),
    );
    expect(text).toContain("press ? for keyboard shortcuts");
  });

  it("says how much the filters leave, and names the most connected among what is shown", () => {
    const shown = {
      nodes: new Set(nodes.filter((n) => n.type !== "person").map((n) => n.id)),
      edges: new Set(
        edges
          .filter((e) =>
            [e.source, e.target].every((id) => graph.nodeById.get(id)?.type !== "person"),
          )
          .map((e) => e.id),
      ),
    };
    const text = describeCanvas(graph, shown);
    expect(text).toContain(
      `Graph showing ${shown.nodes.size} of ${nodes.length} entities and ${shown.edges.size} of ${edges.length} relations`,
    );
    expect(text).not.toContain("Vladimir Putin");
  });

  it("leaves out 'Most connected' when what is shown has no relation", () => {
    const shown = { nodes: new Set([nodes[0]!.id]), edges: new Set<string>() };
    expect(describeCanvas(graph, shown)).not.toContain("Most connected");
  });

  it("agrees with the filters' own answer", () => {
    const visible = visibleElements(graph, { ...NO_FILTERS, nodeTypes: new Set(["person"]) });
    expect(visible.nodes.size).toBeLessThan(nodes.length);
    expect(describeCanvas(graph, visible)).toContain(
      `showing ${visible.nodes.size} of ${nodes.length} entities and ${visible.edges.size} of`,
    );
  });
});
