import type { Problem } from "../problems.ts";
import { SCHEMA_VERSION } from "../vocabulary.ts";
import { OPEN_MESSAGES } from "./messages.ts";

/**
 * The one problem to report when a document's `schemaVersion` is a number this app does not
 * read, or undefined when it is version 1 or not a number (the schema then says what it must
 * be). A document of another version has another shape: listing every field this version would
 * miss in it would bury the one thing worth saying.
 *
 * @example schemaVersionProblem(2) // { path: "schemaVersion", message: "schema version 2 is newer …" }
 */
export function schemaVersionProblem(version: unknown): Problem | undefined {
  if (typeof version !== "number" || version === SCHEMA_VERSION) return undefined;
  const whole = Number.isInteger(version);
  const message =
    whole && version > SCHEMA_VERSION
      ? OPEN_MESSAGES.newerVersion(version)
      : whole && version >= 0
        ? OPEN_MESSAGES.olderVersion(version)
        : OPEN_MESSAGES.notAVersion(version);
  return { path: "schemaVersion", message };
}
