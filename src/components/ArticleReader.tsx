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
    // Focusable, for the "a" shortcut on a wide screen, where the article has no tab of its own.
    <section
      id="article-region"
      tabIndex={-1}
      className="article-reader"
      aria-labelledby="article-reader-title"
      aria-describedby="article-reader-keys"
    >
      <h2 id="article-reader-title" className="visually-hidden">
        Article
      </h2>
      <p id="article-reader-keys" className="visually-hidden">
        Quoted passages are buttons: Tab reaches one, the arrow keys move between them, Home and End
        go to the first and the last.
      </p>
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
  const [choice, setChoice] = useState<{
    paragraph: number;
    refs: QuoteRef[];
    opener: HTMLElement;
  } | null>(null);
  // The one mark Tab stops at (roving tabindex): 79 marks would be 79 tab stops.
  const [stop, setStop] = useState<number | null>(null);
  const container = useRef<HTMLElement>(null);

  const paragraphs = useMemo(
    () => segmentSource(source.text, quotesBySource(graph.doc).get(source.id) ?? []),
    [graph, source],
  );

  const current = selection ? elementKey(selection) : null;
  const target = selection
    ? refKey(articleQuote ?? { kind: selection.kind, id: selection.id, index: 0 })
    : null;

  const marks = () => [
    ...(container.current?.querySelectorAll<HTMLElement>("mark[data-refs]") ?? []),
  ];

  // Bring the targeted quote into view whenever the selection or the target changes. After
  // "Show in article" the button pressed is gone with its tab, and focus with it: give focus
  // to the quote it led to, but never take it from where the reader still is.
  const focusLost = () => {
    const active = document.activeElement;
    return (
      !active || active === document.body || !active.isConnected || !!active.closest("[hidden]")
    );
  };
  useEffect(() => {
    if (!target) return;
    const mark = marks().find((m) => m.dataset["refs"]?.split(" ").includes(target));
    if (!mark) return;
    mark.scrollIntoView?.({ block: "center", behavior: "smooth" });
    if (articleQuote !== null && focusLost()) {
      mark.focus({ preventScroll: true }); // its onFocus makes it the tab stop
    }
    // Only a new target moves the view or focus; articleQuote is part of what `target` is.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target]);

  const onMark = (paragraph: number, segment: Segment, opener: HTMLElement) => {
    const elements = supported(segment.refs);
    setStop(segment.start);
    if (elements.length === 1) {
      setChoice(null);
      showInArticle(elements[0]!);
    } else {
      setChoice({ paragraph, refs: elements, opener });
    }
  };

  const onMarkKey = (e: KeyboardEvent<HTMLElement>, paragraph: number, segment: Segment) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      return onMark(paragraph, segment, e.currentTarget);
    }
    const all = marks();
    const i = all.indexOf(e.currentTarget);
    const to =
      e.key === "ArrowRight" || e.key === "ArrowDown"
        ? all[i + 1]
        : e.key === "ArrowLeft" || e.key === "ArrowUp"
          ? all[i - 1]
          : e.key === "Home"
            ? all[0]
            : e.key === "End"
              ? all[all.length - 1]
              : undefined;
    if (!to) return;
    e.preventDefault();
    setStop(Number(to.dataset["start"]));
    to.focus();
  };

  // Tab stops at the mark last used, else the targeted one, else the first.
  const firstStart = paragraphs.flatMap((p) => p.segments).find((g) => g.refs.length > 0)?.start;
  const targetStart = paragraphs
    .flatMap((p) => p.segments)
    .find((g) => target !== null && g.refs.some((r) => refKey(r) === target))?.start;
  const tabStop = stop ?? targetStart ?? firstStart;

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
              const what = supported(segment.refs)
                .map((r) => nameOf(graph, r))
                .join("; ");
              return (
                // The mark itself is the control: a <button> would be laid out as an inline
                // block, breaking the text's flow and eating the spaces at its edges.
                <mark
                  key={segment.start}
                  data-refs={keys.join(" ")}
                  className={`quote-mark${isCurrent ? " is-current" : ""}${isTarget ? " is-target" : ""}`}
                  style={{ "--mark-colour": markColour(graph, segment.refs) } as CSSProperties}
                  role="button"
                  tabIndex={segment.start === tabStop ? 0 : -1}
                  data-start={segment.start}
                  title={`Quote for ${what}`}
                  // Named by what it supports: a mark may be as short as "," or "with".
                  aria-label={
                    segment.text.trim() === ""
                      ? `Quote for ${what}`
                      : `“${segment.text.trim()}”, quote for ${what}`
                  }
                  aria-pressed={isCurrent}
                  onClick={(e) => onMark(i, segment, e.currentTarget)}
                  onKeyDown={(e) => onMarkKey(e, i, segment)}
                  onFocus={() => setStop(segment.start)}
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
                choice.opener.focus();
                setChoice(null);
                showInArticle(r);
              }}
              // Back to the mark that opened the choice, not to <body>.
              onClose={() => {
                choice.opener.focus();
                setChoice(null);
              }}
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
