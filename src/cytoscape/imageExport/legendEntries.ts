import { NODE_ENCODING, type NodeEncoding } from "../../encoding/encoding.ts";
import { STANCE_OPTIONS } from "../../domain/filters.ts";
import { ATTRIBUTIONS } from "../../domain/vocabulary.ts";
import type { ExportColours } from "./exportColours.ts";
import {
  attributionSymbol,
  directionSymbol,
  nodeSymbol,
  stanceSymbol,
  type LegendSymbol,
} from "../../encoding/symbols.ts";
import {
  ATTRIBUTION_NAME,
  DIRECTION_NAME,
  STANCE_NAME,
  nodeTypeName,
} from "../../encoding/words.ts";
import type { PresentKinds } from "./presentKinds.ts";

export type LegendGroup = "nodeType" | "attribution" | "stance";

export interface LegendEntry {
  readonly group: LegendGroup;
  /** The value it stands for ("person", "claim", "direction", "none"): unique in a group. */
  readonly key: string;
  readonly label: string;
  readonly symbol: LegendSymbol;
}

const ENCODED: ReadonlyMap<string, NodeEncoding> = new Map(Object.entries(NODE_ENCODING));

/**
 * The legend of an export, in the on-screen legend's order (node types as the encoding lists
 * them, then sourcing and direction, then stance), with only what the export shows: a legend
 * entry for something absent would explain nothing and suggest it is there.
 */
export function legendEntries(present: PresentKinds, colours: ExportColours): LegendEntry[] {
  const { ink, paper } = colours;
  const entries: LegendEntry[] = [];
  // The encoding's keys, not a fixed list: a type added there is in the legend without a change here.
  for (const [type, encoding] of ENCODED) {
    if (!present.nodeTypes.has(type)) continue;
    entries.push({
      group: "nodeType",
      key: type,
      label: nodeTypeName(type),
      symbol: nodeSymbol(encoding, paper),
    });
  }
  for (const attribution of ATTRIBUTIONS) {
    if (!present.attributions.has(attribution)) continue;
    entries.push({
      group: "attribution",
      key: attribution,
      label: ATTRIBUTION_NAME[attribution],
      symbol: attributionSymbol(attribution, ink, paper),
    });
  }
  if (present.directed) {
    entries.push({
      group: "attribution",
      key: "direction",
      label: DIRECTION_NAME,
      symbol: directionSymbol(ink, paper),
    });
  }
  for (const stance of STANCE_OPTIONS) {
    if (!present.stances.has(stance)) continue;
    entries.push({
      group: "stance",
      key: stance,
      label: STANCE_NAME[stance],
      symbol: stanceSymbol(stance, paper),
    });
  }
  return entries;
}
