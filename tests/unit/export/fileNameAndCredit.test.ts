import { describe, expect, it } from "vitest";
import { exportFileName } from "../../../src/domain/export/fileName.ts";
import { sourceLine } from "../../../src/domain/export/sourceLine.ts";

const AT = new Date(2026, 10, 29, 4, 7);

describe("exportFileName", () => {
  it.each([
    ["venezuela-russia-arms-talks", "png", null, "venezuela-russia-arms-talks-2026-11-29-0407.png"],
    ["g", "csv", "filtered-nodes", "g-2026-11-29-0407-filtered-nodes.csv"],
    ["Réseau d'alliés (final)", "svg", null, "reseau-d-allies-final-2026-11-29-0407.svg"],
    ["../../etc/passwd", "json", null, "etc-passwd-2026-11-29-0407.json"],
    ["", "gexf", null, "2026-11-29-0407.gexf"],
  ])("%s → %s", (id, ext, qualifier, expected) => {
    expect(exportFileName(id, AT, ext, qualifier)).toBe(expected);
  });

  it("pads months, days, hours and minutes so names sort by time", () => {
    expect(exportFileName("g", new Date(2027, 0, 2, 3, 4), "png")).toBe("g-2027-01-02-0304.png");
  });
});

describe("sourceLine", () => {
  const source = { id: "s", text: "t", title: "Venezuela discusses arms" };

  it.each([
    [[source], "Source: Venezuela discusses arms"],
    [
      [{ ...source, publisher: "Reuters", published: "2023-08-15" }],
      "Source: Venezuela discusses arms, Reuters, 2023-08-15",
    ],
    [[{ ...source, published: "2023" }], "Source: Venezuela discusses arms, 2023"],
    [
      [source, { ...source, id: "b", title: "Second", publisher: "AP" }],
      "Sources: Venezuela discusses arms; Second, AP",
    ],
  ])("credits %j", (sources, expected) => {
    expect(sourceLine({ sources })).toBe(expected);
  });

  it("is null for a graph without sources", () => {
    expect(sourceLine({ sources: [] })).toBeNull();
  });
});
