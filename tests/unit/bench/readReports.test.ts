import { describe, expect, it } from "vitest";
import {
  missedRenders,
  readDrawnReport,
  readPanZoomReport,
} from "../../../bench/page/readReports.ts";

const DRAWN = {
  drawnMs: 1500,
  attachedMs: 900,
  firstRenderMs: 1400,
  rendersSeen: 2,
  redrawsBeforeAttach: 0,
  redrawsAtDrawn: 2,
  instances: 1,
  canvas: { width: 1280, height: 800 },
  zoom: 0.3,
  minZoom: 1e-50,
};

describe("readDrawnReport", () => {
  it("keeps a well-formed report", () => {
    expect(readDrawnReport({ ...DRAWN, extra: true })).toEqual(DRAWN);
  });

  it.each([
    [null, /"drawnMs"/],
    [{ ...DRAWN, drawnMs: "1500" }, /"drawnMs"/],
    [{ ...DRAWN, zoom: Number.NaN }, /"zoom"/],
    [{ ...DRAWN, canvas: null }, /canvas has no number at "width"/],
  ])("refuses %j", (value, message) => {
    expect(() => readDrawnReport(value)).toThrow(message);
  });
});

describe("readPanZoomReport", () => {
  it("keeps a well-formed report and refuses a partial one", () => {
    const report = { renders: 60, frames: 120, seconds: 2, fps: 30 };
    expect(readPanZoomReport(report)).toEqual(report);
    expect(() => readPanZoomReport({ renders: 60 })).toThrow(/"frames"/);
  });
});

describe("missedRenders", () => {
  it("is null when the probe saw every frame from the first", () => {
    expect(missedRenders(DRAWN)).toBeNull();
  });

  it("says so when Cytoscape drew before the probe attached", () => {
    expect(missedRenders({ ...DRAWN, redrawsBeforeAttach: 1 })).toMatch(/1 frame\(s\) before/);
  });

  it("says so when the counts disagree", () => {
    expect(missedRenders({ ...DRAWN, rendersSeen: 1 })).toMatch(/saw 1 render events/);
  });
});
