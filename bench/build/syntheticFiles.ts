import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { GraphDocument, ManifestEntry } from "../../src/domain/schema.ts";
import { syntheticGraph } from "../syntheticGraph.ts";

/** One synthetic document as written for both pages. */
export interface SyntheticFile {
  readonly id: string;
  readonly nodes: number;
  readonly edges: number;
  /** Its name in the product's graphs/ folder and next to the reference page. */
  readonly fileName: string;
  readonly bytes: number;
}

/** The product's graphs/index.json listing these documents, in this order. */
export function manifestFor(docs: readonly GraphDocument[]): ManifestEntry[] {
  return docs.map((doc) => ({
    id: doc.id,
    title: doc.title,
    nodeCount: doc.nodes.length,
    edgeCount: doc.edges.length,
  }));
}

/**
 * Writes one synthetic document per size, byte for byte the same, into the product's graphs/
 * (replacing its manifest, so the product opens them by id like any published graph) and next
 * to the reference page.
 */
export async function writeSyntheticFiles(
  sizes: readonly number[],
  productDir: string,
  referenceDir: string,
): Promise<SyntheticFile[]> {
  const docs: GraphDocument[] = [];
  const files: SyntheticFile[] = [];
  for (const size of sizes) {
    const doc = syntheticGraph(size);
    const text = JSON.stringify(doc);
    const fileName = `${doc.id}.json`;
    await writeFile(join(productDir, "graphs", fileName), text);
    await writeFile(join(referenceDir, fileName), text);
    docs.push(doc);
    files.push({
      id: doc.id,
      nodes: doc.nodes.length,
      edges: doc.edges.length,
      fileName,
      bytes: Buffer.byteLength(text),
    });
  }
  await writeFile(join(productDir, "graphs", "index.json"), JSON.stringify(manifestFor(docs)));
  return files;
}
