import { describe, expect, it } from "vitest";
import { alignColumns, formatRatio, formatTable } from "../../../bench/table.ts";
import { summary } from "./fixtures.ts";

describe("formatRatio", () => {
  it.each([
    [1, "1.00×"],
    [0.746, "0.75×"],
    [Number.NaN, "n/a"],
  ])("%d is %s", (ratio, text) => {
    expect(formatRatio(ratio)).toBe(text);
  });
});

describe("alignColumns", () => {
  it("left-aligns the first and last columns, right-aligns the rest, and trims", () => {
    expect(
      alignColumns([
        ["name", "a", "b", "note"],
        ["x", "1000", "2", ""],
      ]),
    ).toBe(["name     a  b  note", "x     1000  2"].join("\n"));
  });
});

describe("formatTable", () => {
  it("shows medians, ratios and the targets per size, then one line for initial JS", () => {
    const table = formatTable([
      summary(1000, { drawnMs: 2, fps: 1.25, heapMB: 1.5, initialJsGzipBytes: 1.2 }),
      summary(20000, { drawnMs: 0.5, fps: 0.5, heapMB: 1.5, initialJsGzipBytes: 1.2 }),
    ]);
    expect(table).toBe(
      [
        "                              product  reference  ratio   target",
        "drawn, 1,000 nodes             2.00 s     1.00 s  2.00×",
        "drawn, 20,000 nodes            0.50 s     1.00 s  0.50×  ≤ 0.75×  met",
        "pan/zoom fps, 1,000 nodes        12.5       10.0  1.25×  ≥ 1.00×  met",
        "pan/zoom fps, 20,000 nodes        5.0       10.0  0.50×  ≥ 1.00×  NOT MET",
        "JS heap, 1,000 nodes          15.0 MB    10.0 MB  1.50×",
        "JS heap, 20,000 nodes         15.0 MB    10.0 MB  1.50×",
        "initial JS, gzip            120.0 KiB  100.0 KiB  1.20×  ≤ 1.10×  NOT MET",
      ].join("\n"),
    );
  });

  it("shows the size with the worst initial-JS ratio when the loaded JavaScript differs", () => {
    const table = formatTable([
      summary(1000, { drawnMs: 1, fps: 1, heapMB: 1, initialJsGzipBytes: 1.05 }),
      summary(5000, { drawnMs: 1, fps: 1, heapMB: 1, initialJsGzipBytes: 1.3 }),
    ]);
    expect(table.split("\n").at(-1)).toMatch(
      /^initial JS, gzip \(5,000 nodes, worst\)\s+130\.0 KiB\s+100\.0 KiB\s+1\.30×\s+≤ 1\.10×\s+NOT MET$/,
    );
  });
});
