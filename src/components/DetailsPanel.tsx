import type { GraphIndex } from "../domain/graphIndex.ts";
import { relationsOf } from "../domain/graphIndex.ts";
import { hasQuotes, type Evidence, type ModelEdge, type ModelNode } from "../domain/schema.ts";
import { sourcingOf } from "../domain/sides/reading.ts";
import { FOCUS_HOPS } from "../store/transitions.ts";
import {
  selectClearFilters,
  selectClearFocus,
  selectFocus,
  selectFocusOn,
  selectGraph,
  selectSelect,
  selectSelection,
  selectSetPathEnd,
  selectShowInArticle,
  selectToggleFilter,
} from "../store/selectors.ts";
import { ClaimsBy } from "./ClaimsBy.tsx";
import { StanceToward } from "./StanceToward.tsx";
import { attributionPhrase, attributionText, edgeSentence, labelOf } from "./describe.ts";
import { NODE_TYPE_NAME } from "../encoding/words.ts";
import { NodeSymbol } from "./Legend.tsx";
import { Quote } from "./Quote.tsx";
import { useAppState } from "./StoreContext.tsx";
import { useVisible } from "./useVisible.ts";

/**
 * The details of what is selected: its words, its quotes and (for a node) what it claims, its
 * stance toward others and its relations as buttons. With nothing selected it introduces the
 * graph.
 */
export function DetailsPanel() {
  const graph = useAppState(selectGraph);
  const selection = useAppState(selectSelection);
  if (!graph) return null;
  const node = selection?.kind === "node" ? graph.nodeById.get(selection.id) : undefined;
  const edge = selection?.kind === "edge" ? graph.edgeById.get(selection.id) : undefined;
  return (
    <aside className="details-panel" aria-label="Details">
      {(node || edge) && <HiddenNotice graph={graph} node={node} edge={edge} />}
      {node ? (
        <NodeDetails graph={graph} node={node} />
      ) : edge ? (
        <EdgeDetails graph={graph} edge={edge} />
      ) : (
        <GraphIntro graph={graph} />
      )}
    </aside>
  );
}

function GraphIntro({ graph }: { graph: GraphIndex }) {
  const { doc } = graph;
  const size = `${doc.nodes.length.toLocaleString("en")} entities and ${doc.edges.length.toLocaleString("en")} relations`;
  return (
    <div className="details">
      <h2>About this graph</h2>
      {doc.description && <p>{doc.description}</p>}
      {hasQuotes(doc) ? (
        <>
          <p>
            {size}, each backed by quotes from{" "}
            {doc.sources.map((s, i) => (
              <span key={s.id}>
                {i > 0 && ", "}
                <cite>{s.title}</cite>
              </span>
            ))}
            .
          </p>
          <p className="hint">
            Select a node or a relation, or search, to read the quotes behind it.
          </p>
        </>
      ) : (
        <>
          <p>
            {size}, opened from another tool&apos;s file. <strong>It has no quotes:</strong> nothing
            in it is backed by an article&apos;s words.
          </p>
          <p className="hint">Select a node or a relation to see the fields its file gave it.</p>
        </>
      )}
    </div>
  );
}

/**
 * Said when what is selected is hidden by the filters (chosen by search, say, while its type is
 * unticked): the canvas has nothing to centre on, so the panel says why and offers to show it.
 * A node is hidden only by its type; a relation by its own filters or by a hidden end, so the
 * offer there is to show everything.
 */
function HiddenNotice({
  graph,
  node,
  edge,
}: {
  graph: GraphIndex;
  node: ModelNode | undefined;
  edge: ModelEdge | undefined;
}) {
  const visible = useVisible();
  const toggle = useAppState(selectToggleFilter);
  const clear = useAppState(selectClearFilters);
  const select = useAppState(selectSelect);
  if (!visible) return null;
  const hidden = node ? !visible.nodes.has(node.id) : edge ? !visible.edges.has(edge.id) : false;
  if (!hidden) return null;
  const selection = node
    ? { kind: "node" as const, id: node.id }
    : { kind: "edge" as const, id: edge!.id };
  const show = () => {
    if (node) toggle("nodeTypes", node.type);
    else clear();
    // Chosen again once shown, so the canvas centres on it.
    select(null);
    select({ ...selection, origin: "panel" });
  };
  const what = node ? node.label : edgeSentence(graph, edge!);
  return (
    <div className="hidden-notice" role="status">
      <p>
        {node
          ? `${what} is hidden by the filters: ${NODE_TYPE_NAME[node.type]} is unticked in the legend.`
          : `This relation is hidden by the filters.`}
      </p>
      <button type="button" className="btn-accent" onClick={show}>
        {node ? `Show ${NODE_TYPE_NAME[node.type].toLowerCase()} entities` : "Show everything"}
      </button>
    </div>
  );
}

