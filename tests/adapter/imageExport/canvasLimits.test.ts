import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CANVAS_LIMITS,
  MIN_SCALE,
  chooseScale,
  type Size,
} from "../../../src/cytoscape/imageExport/canvasLimits.ts";
import { layoutDecorations } from "../../../src/cytoscape/imageExport/decorationLayout.ts";

/** A picture of w × h pixels at 1× that grows in step with the scale. */
const linear =
  (w: number, h: number) =>
  (s: number): Size => ({ width: Math.floor(w * s), height: Math.floor(h * s) });

const fits = ({ width, height }: Size) =>
  width <= CANVAS_LIMITS.maxSide &&
  height <= CANVAS_LIMITS.maxSide &&
  width * height <= CANVAS_LIMITS.maxArea;

describe("chooseScale", () => {
  it.each([1, 2, 4])("keeps %i× for a small graph, with no note", (requested) => {
    const choice = chooseScale(requested, linear(800, 600));
    expect(choice).toEqual({
      ok: true,
      scale: requested,
      size: linear(800, 600)(requested),
      note: null,
    });
  });

  it("keeps an image of exactly 4,096 × 4,096 (the area limit) and lowers one pixel more", () => {
    expect(chooseScale(1, linear(4096, 4096))).toMatchObject({ ok: true, scale: 1, note: null });
    expect(chooseScale(1, linear(4097, 4096))).toMatchObject({ ok: true, scale: 0.9 });
  });

  it("keeps an image of exactly 16,384 pixels a side and lowers one pixel more", () => {
    expect(chooseScale(1, linear(16_384, 100))).toMatchObject({ ok: true, scale: 1, note: null });
    const choice = chooseScale(1, linear(16_385, 100));
    expect(choice).toEqual({
      ok: true,
      scale: 0.9,
      size: { width: 14_746, height: 90 },
      note:
        "Exported at 0.9× instead of 1×: a larger image would exceed the browser's canvas " +
        "limit of 16,384 pixels on a side.",
    });
  });

  it("lowers 4× to the largest tenth that fits and says why in a sentence", () => {
    // 2,000 × 1,500 at 1×: 4× is 48 MP; 2.3× is 15.9 MP; 2.4× would be 17.3 MP.
    const choice = chooseScale(4, linear(2000, 1500));
    expect(choice).toEqual({
      ok: true,
      scale: 2.3,
      // 1,500 × 2.3 is 3,449.999… in floating point, and a canvas truncates, as cy.png's does.
      size: { width: 4600, height: 3449 },
      note:
        "Exported at 2.3× instead of 4×: a larger image would exceed the browser's canvas " +
        "limit of 16.7 million pixels.",
    });
  });

  it.each([
    { requested: 1, want: 0.9 },
    { requested: 2, want: 0.9 },
    { requested: 4, want: 0.9 },
  ])("lowers $requested× for a 4,500-pixel-square graph to $want×", ({ requested, want }) => {
    expect(chooseScale(requested, linear(4500, 4500))).toMatchObject({ ok: true, scale: want });
  });

  it("goes down to 0.25× when a tenth is not small enough", () => {
    // 15,000 square: 0.27× fits (4,050²), 0.3× does not; whole tenths skip to 0.2.
    expect(chooseScale(1, linear(15_000, 15_000))).toMatchObject({ ok: true, scale: MIN_SCALE });
  });

  it("refuses a graph too large even at 0.25×, in words the user can act on", () => {
    const choice = chooseScale(4, linear(80_000, 60_000));
    expect(choice).toEqual({
      ok: false,
      message:
        "The graph is too large to export as an image: even at 0.25× it would be 20,000 × " +
        "15,000 pixels, over the browser's canvas limit of 16.7 million pixels. Export the " +
        "current view instead of the whole graph, hide part of it with the filters, or choose SVG.",
    });
  });

  it("handles a one-node graph", () => {
    expect(chooseScale(4, linear(38, 38))).toMatchObject({ ok: true, scale: 4, note: null });
  });

  it("checks each candidate with the full layout, words and all", () => {
    const measure = (text: string, font: { size: number }) => text.length * font.size * 0.6;
    const sizeAt = (s: number) =>
      layoutDecorations({
        graphWidth: Math.floor(4090 * s),
        graphHeight: Math.floor(4090 * s),
        scale: s,
        title: "Venezuela discusses arms purchases with Russia",
        legend: [{ label: "Country", group: "nodeType", symbolSize: { width: 16, height: 16 } }],
        sourceLine: "Source: Reuters, 2023-08-15",
        measure,
      });
    const choice = chooseScale(4, sizeAt);
    // The picture alone would fit at 1× (16.73 MP); the title and legend bands push it over.
    expect(choice).toMatchObject({ ok: true, scale: 0.9 });
    if (choice.ok) expect(fits(choice.size)).toBe(true);
  });

  it("always returns a size that fits, the largest tenth that does, or a refusal", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, 2, 4),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        (requested, w, h) => {
          const sizeAt = linear(w, h);
          const choice = chooseScale(requested, sizeAt);
          if (!choice.ok) {
            expect(fits(sizeAt(MIN_SCALE))).toBe(false);
            return;
          }
          expect(fits(choice.size)).toBe(true);
          expect(choice.size).toEqual(sizeAt(choice.scale));
          expect(choice.scale).toBeLessThanOrEqual(requested);
          expect(choice.scale).toBeGreaterThanOrEqual(MIN_SCALE);
          if (choice.scale < requested) {
            // A tenth more would not have fitted (unless it would pass the request).
            const larger = Math.round(choice.scale * 10 + 1) / 10;
            if (larger <= requested && choice.scale !== MIN_SCALE) {
              expect(fits(sizeAt(larger))).toBe(false);
            }
            expect(choice.note).toMatch(/^Exported at [\d.]+× instead of [124]×: /);
          } else {
            expect(choice.note).toBeNull();
          }
        },
      ),
    );
  });
});
