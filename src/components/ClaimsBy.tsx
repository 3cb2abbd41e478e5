import { useId, useMemo } from "react";
import type { GraphIndex } from "../domain/graphIndex.ts";
import { claimsBy } from "../domain/queries/claimsBy.ts";
import type { ModelNode } from "../domain/schema.ts";
import { RelationWithQuote } from "./RelationWithQuote.tsx";
import "./ClaimsBy.css";

/**
 * "Who says what": every relation the article gives as this entity's statement, including
 * those between others, which its Relations list cannot show (Putin's claim that Western
 * states plan to integrate NATO with AUKUS). Each is a button that selects it, its stance and
 * sourcing in words (a hedged claim says "who hedges it"), and the entity's own quoted words,
 * or the article's report when it quotes none. Nothing when the entity claims nothing.
 */
export function ClaimsBy({ graph, node }: { graph: GraphIndex; node: ModelNode }) {
  const claims = useMemo(() => claimsBy(graph.doc, node.id), [graph, node.id]);
  const heading = useId();
  if (claims.length === 0) return null;
  const aboutOthers = claims.filter((c) => !c.touchesSpeaker).length;
  return (
    <section className="claims-by" aria-labelledby={heading}>
      <h3 id={heading}>
        Claims by {node.label} <span className="count">({claims.length})</span>
      </h3>
      {aboutOthers > 0 && (
        <p className="hint">
          {aboutOthers} of the {claims.length} {aboutOthers === 1 ? "is" : "are"} between others, so
          not among the relations below.
        </p>
      )}
      <ol className="claims">
        {claims.map((claim) => (
          <li key={claim.edge.id}>
            <RelationWithQuote graph={graph} id={claim.edge.id} quotes={claim.quotes} />
            {!claim.inOwnWords && (
              <p className="claim-reported">Reported in the article&apos;s words, not quoted.</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
