import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { NodeType } from "../../../src/domain/vocabulary.ts";
import type { DraftAnnotation } from "../../../src/pipeline/draft/draft.ts";

/**
 * Scores a draft against a hand-written gold list (tests/fixtures/draft/gold-*.json): which
 * gold entities it proposes (by label or alias, ignoring case and a leading "the"), with the
 * right type, how many of its proposals are real, and which key relations it joins (any
 * proposed edge, either way, between the two entities).
 */

export interface GoldEntity {
  readonly label: string;
  readonly type: NodeType;
  readonly aliases?: readonly string[];
  readonly core: boolean;
}

export interface Gold {
  readonly name: string;
  readonly text: string;
  readonly set: "tune" | "held-out";
  readonly entities: readonly GoldEntity[];
  readonly relations: readonly (readonly [string, string])[];
}

export interface Score {
  /** Core (named) entities proposed with the right type. */
  readonly coreTyped: number;
  /** All gold entities proposed (any type). */
  readonly all: number;
  /** Proposed entities that are gold entities. */
  readonly real: number;
  /** Key relations joined by some proposed edge. */
  readonly joined: number;
  readonly missed: readonly string[];
  readonly unreal: readonly string[];
  readonly unjoined: readonly string[];
}

const ROOT = resolve(import.meta.dirname, "../../..");
export const GOLD_DIR = resolve(ROOT, "tests/fixtures/draft");

export function readGold(name: string): Gold {
  const raw = JSON.parse(readFileSync(resolve(GOLD_DIR, `gold-${name}.json`), "utf8")) as Omit<
    Gold,
    "name"
  >;
  return { ...raw, name };
}

export function goldText(gold: Gold): string {
  return readFileSync(resolve(ROOT, gold.text), "utf8");
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/^the\s+/u, "")
    .replace(/[.\s]+$/u, "")
    .replace(/\s+/gu, " ");

export function score(draft: DraftAnnotation, gold: Gold): Score {
  const goldNames = (g: GoldEntity) => new Set([g.label, ...(g.aliases ?? [])].map(norm));
  const nodeNames = (n: DraftAnnotation["nodes"][number]) =>
    [n.label, ...(n.aliases ?? [])].map(norm);
  const matches = (g: GoldEntity) => {
    const names = goldNames(g);
    return draft.nodes.filter((n) => nodeNames(n).some((x) => names.has(x)));
  };
  const core = gold.entities.filter((g) => g.core);
  const typed = core.filter((g) => matches(g).some((n) => n.type === g.type));
  const found = gold.entities.filter((g) => matches(g).length > 0);
  const allNames = new Set(gold.entities.flatMap((g) => [...goldNames(g)]));
  const real = draft.nodes.filter((n) => nodeNames(n).some((x) => allNames.has(x)));
  const byLabel = new Map(gold.entities.map((g) => [g.label, g]));
  const joinedPairs = gold.relations.filter(([a, b]) => {
    const ga = byLabel.get(a);
    const gb = byLabel.get(b);
    if (!ga || !gb) throw new Error(`gold-${gold.name}: relation names an unknown entity`);
    const ia = new Set(matches(ga).map((n) => n.id));
    const ib = new Set(matches(gb).map((n) => n.id));
    return draft.edges.some(
      (e) => (ia.has(e.source) && ib.has(e.target)) || (ib.has(e.source) && ia.has(e.target)),
    );
  });
  return {
    coreTyped: typed.length / core.length,
    all: found.length / gold.entities.length,
    real: draft.nodes.length === 0 ? 0 : real.length / draft.nodes.length,
    joined: joinedPairs.length / gold.relations.length,
    missed: core.filter((g) => !typed.includes(g)).map((g) => `${g.label} (${g.type})`),
    unreal: draft.nodes.filter((n) => !real.includes(n)).map((n) => `${n.label} (${n.type})`),
    unjoined: gold.relations.filter((r) => !joinedPairs.includes(r)).map(([a, b]) => `${a} – ${b}`),
  };
}

export const GOLD_NAMES = [
  "venezuela",
  "japan-philippines",
  "eu-grain",
  "kenya-imf",
  "india-china",
  "opec",
] as const;
