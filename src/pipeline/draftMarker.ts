/**
 * The drafter (src/pipeline/draft/) marks what it writes with a top-level `draft` field: its
 * proposals are guesses, some of them wrong, and the app shows everything in a graph as the
 * article's word. So the pipeline refuses an annotation that still carries the field, and
 * says what to do (docs/ARCHITECTURE.md, "Drafting").
 */
export const DRAFT_FIELD = "draft";

export const UNREVIEWED_DRAFT =
  'this annotation is an unreviewed draft (made by `npm run draft`): check each node and edge against the article, delete the wrong ones, then delete the "draft" field';

export function isUnreviewedDraft(annotation: unknown): boolean {
  return (
    typeof annotation === "object" &&
    annotation !== null &&
    Object.prototype.hasOwnProperty.call(annotation, DRAFT_FIELD)
  );
}
