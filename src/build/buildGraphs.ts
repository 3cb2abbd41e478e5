import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { precomputeLayout } from "../cytoscape/precomputeLayout.ts";
import { formatProblem } from "../domain/problems.ts";
import { GraphDocumentSchema, type ManifestEntry } from "../domain/schema.ts";
import { buildGraphDocument } from "../pipeline/buildGraphDocument.ts";

/**
 * The build step's composition root (Node only): reads data/, runs the pure pipeline and the
 * headless layout, and returns the files of the static output. Shared by the Vite plugin (dev
 * and build), the CLI and the tests, so all four publish the same bytes.
 */
export interface GraphsBuild {
  /** Output path (relative to the static root) → file contents. */
  readonly files: ReadonlyMap<string, string>;
  /** Every problem in every annotation, each line naming the file, the entry and the quote. */
  readonly errors: readonly string[];
}

export const JSON_SCHEMA_PATH = "schema/graph-v1.schema.json";

export function buildGraphs(dataDir: string): GraphsBuild {
  const annotationsDir = join(dataDir, "annotations");
  const sourcesDir = join(dataDir, "sources");
  const errors: string[] = [];
  const files = new Map<string, string>();
  const manifest: ManifestEntry[] = [];

  const sourceTexts = new Map<string, string>();
  if (existsSync(sourcesDir)) {
    for (const file of readdirSync(sourcesDir).sort()) {
      if (file.endsWith(".txt"))
        sourceTexts.set(file, readFileSync(join(sourcesDir, file), "utf8"));
    }
  }

  const annotationFiles = existsSync(annotationsDir)
    ? readdirSync(annotationsDir)
        .filter((f) => f.endsWith(".json"))
        .sort()
    : [];
  if (annotationFiles.length === 0) errors.push(`${annotationsDir}: no annotation (*.json) found`);

  for (const file of annotationFiles) {
    const where = `data/annotations/${file}`;
    let annotation: unknown;
    try {
      annotation = JSON.parse(readFileSync(join(annotationsDir, file), "utf8"));
    } catch (e) {
      errors.push(`${where}: is not valid JSON (${(e as Error).message})`);
      continue;
    }
    const built = buildGraphDocument(annotation, sourceTexts);
    if (!built.ok) {
      errors.push(...built.problems.map((p) => `${where} ${formatProblem(p)}`));
      continue;
    }
    const doc = precomputeLayout(built.value);
    const expected = file.replace(/\.json$/, "");
    if (doc.id !== expected) {
      errors.push(`${where} id: "${doc.id}" must match the file name ("${expected}")`);
      continue;
    }
    files.set(`graphs/${doc.id}.json`, JSON.stringify(doc));
    manifest.push({
      id: doc.id,
      title: doc.title,
      nodeCount: doc.nodes.length,
      edgeCount: doc.edges.length,
    });
  }

  files.set("graphs/index.json", `${JSON.stringify(manifest, null, 2)}\n`);
  files.set(JSON_SCHEMA_PATH, `${JSON.stringify(graphJsonSchema(), null, 2)}\n`);
  return { files, errors };
}

/** The JSON Schema of graph documents, generated from the one zod schema. */
export function graphJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(GraphDocumentSchema, { target: "draft-2020-12", io: "input" }),
    $id: "https://quotegraph.invalid/schema/graph-v1.schema.json",
    title: "Quotegraph graph document, schema version 1",
  };
}
