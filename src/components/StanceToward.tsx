import { useId, useMemo } from "react";
import type { GraphIndex } from "../domain/graphIndex.ts";
import { stanceToward } from "../domain/queries/stanceToward.ts";
import type { ModelNode } from "../domain/schema.ts";
import type { Stance } from "../domain/vocabulary.ts";
import { attributionSymbol, stanceSymbol } from "../encoding/symbols.ts";
import { CANVAS_THEME } from "../encoding/theme.ts";
import { selectSelect } from "../store/selectors.ts";
import { attributionOfSourcing, edgeSentence, labelOf, sourcingPhrase } from "./describe.ts";
import { SymbolSvg } from "./Legend.tsx";
import { useAppState } from "./StoreContext.tsx";
import { useTheme } from "./useTheme.ts";
import "./StanceToward.css";

/** A stance read from the entity's side; the relation's own sentence says who does what. */
const STANCE_TOWARD: Readonly<Record<Stance, string>> = {
  cooperation: "Cooperation with",
  opposition: "Opposition to",
  neutral: "Neutral toward",
};

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Whom this entity cooperates with, opposes or is neutral toward, from its stanced relations in
 * both directions. Each stance is named in words beside the legend's symbol for it (colour and
 * a mark); each relation is marked fact or claim (and whose) in words beside the legend's
 * line for it. A counterpart's name selects that entity, as the ends of a relation do in a
 * relation's details; the relation under it selects the relation, with its quotes. Nothing
 * when no relation of the entity has a stance.
 */
export function StanceToward({ graph, node }: { graph: GraphIndex; node: ModelNode }) {
  const summary = useMemo(() => stanceToward(graph, node.id), [graph, node.id]);
  const select = useAppState(selectSelect);
  const { theme } = useTheme();
  const heading = useId();
  if (summary.length === 0) return null;
  const { canvas: paper, legendInk: ink } = CANVAS_THEME[theme];
  return (
    <section className="stance-toward" aria-labelledby={heading}>
      <h3 id={heading}>Stance toward others</h3>
      {summary.map(({ stance, counterparts }) => (
        <div key={stance} className="stance-group">
          <h4 id={`${heading}-${stance}`}>
            <SymbolSvg symbol={stanceSymbol(stance, paper)} className="line-symbol" />
            {STANCE_TOWARD[stance]} <span className="count">({counterparts.length})</span>
          </h4>
          <ul className="stance-counterparts" aria-labelledby={`${heading}-${stance}`}>
            {counterparts.map(({ id, relations }) => (
              <li key={id}>
                <button
                  type="button"
                  className="node-link"
                  onClick={() => select({ kind: "node", id, origin: "panel" })}
                >
                  {labelOf(graph, id)}
                </button>
                <ul className="stance-relations">
                  {relations.map(({ edge, sourcing }) => (
                    <li key={edge.id}>
                      <button
                        type="button"
                        className="relation-button"
                        onClick={() => select({ kind: "edge", id: edge.id, origin: "panel" })}
                      >
                        {edgeSentence(graph, edge)}
                      </button>
                      <p className="stance-sourcing">
                        <SymbolSvg
                          symbol={attributionSymbol(attributionOfSourcing(sourcing), ink, paper)}
                          className="line-symbol"
                        />
                        {capitalised(sourcingPhrase(graph, sourcing))}
                      </p>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
