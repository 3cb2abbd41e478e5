import { draftAnnotation } from "../../src/pipeline/draft/draft.ts";

/** The drafter as the browser runs it, for the bench to time inside a page. */
(window as unknown as { quotegraphDraft: typeof draftAnnotation }).quotegraphDraft =
  draftAnnotation;
