// The label placement's geometry, without Cytoscape: sizes for the zoom, the spots around a
// node and a line, the order of importance, and the greedy placement with its retries.
import { describe, expect, it } from "vitest";
import {
  boxAt,
  entityCandidates,
  ENTITY_SPOTS,
  LABEL_SIZE,
  labelFontSize,
  placeLabels,
  relationOffset,
  relationRank,
  relationSpots,
  type Box,
  type LabelRequest,
} from "../../src/cytoscape/labelPlacement.ts";

const box = (x1: number, y1: number, x2: number, y2: number): Box => ({ x1, y1, x2, y2 });
const label = (id: string, candidates: Box[], more: Partial<LabelRequest> = {}): LabelRequest => ({
  id,
  candidates,
  ownBody: null,
  forced: false,
  required: false,
  ...more,
});

describe("labelFontSize", () => {
  it.each([
    // zoom, on-screen px of an entity label: raised to the minimum when far out, the designed
    // size times the zoom in between, capped when close in.
    [0.6, 12],
    [0.8, 12],
    [1, 13],
    [1.2, 15.6],
    [2, 16],
    [4, 16],
  ])("at zoom %s draws an entity label at %s px", (zoom, px) => {
    expect(labelFontSize("entity", zoom) * zoom).toBeCloseTo(px, 6);
  });

  it("keeps relation labels at 10 px or more wherever the model size allows it", () => {
    for (const zoom of [0.5, 0.62, 0.8, 1, 1.5, 3]) {
      expect(labelFontSize("relation", zoom) * zoom).toBeGreaterThanOrEqual(10);
    }
  });

  it("takes a smaller minimum when asked, for a tighter try", () => {
    expect(labelFontSize("entity", 0.6, LABEL_SIZE.entity.tightPx) * 0.6).toBeCloseTo(11.2, 6);
  });

  it("never grows a label past maxScale times its designed size, however far out", () => {
    for (const kind of ["entity", "relation"] as const) {
      const { designed, maxScale } = LABEL_SIZE[kind];
      expect(labelFontSize(kind, 0.05)).toBe(designed * maxScale);
    }
  });
});

describe("entityCandidates", () => {
  const body = box(-10, -10, 10, 10);
  const spots = entityCandidates(body, 40, 12, 2);

  it("puts the label below, above, beside and at the corners, clear of the node by the gap", () => {
    expect(spots.bottom).toEqual(box(-20, 12, 20, 24));
    expect(spots.top).toEqual(box(-20, -24, 20, -12));
    expect(spots.right).toEqual(box(12, -6, 52, 6));
    expect(spots.left).toEqual(box(-52, -6, -12, 6));
    expect(spots["bottom-right"]).toEqual(box(12, 12, 52, 24));
    expect(spots["top-left"]).toEqual(box(-52, -24, -12, -12));
  });

  it("has a box for every spot, none of them over the node", () => {
    for (const spot of ENTITY_SPOTS) {
      const b = spots[spot];
      const apart = b.x2 <= body.x1 || b.x1 >= body.x2 || b.y2 <= body.y1 || b.y1 >= body.y2;
      expect(apart, spot).toBe(true);
    }
  });
});

describe("relation spots", () => {
  it("tries above and below a shallow line first, beside a steep one", () => {
    expect(relationSpots({ x: 0, y: 0 }, { x: 100, y: 10 })[0]!.side).toBe("above");
    expect(relationSpots({ x: 0, y: 0 }, { x: 10, y: 100 })[0]!.side).toBe("right");
  });

  it("tries the middle of the line before sliding along it", () => {
    const spots = relationSpots({ x: 0, y: 0 }, { x: 100, y: 0 });
    expect(spots.slice(0, 4).every((s) => s.shift === 0)).toBe(true);
    expect(new Set(spots.map((s) => s.shift))).toEqual(new Set([0, -0.2, 0.2]));
  });

  it("keeps the label clear of the middle of the line, slid along it by its shift", () => {
    const [source, target] = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ];
    const mid = { x: 50, y: 0 };
    const above = relationOffset({ side: "above", shift: 0 }, source, target, 30, 10, 2);
    expect(boxAt(mid, above, 30, 10)).toEqual(box(35, -12, 65, -2));
    const slid = relationOffset({ side: "below", shift: 0.2 }, source, target, 30, 10, 2);
    expect(boxAt(mid, slid, 30, 10)).toEqual(box(55, 2, 85, 12));
  });
});

