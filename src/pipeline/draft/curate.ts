import type { ParseResult } from "../../domain/parseGraphDocument.ts";
import type { GraphDocument } from "../../domain/schema.ts";
import { buildGraphDocument } from "../buildGraphDocument.ts";
import { draftAnnotation, slug, type DraftAnnotation } from "./draft.ts";
import { reviewedAnnotation, type Decisions, type SourceDetails } from "./review.ts";

/**
 * What the curation view loads on demand when it drafts (docs/ARCHITECTURE.md, "Curation"):
 * the drafter, and the pipeline's own build for the reviewed draft, so a graph made in the
 * browser goes through the same quote resolution and checks as one built by `npm run graphs`.
 */

/**
 * Drafts an article. The source's file name is made from the title (the annotation format
 * wants a `.txt` name); the text is the source, as it is.
 */
export function draftArticle(text: string, title: string | undefined): DraftAnnotation {
  const file = `${
    slug(title ?? "")
      .slice(0, 60)
      .replace(/-+$/u, "") || "article"
  }.txt`;
  return draftAnnotation(text, { file, title }).annotation;
}

/** The accepted proposals → a checked graph document (no positions), or every problem. */
export function buildReviewed(
  draft: DraftAnnotation,
  text: string,
  decisions: Decisions,
  details: SourceDetails,
): ParseResult<GraphDocument> {
  const annotation = reviewedAnnotation(draft, decisions, details);
  const file = annotation.sources[0]?.file ?? "";
  return buildGraphDocument(annotation, new Map([[file, text]]));
}
