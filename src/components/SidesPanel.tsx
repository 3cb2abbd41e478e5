import { lazy, Suspense, useId, useMemo, useState } from "react";
import type { GraphIndex } from "../domain/graphIndex.ts";
import { asDescribedBy, EVERYTHING, FACTS, type Reading } from "../domain/sides/reading.ts";
import type { SidesResult } from "../domain/sides/sides.ts";
import type { SignedTie } from "../domain/sides/signedGraph.ts";
import { selectGraph, selectSelect } from "../store/selectors.ts";
import { labelOf } from "./describe.ts";
import { LoadBoundary } from "./LoadBoundary.tsx";
import { RelationWithQuote } from "./RelationWithQuote.tsx";
import { useSides } from "./sidesInWorker.ts";
import { useAppState } from "./StoreContext.tsx";
import "./SidesPanel.css";

// The matrix loads when first asked for: most readers of the tab never open it.
const AllianceMatrixDialog = lazy(() =>
  import("./AllianceMatrix.tsx").then((m) => ({ default: m.AllianceMatrixDialog })),
);

/** How many brokers the tab ranks. */
const BROKERS_SHOWN = 5;
/** Sides and unplaced entities drawn before "Show all": a large graph has thousands. */
const SIDES_SHOWN = 50;
const UNPLACED_SHOWN = 100;

/** "everything", "facts" or "speaker:<id>": a reading as the value of the chooser. */
type ReadingKey = string;

/** The reading as the chooser says it, after "According to". */
const readingName = (key: ReadingKey, speakers: readonly { id: string; label: string }[]) =>
  key === "everything"
    ? "everything the article says"
    : key === "facts"
      ? "what it reports as fact"
      : `${speakers.find((s) => `speaker:${s.id}` === key)?.label ?? key.slice(8)}, as they describe it`;

const readingOf = (key: ReadingKey): Reading =>
  key === "facts" ? FACTS : key.startsWith("speaker:") ? asDescribedBy(key.slice(8)) : EVERYTHING;

/** Who makes claims in this graph, by how many: the speakers whose account can be read. */
function speakersOf(graph: GraphIndex): { id: string; label: string; claims: number }[] {
  const claims = new Map<string, number>();
  for (const edge of graph.doc.edges) {
    if (edge.claim) claims.set(edge.claim.by, (claims.get(edge.claim.by) ?? 0) + 1);
  }
  return [...claims]
    .map(([id, n]) => ({ id, label: labelOf(graph, id), claims: n }))
    .sort((a, b) => b.claims - a.claims || a.label.localeCompare(b.label));
}

/**
 * "Who is aligned with whom, and says who?": the sides the article's stances give, computed in
 * the domain (`findSides`), under the reading the reader chooses (everything, reported facts
 * only, or one speaker's claims), each with its members, the relations that bind it and those
 * that oppose it to other sides, each relation with its sourcing and its quote; then the
 * actors pulled between sides, those the article does not place, and who connects the sides.
 */
export function SidesPanel() {
  const graph = useAppState(selectGraph);
  return graph ? <SidesOf graph={graph} /> : null;
}