function NodeDetails({ graph, node }: { graph: GraphIndex; node: ModelNode }) {
  const select = useAppState(selectSelect);
  const relations = relationsOf(graph, node.id);
  return (
    <div className="details">
      <p className="details-kind">
        <NodeSymbol type={node.type} /> {NODE_TYPE_NAME[node.type]}
      </p>
      <h2>{node.label}</h2>
      {node.aliases && node.aliases.length > 0 && (
        <p className="aliases">Also called {node.aliases.join(", ")}</p>
      )}
      {node.summary && <p>{node.summary}</p>}
      <FocusControls nodeId={node.id} />
      <PathFromHere nodeId={node.id} />
      <Attributes attributes={node.attributes} />
      {/* What the entity says comes before what merely mentions it. */}
      <ClaimsBy graph={graph} node={node} />
      <Quotes graph={graph} owner={{ kind: "node", id: node.id }} evidence={node.evidence} />
      <StanceToward graph={graph} node={node} />
      <h3>
        Relations <span className="count">({relations.length})</span>
      </h3>
      <ul className="relations">
        {relations.map(({ edge }) => (
          <li key={edge.id}>
            <button
              type="button"
              className="relation-button"
              onClick={() => select({ kind: "edge", id: edge.id, origin: "panel" })}
            >
              {edgeSentence(graph, edge)}
              {/* A fact goes without saying; anything else (a claim, a linked headline) is said,
                  so no relation passes for reported fact. */}
              {sourcingOf(edge).kind !== "fact" && (
                <span className="relation-claim"> — {attributionPhrase(graph, edge)}</span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Focus on this node's neighbourhood: 1, 2 or 3 hops; pressing the active one clears it. */
function FocusControls({ nodeId }: { nodeId: string }) {
  const focus = useAppState(selectFocus);
  const focusOn = useAppState(selectFocusOn);
  const clearFocus = useAppState(selectClearFocus);
  return (
    <div className="focus-controls" role="group" aria-label="Focus on its neighbourhood">
      <span aria-hidden="true">Focus:</span>
      {FOCUS_HOPS.map((hops) => {
        const active = focus?.nodeId === nodeId && focus.hops === hops;
        return (
          <button
            key={hops}
            type="button"
            aria-pressed={active}
            onClick={() => (active ? clearFocus() : focusOn(nodeId, hops))}
          >
            {hops} hop{hops === 1 ? "" : "s"}
          </button>
        );
      })}
    </div>
  );
}

/** Starts a path question from (or to) this node, in the Path tab. */
function PathFromHere({ nodeId }: { nodeId: string }) {
  const setPathEnd = useAppState(selectSetPathEnd);
  return (
    <div className="path-from-here">
      <button type="button" onClick={() => setPathEnd("from", nodeId)}>
        Path from here…
      </button>
      <button type="button" onClick={() => setPathEnd("to", nodeId)}>
        Path to here…
      </button>
    </div>
  );
}

function EdgeDetails({ graph, edge }: { graph: GraphIndex; edge: ModelEdge }) {
  const select = useAppState(selectSelect);
  const endpoint = (id: string) => (
    <button
      type="button"
      className="node-link"
      onClick={() => select({ kind: "node", id, origin: "panel" })}
    >
      {labelOf(graph, id)}
    </button>
  );
  return (
    <div className="details">
      <p className="details-kind">Relation · {edge.relation.replaceAll("_", " ")}</p>
      <h2>{edgeSentence(graph, edge)}</h2>
      <p className="edge-ends">
        {endpoint(edge.source)} <span aria-hidden="true">{edge.directed ? "→" : "—"}</span>{" "}
        <span className="visually-hidden">{edge.label}</span> {endpoint(edge.target)}
      </p>
      <dl className="facts">
        <dt>Source</dt>
        <dd>{attributionText(graph, edge)}</dd>
        {edge.stance && (
          <>
            <dt>Stance</dt>
            <dd className="capitalised">{edge.stance}</dd>
          </>
        )}
        {edge.date && (
          <>
            <dt>Date</dt>
            <dd>{edge.date.replace("/", " to ")}</dd>
          </>
        )}
      </dl>
      <Attributes attributes={edge.attributes} />
      <Quotes graph={graph} owner={{ kind: "edge", id: edge.id }} evidence={edge.evidence} />
    </div>
  );
}

function Quotes({
  graph,
  owner,
  evidence,
}: {
  graph: GraphIndex;
  owner: { kind: "node" | "edge"; id: string };
  evidence: readonly Evidence[];
}) {
  const showInArticle = useAppState(selectShowInArticle);
  if (evidence.length === 0) {
    return (
      <>
        <h3>Quotes</h3>
        <p className="no-quotes">
          No quotes. This {owner.kind === "node" ? "entity" : "relation"} comes from a file that
          carries no quotes, so no article&apos;s words back it.
        </p>
      </>
    );
  }
  return (
    <>
      <h3>
        Quotes <span className="count">({evidence.length})</span>
      </h3>
      <ol className="quotes">
        {evidence.map((ev, i) => (
          <li key={i}>
            <Quote
              evidence={ev}
              source={graph.sourceById.get(ev.source)}
              speakerLabel={ev.speaker ? labelOf(graph, ev.speaker) : undefined}
              showSource={graph.doc.sources.length > 1}
              onShowInArticle={() => showInArticle({ ...owner, index: i })}
            />
          </li>
        ))}
      </ol>
    </>
  );
}

/** Another tool's data fields, shown as they were given (always as text). */
function Attributes({ attributes }: { attributes: Readonly<Record<string, string>> | undefined }) {
  const entries = attributes ? Object.entries(attributes) : [];
  if (entries.length === 0) return null;
  return (
    <>
      <h3>Attributes</h3>
      <dl className="facts attributes">
        {entries.map(([key, value]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
