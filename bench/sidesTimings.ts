/**
 * Times the side computation (`findSides`, then `findBrokers`) on the bench's synthetic graphs,
 * in this Node process: pure domain code, run by V8 as the page runs it, without a page around
 * it. There is no bare-page counterpart to compare with, so these are times, not ratios; the
 * Sides tab computes them off the first view, on demand.
 */
import { findBrokers } from "../src/domain/sides/brokers.ts";
import { EVERYTHING } from "../src/domain/sides/reading.ts";
import { findSides } from "../src/domain/sides/sides.ts";
import { median } from "./stats.ts";
import { syntheticGraph } from "./syntheticGraph.ts";

export interface SidesTiming {
  readonly nodes: number;
  /** Actors the signed graph holds (countries, organisations, people, others). */
  readonly actors: number;
  readonly sides: number;
  readonly findSidesMs: number;
  readonly findBrokersMs: number;
  readonly brokersSampled: boolean;
  readonly runs: number;
}

/** Median times of `runs` computations per size, after one warm-up (V8 compiles on first use). */
export function measureSidesTimings(sizes: readonly number[], runs: number): SidesTiming[] {
  return sizes.map((nodes) => {
    const doc = syntheticGraph(nodes);
    const sidesMs: number[] = [];
    const brokersMs: number[] = [];
    let result = findSides(doc, EVERYTHING);
    let brokers = findBrokers(doc, result);
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      result = findSides(doc, EVERYTHING);
      sidesMs.push(performance.now() - t);
      t = performance.now();
      brokers = findBrokers(doc, result);
      brokersMs.push(performance.now() - t);
    }
    return {
      nodes,
      actors: result.graph.actors.length,
      sides: result.sides.length,
      findSidesMs: median(sidesMs),
      findBrokersMs: median(brokersMs),
      brokersSampled: brokers.sampled,
      runs,
    };
  });
}

/** The table the bench prints. */
export function formatSidesTimings(timings: readonly SidesTiming[]): string {
  const rows = timings.map(
    (t) =>
      `| ${t.nodes.toLocaleString("en").padStart(6)} | ${String(t.actors).padStart(6)} | ` +
      `${String(t.sides).padStart(5)} | ${t.findSidesMs.toFixed(0).padStart(9)} ms | ` +
      `${t.findBrokersMs.toFixed(0).padStart(9)} ms${t.brokersSampled ? " (sampled)" : ""} |`,
  );
  return [
    "|  nodes | actors | sides | findSides    | findBrokers  |",
    "|-------:|-------:|------:|-------------:|-------------:|",
    ...rows,
  ].join("\n");
}