function SidesOf({ graph }: { graph: GraphIndex }) {
  const [key, setKey] = useState<ReadingKey>("everything");
  const choose = useId();
  // Mounted from the first time it is asked for, then kept (closed), so closing it gives the
  // focus back to the Matrix button and reopening it finds the pair the reader last chose.
  const [matrix, setMatrix] = useState<"never" | "open" | "closed">("never");
  const [allShown, setAllShown] = useState(false);
  const speakers = useMemo(() => speakersOf(graph), [graph]);
  const state = useSides(graph, readingOf(key), key);
  const chooser = (
    <label className="sides-reading" htmlFor={choose}>
      According to
      <select id={choose} value={key} onChange={(e) => setKey(e.target.value)}>
        <option value="everything">{readingName("everything", speakers)}</option>
        <option value="facts">{readingName("facts", speakers)}</option>
        {speakers.map((s) => (
          <option key={s.id} value={`speaker:${s.id}`}>
            {s.label}, as they describe it ({s.claims} claim{s.claims === 1 ? "" : "s"})
          </option>
        ))}
      </select>
    </label>
  );
  if (state.status !== "ready") {
    return (
      <section className="details sides-panel" aria-label="Sides">
        <h2>Sides</h2>
        {chooser}
        {state.status === "computing" ? (
          <p role="status" className="sides-balance">
            Finding the sides of {state.actors.toLocaleString("en")} entities…
          </p>
        ) : (
          <p role="alert">The sides could not be found: {state.message}</p>
        )}
      </section>
    );
  }
  const { sides: result, brokers } = state;
  const { balance } = result;
  // A large graph may have thousands of sides: the first ones are drawn, the rest on request.
  const shownSides = allShown ? result.sides : result.sides.slice(0, SIDES_SHOWN);
  const shownUnplaced = allShown ? result.unplaced : result.unplaced.slice(0, UNPLACED_SHOWN);
  const more =
    result.sides.length - shownSides.length + result.unplaced.length - shownUnplaced.length;
  return (
    <section className="details sides-panel" aria-label="Sides">
      <h2>Sides</h2>
      {chooser}
      <button type="button" className="btn-accent sides-matrix" onClick={() => setMatrix("open")}>
        Matrix
      </button>
      {matrix !== "never" && (
        <LoadBoundary what="The alliance matrix">
          <Suspense fallback={<p className="hint">Loading the matrix…</p>}>
            <AllianceMatrixDialog
              graph={graph}
              result={result}
              readingName={readingName(key, speakers)}
              open={matrix === "open"}
              onClose={() => setMatrix("closed")}
            />
          </Suspense>
        </LoadBoundary>
      )}
      <p role="status" className="sides-balance">
        {balance.balance === null
          ? "Read this way, the article states no cooperation or opposition between actors."
          : `${result.sides.length} side${result.sides.length === 1 ? "" : "s"} from ` +
            `${balance.relations} relation${balance.relations === 1 ? "" : "s"} of cooperation ` +
            `or opposition; ${balance.relationsAgainst} go${balance.relationsAgainst === 1 ? "es" : ""} ` +
            `against them (balance ${Math.round(balance.balance * 100)}%).`}
      </p>
      {shownSides.map((side) => (
        <SideView key={side.index} graph={graph} result={result} index={side.index} />
      ))}
      {result.swing.length > 0 && (
        <section aria-label="Pulled between sides">
          <h3>Pulled between sides</h3>
          <ul className="sides-members">
            {result.swing.map((s) => (
              <li key={s.id}>
                <EntityButton graph={graph} id={s.id} /> — on {sideName(graph, result, s.side)}
                {s.pulledTo.length > 0 &&
                  `, also cooperating with ${s.pulledTo
                    .map((p) => sideName(graph, result, p.side))
                    .join(" and ")}`}
                {s.strainedWith.length > 0 &&
                  `, opposing ${s.strainedWith.map((id) => labelOf(graph, id)).join(", ")}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      {result.unplaced.length > 0 && (
        <section aria-label="Not placed by the article">
          <h3>Not placed by the article</h3>
          <p className="hint">No cooperation or opposition with another actor, read this way.</p>
          <ul className="sides-members">
            {shownUnplaced.map((id) => (
              <li key={id}>
                <EntityButton graph={graph} id={id} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {more > 0 && (
        <button type="button" className="btn-accent" onClick={() => setAllShown(true)}>
          Show all {result.sides.length.toLocaleString("en")} sides and{" "}
          {result.unplaced.length.toLocaleString("en")} unplaced entities
        </button>
      )}
      {result.sides.length > 1 && (
        <section aria-label="Who connects the sides">
          <h3>Who connects the sides</h3>
          <ol className="sides-members">
            {brokers.slice(0, BROKERS_SHOWN).map((b) => (
              <li key={b.id}>
                <EntityButton graph={graph} id={b.id} /> — between sides{" "}
                {b.sideBetweenness.toFixed(1)}, linked to {b.degree} actor
                {b.degree === 1 ? "" : "s"}
              </li>
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}

/** A side is named after its most central member. */
function sideName(graph: GraphIndex, result: SidesResult, index: number): string {
  const side = result.sides[index];
  return side ? `the side of ${labelOf(graph, side.centralMember)}` : "no side";
}

function SideView({
  graph,
  result,
  index,
}: {
  graph: GraphIndex;
  result: SidesResult;
  index: number;
}) {
  const side = result.sides[index]!;
  const name = sideName(graph, result, index);
  const title = name.charAt(0).toUpperCase() + name.slice(1);
  return (
    <section className="side" aria-label={title}>
      <h3>{title}</h3>
      <ul className="sides-members" aria-label={`Members of ${name}`}>
        {side.members.map((id) => (
          <li key={id}>
            <EntityButton graph={graph} id={id} />
          </li>
        ))}
      </ul>
      <TieList graph={graph} ties={side.binding} stance="cooperation" heading="What binds it" />
      <TieList
        graph={graph}
        ties={side.opposing}
        stance="opposition"
        heading="What opposes it to other sides"
      />
      <TieList graph={graph} ties={side.strained} stance="opposition" heading="Strains within it" />
    </section>
  );
}

function EntityButton({ graph, id }: { graph: GraphIndex; id: string }) {
  const select = useAppState(selectSelect);
  return (
    <button
      type="button"
      className="relation-button"
      onClick={() => select({ kind: "node", id, origin: "panel" })}
    >
      {labelOf(graph, id)}
    </button>
  );
}

/** The relations of some ties, each with how the article sources it and its first quote. */
function TieList({
  graph,
  ties,
  stance,
  heading,
}: {
  graph: GraphIndex;
  ties: readonly SignedTie[];
  stance: "cooperation" | "opposition";
  heading: string;
}) {
  const ids = ties.flatMap((t) => t[stance]);
  if (ids.length === 0) return null;
  return (
    <>
      <h4>{heading}</h4>
      <ul className="path-steps">
        {ids.map((id) => (
          <li key={id}>
            <RelationWithQuote graph={graph} id={id} />
          </li>
        ))}
      </ul>
    </>
  );
}