describe("relationRank", () => {
  it("orders emphasised, then stanced and claimed, stanced, claimed, and the rest", () => {
    const ranks = [
      { emphasised: true, stanced: false, claimed: false },
      { emphasised: false, stanced: true, claimed: true },
      { emphasised: false, stanced: true, claimed: false },
      { emphasised: false, stanced: false, claimed: true },
      { emphasised: false, stanced: false, claimed: false },
    ].map(relationRank);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(new Set(ranks).size).toBe(ranks.length);
  });
});

describe("placeLabels", () => {
  const input = (labels: LabelRequest[], bodies: { id: string; box: Box }[] = []) => ({
    bodies,
    labels,
    gap: 1,
    view: null,
  });

  it("gives each label its first free spot, and leaves out one with none", () => {
    const placed = placeLabels(
      input([
        label("a", [box(0, 0, 10, 10)]),
        label("b", [box(5, 5, 15, 15), box(20, 0, 30, 10)]),
        label("c", [box(0, 0, 4, 4), box(21, 1, 29, 9)]),
      ]),
    );
    expect(placed).toEqual(
      new Map([
        ["a", 0],
        ["b", 1],
        ["c", null],
      ]),
    );
  });

  it("keeps the gap between labels", () => {
    const placed = placeLabels(
      input([label("a", [box(0, 0, 10, 10)]), label("b", [box(10.5, 0, 20, 10)])]),
    );
    expect(placed.get("b")).toBeNull();
  });

  it("keeps labels off other entities' bodies, but not off their own", () => {
    const bodies = [
      { id: "n", box: box(0, 0, 10, 10) },
      { id: "m", box: box(50, 0, 60, 10) },
    ];
    const placed = placeLabels(
      input(
        [
          label("n", [box(5, 5, 20, 12)], { ownBody: "n" }),
          label("e", [box(52, 2, 58, 8), box(30, 30, 40, 40)]),
        ],
        bodies,
      ),
    );
    expect(placed).toEqual(
      new Map([
        ["n", 0],
        ["e", 1],
      ]),
    );
  });

  it("draws a forced label first and whatever it covers; the others make room", () => {
    const placed = placeLabels(
      input(
        [
          label("a", [box(0, 0, 10, 10), box(0, 20, 10, 30)]),
          label("s", [box(0, 0, 10, 10)], { forced: true, ownBody: "x" }),
        ],
        [{ id: "y", box: box(2, 2, 4, 4) }],
      ),
    );
    expect(placed).toEqual(
      new Map([
        ["s", 0],
        ["a", 1],
      ]),
    );
  });

  it("leaves out a label cut by the view's edge, and keeps one wholly outside it", () => {
    const placed = placeLabels({
      bodies: [],
      labels: [
        label("cut", [box(95, 0, 105, 10)]),
        label("in", [box(80, 0, 90, 10)]),
        label("out", [box(200, 0, 210, 10)]),
      ],
      gap: 1,
      view: box(0, 0, 100, 100),
    });
    expect(placed).toEqual(
      new Map([
        ["cut", null],
        ["in", 0],
        ["out", 0],
      ]),
    );
  });

  it("tries again with a required label that found no room first", () => {
    // "a" takes the only spot of "b" though it had another; the retry gives both room.
    const placed = placeLabels(
      input([
        label("a", [box(0, 0, 10, 10), box(0, 20, 10, 30)], { required: true }),
        label("b", [box(0, 0, 10, 10)], { required: true }),
      ]),
    );
    expect(placed).toEqual(
      new Map([
        ["b", 0],
        ["a", 1],
      ]),
    );
  });

  it("places a thousand labels in a grid without a collision", () => {
    const labels = Array.from({ length: 1000 }, (_, i) => {
      const [x, y] = [(i % 40) * 12, Math.floor(i / 40) * 12];
      return label(`l${i}`, [box(x, y, x + 14, y + 10), box(x, y + 5, x + 14, y + 15)]);
    });
    const placed = placeLabels(input(labels));
    const boxes = labels
      .filter((l) => placed.get(l.id) !== null)
      .map((l) => l.candidates[placed.get(l.id)!]!);
    expect(boxes.length).toBeGreaterThan(100);
    let collisions = 0;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) collisions++;
      }
    }
    expect(collisions).toBe(0);
  });
});
