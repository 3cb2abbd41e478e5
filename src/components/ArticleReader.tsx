import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from "react";
import { NODE_ENCODING, STANCE_COLOUR } from "../encoding/encoding.ts";
import type { GraphIndex } from "../domain/graphIndex.ts";
import {
  quotesBySource,
  segmentSource,
  type QuoteRef,
  type Segment,
} from "../domain/readerSegments.ts";
import type { Source } from "../domain/schema.ts";
import {
  selectArticleQuote,
  selectGraph,
  selectSelection,
  selectShowInArticle,
} from "../store/selectors.ts";
import { edgeSentence, labelOf } from "./describe.ts";
import { NODE_TYPE_NAME } from "../encoding/words.ts";
import { useAppState } from "./StoreContext.tsx";

/** A quote's key in `data-refs`; ids are encoded so any id is safe in a space-separated list. */
const refKey = (r: QuoteRef) => `${r.kind}/${encodeURIComponent(r.id)}/${r.index}`;
const elementKey = (r: { kind: string; id: string }) => `${r.kind}/${encodeURIComponent(r.id)}`;

/** The distinct elements a run of quotes supports, in the order they appear. */
function supported(refs: readonly QuoteRef[]): QuoteRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = elementKey(r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function nameOf(graph: GraphIndex, r: { kind: "node" | "edge"; id: string }): string {
  if (r.kind === "node") {
    const node = graph.nodeById.get(r.id);
    return node ? `${node.label} (${NODE_TYPE_NAME[node.type].toLowerCase()})` : r.id;
  }
  const edge = graph.edgeById.get(r.id);
  return edge ? `${edgeSentence(graph, edge)} (relation)` : r.id;
}

/** The mark's colour: that of the first entity's type it supports; relations are grey. */
function markColour(graph: GraphIndex, refs: readonly QuoteRef[]): string {
  const node = refs.find((r) => r.kind === "node");
  const type = node && graph.nodeById.get(node.id)?.type;
  return type ? NODE_ENCODING[type].colour : STANCE_COLOUR.none;
}

/**
 * The source text in full, every quoted span in a `<mark>` coloured by the type of what it
 * supports. Clicking a mark selects what it supports (a choice when it supports several);
 * selecting anything brings its quotes into view here and emphasises them.
 */
export function ArticleReader() {
  const graph = useAppState(selectGraph);
  if (!graph) return null;
  return (
    <section className="article-reader" aria-labelledby="article-reader-title">
      <h2 id="article-reader-title" className="visually-hidden">
        Article
      </h2>
      {graph.doc.sources.length === 0 && (
        <p className="no-quotes">
          This graph has no article: it was opened from a file that carries no quotes.
        </p>
      )}
      {graph.doc.sources.map((source) => (
        <SourceText key={source.id} graph={graph} source={source} />
      ))}
    </section>
  );
}

function SourceText({ graph, source }: { graph: GraphIndex; source: Source }) {
  const selection = useAppState(selectSelection);
  const articleQuote = useAppState(selectArticleQuote);
  const showInArticle = useAppState(selectShowInArticle);
  const [choice, setChoice] = useState<{ paragraph: number; refs: QuoteRef[] } | null>(null);
  const container = useRef<HTMLElement>(null);

  const paragraphs = useMemo(
    () => segmentSource(source.text, quotesBySource(graph.doc).get(source.id) ?? []),
    [graph, source],
  );

  const current = selection ? elementKey(selection) : null;
  const target = selection
    ? refKey(articleQuote ?? { kind: selection.kind, id: selection.id, index: 0 })
    : null;

  // Bring the targeted quote into view whenever the selection or the target changes.
  useEffect(() => {
    if (!target || !container.current) return;
    const mark = [...container.current.querySelectorAll<HTMLElement>("mark[data-refs]")].find((m) =>
      m.dataset["refs"]?.split(" ").includes(target),
    );
    mark?.scrollIntoView?.({ block: "center", behavior: "smooth" });
  }, [target]);

  const onMark = (paragraph: number, segment: Segment) => {
    const elements = supported(segment.refs);
    if (elements.length === 1) {
      setChoice(null);
      showInArticle(elements[0]!);
    } else {
      setChoice({ paragraph, refs: elements });
    }
  };

  return (
    <article className="source-text" ref={container}>
      <header>
        <h3>{source.title}</h3>
        {(source.publisher || source.published) && (
          <p className="source-meta">
            {[source.publisher, source.published].filter(Boolean).join(" · ")}
          </p>
        )}
      </header>
      {paragraphs.map((p, i) => (
        <div key={p.start}>
          <p>
            {p.segments.map((segment) => {
              if (segment.refs.length === 0) return <span key={segment.start}>{segment.text}</span>;
              const keys = segment.refs.map(refKey);
              const isCurrent =
                current !== null && segment.refs.some((r) => elementKey(r) === current);
              const isTarget = target !== null && keys.includes(target);
              const elements = supported(segment.refs);
              return (
                // The mark itself is the control: a <button> would be laid out as an inline
                // block, breaking the text's flow and eating the spaces at its edges.
                <mark
                  key={segment.start}
                  data-refs={keys.join(" ")}
                  className={`quote-mark${isCurrent ? " is-current" : ""}${isTarget ? " is-target" : ""}`}
                  style={{ "--mark-colour": markColour(graph, segment.refs) } as CSSProperties}
                  role="button"
                  tabIndex={0}
                  title={`Quote for ${elements.map((r) => nameOf(graph, r)).join("; ")}`}
                  aria-pressed={isCurrent}
                  onClick={() => onMark(i, segment)}
                  onKeyDown={(e) => {
                    if (e.key !== "Enter" && e.key !== " ") return;
                    e.preventDefault();
                    onMark(i, segment);
                  }}
                >
                  {segment.text}
                </mark>
              );
            })}
          </p>
          {choice?.paragraph === i && (
            <MarkChoice
              graph={graph}
              refs={choice.refs}
              onChoose={(r) => {
                setChoice(null);
                showInArticle(r);
              }}
              onClose={() => setChoice(null)}
            />
          )}
        </div>
      ))}
    </article>
  );
}

/** When a passage supports several things, the reader chooses which to select. */
function MarkChoice({
  graph,
  refs,
  onChoose,
  onClose,
}: {
  graph: GraphIndex;
  refs: readonly QuoteRef[];
  onChoose: (r: QuoteRef) => void;
  onClose: () => void;
}) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape") onClose();
  };
  return (
    <div
      className="mark-choice"
      role="group"
      aria-label="This passage is a quote for"
      onKeyDown={onKeyDown}
    >
      <p>This passage is a quote for:</p>
      <ul>
        {refs.map((r, i) => (
          <li key={refKey(r)}>
            <button type="button" ref={i === 0 ? first : undefined} onClick={() => onChoose(r)}>
              {r.kind === "node"
                ? labelOf(graph, r.id)
                : edgeSentence(graph, graph.edgeById.get(r.id)!)}
              <span className="mark-choice-kind">
                {r.kind === "node" ? NODE_TYPE_NAME[graph.nodeById.get(r.id)!.type] : "Relation"}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="mark-choice-close" onClick={onClose}>
        Cancel
      </button>
    </div>
  );
}
