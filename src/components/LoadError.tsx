import type { ReactNode } from "react";
import { formatProblem, type Problem } from "../domain/problems.ts";

/** How many problems to list before summing up the rest. */
const SHOWN = 10;

/** A failed load: what failed, then each problem with its JSON path, in `role="alert"`. */
export function LoadError({
  title,
  problems,
  children,
}: {
  title: string;
  problems: readonly Problem[];
  /** What follows the list, e.g. a reassurance and a dismiss button. */
  children?: ReactNode;
}) {
  const rest = problems.length - SHOWN;
  return (
    <div role="alert" className="load-error">
      <h2>{title}</h2>
      {problems.length > 0 && (
        <ul>
          {problems.slice(0, SHOWN).map((p, i) => (
            <li key={i}>
              <code>{formatProblem(p)}</code>
            </li>
          ))}
        </ul>
      )}
      {rest > 0 && (
        <p>
          …and {rest} more problem{rest === 1 ? "" : "s"}.
        </p>
      )}
      {children}
    </div>
  );
}
