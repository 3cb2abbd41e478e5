import type { GraphIndex } from "../domain/graphIndex.ts";
import { STANCE_NAME } from "../encoding/words.ts";
import { selectSelect, selectShowInArticle } from "../store/selectors.ts";
import { attributionPhrase, edgeSentence, labelOf } from "./describe.ts";
import { Quote } from "./Quote.tsx";
import { useAppState } from "./StoreContext.tsx";

/** Only the first quote: a step of a path or a side is one line of a longer list. */
const FIRST_QUOTE: readonly number[] = [0];

/**
 * A relation as an item of a list (a path, a side, a speaker's claims): a button that selects
 * it, how the article sources it and its stance in words ("Cooperation, claimed by Vladimir
 * Putin"), and its quotes: the first, or those `quotes` names (indexes into its evidence).
 * Nothing when the relation is not in the graph or has none of those quotes.
 */
export function RelationWithQuote({
  graph,
  id,
  quotes = FIRST_QUOTE,
}: {
  graph: GraphIndex;
  id: string;
  quotes?: readonly number[];
}) {
  const select = useAppState(selectSelect);
  const showInArticle = useAppState(selectShowInArticle);
  const edge = graph.edgeById.get(id);
  const shown = quotes.flatMap((index) => {
    const evidence = edge?.evidence[index];
    return evidence ? [{ index, evidence }] : [];
  });
  if (!edge || shown.length === 0) return null;
  return (
    <>
      <button
        type="button"
        className="relation-button"
        onClick={() => select({ kind: "edge", id, origin: "panel" })}
      >
        {edgeSentence(graph, edge)}
      </button>
      <p className="details-kind">
        {STANCE_NAME[edge.stance ?? "none"]}, {attributionPhrase(graph, edge)}
      </p>
      {shown.map(({ index, evidence }) => (
        <Quote
          key={index}
          evidence={evidence}
          source={graph.sourceById.get(evidence.source)}
          speakerLabel={evidence.speaker ? labelOf(graph, evidence.speaker) : undefined}
          showSource={graph.doc.sources.length > 1}
          onShowInArticle={() => showInArticle({ kind: "edge", id, index })}
        />
      ))}
    </>
  );
}
