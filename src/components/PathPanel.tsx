import { useEffect, useRef, type RefObject } from "react";
import type { GraphIndex } from "../domain/graphIndex.ts";
import { selectClearPath, selectGraph, selectPath, selectSetPathEnd } from "../store/selectors.ts";
import { labelOf } from "./describe.ts";
import { RelationWithQuote } from "./RelationWithQuote.tsx";
import { NodeCombobox } from "./SearchBox.tsx";
import { useAppState } from "./StoreContext.tsx";

/**
 * "How is Iran connected to AUKUS?": pick two entities, read the shortest chain of relations
 * between them, each link with its quote. Says so when there is none.
 */
export function PathPanel() {
  const graph = useAppState(selectGraph);
  const path = useAppState(selectPath);
  const setPathEnd = useAppState(selectSetPathEnd);
  const clearPath = useAppState(selectClearPath);
  const fromBox = useRef<HTMLInputElement>(null);
  const toBox = useRef<HTMLInputElement>(null);
  const result = useRef<HTMLDivElement>(null);
  // Where focus goes once an end is chosen. Choosing remounts that end's box (see its key), so
  // focus would fall to <body> and the next Tab go back to it: move it on, to the other end
  // while it is empty, else to the result. Read after the commit that follows the choice.
  const focusNext = useRef<RefObject<HTMLElement | null> | null>(null);
  useEffect(() => {
    focusNext.current?.current?.focus();
    focusNext.current = null;
  });
  const choose = (end: "from" | "to", id: string) => {
    const other = end === "from" ? path.to : path.from;
    const target = other !== null ? result : end === "from" ? toBox : fromBox;
    // The same end again changes nothing and remounts nothing: move focus now, as no commit
    // will come to do it (a pending move would steal focus at some later, unrelated render).
    if (path[end] === id) return target.current?.focus();
    focusNext.current = target;
    setPathEnd(end, id);
  };
  if (!graph) return null;
  return (
    <section className="details path-panel" aria-labelledby="path-title">
      <h2 id="path-title">Path between two entities</h2>
      <div className="path-ends">
        <NodeCombobox
          // Remount when an end is set elsewhere ("Path from here"), to show its label.
          key={`from:${path.from ?? ""}`}
          label="From"
          placeholder="From…"
          initialQuery={path.from ? labelOf(graph, path.from) : ""}
          onChoose={(id) => choose("from", id)}
          inputRef={fromBox}
        />
        <NodeCombobox
          key={`to:${path.to ?? ""}`}
          label="To"
          placeholder="To…"
          initialQuery={path.to ? labelOf(graph, path.to) : ""}
          onChoose={(id) => choose("to", id)}
          inputRef={toBox}
        />
      </div>
      {(path.from || path.to) && (
        <button type="button" className="path-clear" onClick={clearPath}>
          Clear path
        </button>
      )}
      {/* Focus lands here once both ends are chosen; Tab goes on to the first step. */}
      <div ref={result} tabIndex={-1} className="path-result">
        <PathResultView graph={graph} />
      </div>
    </section>
  );
}

function PathResultView({ graph }: { graph: GraphIndex }) {
  const { from, to, result } = useAppState(selectPath);
  if (from === null || to === null) {
    return <p className="hint">Choose two entities to see how the article connects them.</p>;
  }
  if (result === null) return <p role="status">Looking for a path…</p>;
  if (!result.found) {
    return (
      <p role="status" className="path-none">
        No chain of relations connects {labelOf(graph, from)} and {labelOf(graph, to)} in what is
        shown.
      </p>
    );
  }
  if (result.edges.length === 0) {
    return (
      <p role="status">Both ends are {labelOf(graph, from)}: choose two different entities.</p>
    );
  }
  return (
    <>
      <p role="status">
        {labelOf(graph, from)} and {labelOf(graph, to)} are connected in {result.edges.length} step
        {result.edges.length === 1 ? "" : "s"}:
      </p>
      <ol className="path-steps">
        {result.edges.map((id) => (
          <li key={id}>
            <RelationWithQuote graph={graph} id={id} />
          </li>
        ))}
      </ol>
    </>
  );
}
