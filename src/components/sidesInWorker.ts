import { useEffect, useMemo, useState } from "react";
import { LIGHT_FROM_ELEMENTS } from "../cytoscape/detail.ts";
import type { GraphIndex } from "../domain/graphIndex.ts";
import { findBrokers, type Broker } from "../domain/sides/brokers.ts";
import type { Reading } from "../domain/sides/reading.ts";
import { findSides, type SidesResult } from "../domain/sides/sides.ts";
import type { SidesInput } from "../domain/sides/signedGraph.ts";

export interface SidesRequest {
  readonly input: SidesInput;
  readonly reading: Reading;
}
export type SidesAnswer =
  | { readonly ok: true; readonly sides: SidesResult; readonly brokers: readonly Broker[] }
  | { readonly ok: false; readonly message: string };

export type SidesState =
  | { readonly status: "computing"; readonly actors: number }
  | { readonly status: "ready"; readonly sides: SidesResult; readonly brokers: readonly Broker[] }
  | { readonly status: "failed"; readonly message: string };

/**
 * Only the fields the sides read cross to the worker (ids, types, ends, stance, claim, and
 * each quote's origin), not the quotes' text: cloning a 20,000-node document whole would cost
 * more than it saves.
 */
function sidesInput(graph: GraphIndex): SidesInput {
  return {
    nodes: graph.doc.nodes.map(({ id, type }) => ({ id, type })),
    edges: graph.doc.edges.map(({ id, source, target, stance, claim, evidence }) => ({
      id,
      source,
      target,
      ...(stance && { stance }),
      ...(claim && { claim: { by: claim.by, ...(claim.hedged && { hedged: true }) } }),
      evidence: evidence.map((ev) => (ev.origin ? { origin: ev.origin } : {})),
    })),
  };
}

/** Above this many elements the sides are found in a worker: seconds of work at 20,000 nodes. */
const IN_WORKER_FROM = LIGHT_FROM_ELEMENTS;

function computeHere(graph: GraphIndex, reading: Reading): SidesState {
  const sides = findSides(graph.doc, reading);
  return { status: "ready", sides, brokers: findBrokers(graph.doc, sides).brokers };
}

/**
 * The sides and brokers of a graph under a reading. A graph drawn in full detail is small: its
 * sides are found here, at once (milliseconds). A larger one's are found in a worker, so the
 * page keeps answering; meanwhile the state says they are being computed. A newer graph or
 * reading ends the worker of the older one. Where there are no workers (tests in Node), here.
 */
export function useSides(graph: GraphIndex, reading: Reading, readingKey: string): SidesState {
  const large = graph.doc.nodes.length + graph.doc.edges.length >= IN_WORKER_FROM;
  const inWorker = large && typeof Worker !== "undefined";
  const [answer, setAnswer] = useState<{
    graph: GraphIndex;
    key: string;
    state: SidesState;
  } | null>(null);

  // The reading is named by its key: a new object for the same reading changes nothing.
  /* eslint-disable react-hooks/exhaustive-deps */
  const local = useMemo(
    () => (inWorker ? null : computeHere(graph, reading)),
    [graph, readingKey, inWorker],
  );
  useEffect(() => {
    if (!inWorker) return;
    const worker = new Worker(new URL("./sidesWorker.ts", import.meta.url), { type: "module" });
    const settle = (state: SidesState) => {
      setAnswer({ graph, key: readingKey, state });
      worker.terminate();
    };
    worker.onmessage = (event: MessageEvent<SidesAnswer>) => {
      const data = event.data;
      settle(
        data.ok
          ? { status: "ready", sides: data.sides, brokers: data.brokers }
          : { status: "failed", message: data.message },
      );
    };
    worker.onerror = (event) =>
      settle({ status: "failed", message: event.message || "the sides worker failed" });
    worker.postMessage({ input: sidesInput(graph), reading } satisfies SidesRequest);
    return () => worker.terminate();
  }, [graph, readingKey, inWorker]);
  /* eslint-enable react-hooks/exhaustive-deps */

  if (local) return local;
  if (answer?.graph === graph && answer.key === readingKey) return answer.state;
  return { status: "computing", actors: graph.doc.nodes.length };
}
