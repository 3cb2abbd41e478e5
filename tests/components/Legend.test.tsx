import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Legend } from "../../src/components/Legend.tsx";
import { NODE_ENCODING } from "../../src/cytoscape/encoding.ts";
import { NODE_TYPES } from "../../src/domain/vocabulary.ts";

afterEach(cleanup);

describe("Legend", () => {
  it("names every node type with the shape and colour the canvas draws", () => {
    render(<Legend />);
    const entities = screen.getByRole("list", { name: "Entities" });
    const items = within(entities).getAllByRole("listitem");
    expect(items.map((li) => li.textContent?.trim())).toEqual([
      "Country",
      "Organisation",
      "Person",
      "Agreement",
      "Event",
    ]);
    items.forEach((li, i) => {
      const path = li.querySelector("svg path");
      const type = NODE_TYPES[i]!;
      expect(path?.getAttribute("d")).toBe(NODE_ENCODING[type].svgPath);
      expect(path?.getAttribute("fill")).toBe(NODE_ENCODING[type].colour);
    });
    // Shapes differ, not only colours.
    expect(new Set(NODE_TYPES.map((t) => NODE_ENCODING[t].shape)).size).toBe(NODE_TYPES.length);
  });

  it("explains how relations are sourced and their stance, each in words", () => {
    render(<Legend />);
    const sourced = screen.getByRole("list", { name: "How a relation is sourced" });
    expect(sourced.textContent).toContain("Reported as fact");
    expect(sourced.textContent).toContain("Claimed by a speaker");
    expect(sourced.textContent).toContain("Claimed, hedged");
    expect(sourced.textContent).toContain("Direction");
    const dashes = [...sourced.querySelectorAll("line")].map((l) =>
      l.getAttribute("stroke-dasharray"),
    );
    expect(new Set(dashes).size).toBe(3);
    const stance = screen.getByRole("list", { name: "Stance of a relation" });
    for (const word of ["Cooperation", "Opposition", "Neutral", "No stance shown"]) {
      expect(stance.textContent).toContain(word);
    }
  });
});
