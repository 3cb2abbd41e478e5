import type { GraphIndex } from "../domain/graphIndex.ts";
import { STANCE_NAME } from "../encoding/words.ts";
import { selectSelect, selectShowInArticle } from "../store/selectors.ts";
import { attributionPhrase, edgeSentence, labelOf } from "./describe.ts";
import { Quote } from "./Quote.tsx";
import { useAppState } from "./StoreContext.tsx";

/**
 * A relation as a step of a list (a path, a side): a button that selects it, how the article
 * sources it and its stance in words ("Cooperation, claimed by Vladimir Putin"), and its first
 * quote. Nothing when the relation is not in the graph.
 */
export function RelationWithQuote({ graph, id }: { graph: GraphIndex; id: string }) {
  const select = useAppState(selectSelect);
  const showInArticle = useAppState(selectShowInArticle);
  const edge = graph.edgeById.get(id);
  const evidence = edge?.evidence[0];
  if (!edge || !evidence) return null;
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
      <Quote
        evidence={evidence}
        source={graph.sourceById.get(evidence.source)}
        speakerLabel={evidence.speaker ? labelOf(graph, evidence.speaker) : undefined}
        showSource={graph.doc.sources.length > 1}
        onShowInArticle={() => showInArticle({ kind: "edge", id, index: 0 })}
      />
    </>
  );
}
