import { act, cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { SelectionAnnouncer } from "../../src/components/SelectionAnnouncer.tsx";
import { StoreProvider } from "../../src/components/StoreContext.tsx";
import { createAppStore } from "../../src/store/createAppStore.ts";
import { storeWithArticle } from "./articleGraph.ts";

afterEach(cleanup);

function renderAnnouncer() {
  const { store, graph } = storeWithArticle();
  const { container } = render(
    <StoreProvider store={store}>
      <SelectionAnnouncer />
    </StoreProvider>,
  );
  const live = container.querySelector<HTMLElement>('[aria-live="polite"]')!;
  return { store, graph, live };
}

describe("SelectionAnnouncer", () => {
  it("is a polite, atomic live region, empty with nothing selected", () => {
    const { live } = renderAnnouncer();
    expect(live).not.toBeNull();
    expect(live.getAttribute("aria-atomic")).toBe("true");
    expect(live.textContent).toBe("");
  });

  it("announces a node: its label, type, relations and quotes", () => {
    const { store, graph, live } = renderAnnouncer();
    const putin = graph.nodeById.get("vladimir-putin")!;
    const relations = graph.doc.edges.filter(
      (e) => e.source === putin.id || e.target === putin.id,
    ).length;
    expect(relations).toBeGreaterThan(1);
    expect(putin.evidence.length).toBeGreaterThan(1);
    act(() => store.getState().select({ kind: "node", id: putin.id, origin: "canvas" }));
    expect(live.textContent).toBe(
      `Vladimir Putin, person, ${relations} relations, ${putin.evidence.length} quotes`,
    );
  });

  it("says one relation and one quote in the singular", () => {
    const { store, graph, live } = renderAnnouncer();
    const node = graph.nodeById.get("army-2023")!;
    expect(
      graph.doc.edges.filter((e) => e.source === node.id || e.target === node.id),
    ).toHaveLength(1);
    expect(node.evidence).toHaveLength(1);
    act(() => store.getState().select({ kind: "node", id: node.id, origin: "search" }));
    expect(live.textContent).toBe(`${node.label}, event, 1 relation, 1 quote`);
  });

  it("announces a claimed relation with who claims it and how many quotes", () => {
    const { store, graph, live } = renderAnnouncer();
    const edge = graph.edgeById.get("nato-integrating-with-aukus")!;
    expect(edge.claim).toEqual({ by: "vladimir-putin", hedged: true });
    act(() => store.getState().select({ kind: "edge", id: edge.id, origin: "canvas" }));
    expect(live.textContent).toBe(
      `Relation: NATO ${edge.label} AUKUS, claimed by Vladimir Putin, who hedges it, ${edge.evidence.length} quotes`,
    );
  });

  it("announces a plainly claimed relation, a reported one and one from a linked headline", () => {
    const { store, graph, live } = renderAnnouncer();
    const claimed = graph.edgeById.get("putin-criticises-indo-pacific-strategy")!;
    expect(claimed.claim).toEqual({ by: "vladimir-putin" });
    act(() => store.getState().select({ kind: "edge", id: claimed.id, origin: "panel" }));
    expect(live.textContent).toBe(
      `Relation: Vladimir Putin ${claimed.label} US Indo-Pacific strategy, claimed by Vladimir Putin, 1 quote`,
    );

    const reported = graph.edgeById.get("venezuela-talks-with-russia")!;
    expect(reported.claim).toBeUndefined();
    act(() => store.getState().select({ kind: "edge", id: reported.id, origin: "panel" }));
    expect(live.textContent).toBe(
      `Relation: Venezuela ${reported.label} Russia, reported by the article as fact, ${reported.evidence.length} quotes`,
    );

    const headline = graph.edgeById.get("china-defense-minister-visits-russia")!;
    act(() => store.getState().select({ kind: "edge", id: headline.id, origin: "panel" }));
    expect(live.textContent).toBe(
      "Relation: China's Defense Minister to visit Russia, from a linked headline, not reported by the article, 1 quote",
    );
  });

  it("falls silent again when the selection is cleared", () => {
    const { store, live } = renderAnnouncer();
    act(() => store.getState().select({ kind: "node", id: "iran", origin: "canvas" }));
    expect(live.textContent).not.toBe("");
    act(() => store.getState().select(null));
    expect(live.textContent).toBe("");
  });

  it("is empty while no graph is loaded, whatever the selection says", () => {
    const store = createAppStore({ selection: { kind: "node", id: "iran", origin: "canvas" } });
    const { container } = render(
      <StoreProvider store={store}>
        <SelectionAnnouncer />
      </StoreProvider>,
    );
    const live = container.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe("");
  });
});
