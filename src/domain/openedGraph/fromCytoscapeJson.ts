import type { ParseResult } from "../parseGraphDocument.ts";
import { MESSAGES, type Problem } from "../problems.ts";
import type { GraphModel, ModelEdge, ModelNode } from "../schema.ts";
import { SCHEMA_VERSION, STANCES, type ShownNodeType, type Stance } from "../vocabulary.ts";
import {
  attributeText,
  baseNameOf,
  idText,
  isJsonObject,
  nodeTypeOf,
  own,
  relationName,
  slugOf,
  textOf,
  type JsonObject,
} from "./cytoscapeFields.ts";
import { OPEN_MESSAGES } from "./messages.ts";

/** One element of the input: what it is, its fields, and where it is (a JSON path). */
interface Element {
  readonly group: "nodes" | "edges";
  readonly element: JsonObject;
  readonly data: JsonObject;
  readonly path: string;
}

/** Where an id was first seen, to name it when another element reuses it. */
interface FirstSeen {
  readonly group: "nodes" | "edges";
  readonly path: string;
}

/**
 * Converts Cytoscape.js JSON (`cy.json()`, or the `elements` Cytoscape.js takes: an array, or
 * `{nodes, edges}`), including Cytoscape desktop's .cyjs export, into a graph the app can show.
 * It has no sources and no quotes: every `evidence` is empty. Node types come from
 * `data.type`/`kind`/`category` when they name one of ours, else "other"; every data field not
 * turned into a node's or edge's own field is kept in `attributes`, as text.
 *
 * Everything wrong is reported at once, with JSON paths into the input as it was shaped
 * (`elements[3].data.id` or `elements.nodes[3].data.id`). Ids are unique across nodes and
 * edges, as Cytoscape.js requires. Never throws; builds every object it returns afresh, so
 * nothing of the input's own objects (or their prototypes) reaches the result.
 *
 * @example
 * fromCytoscapeJson({ elements: [{ data: { id: "a" } }] }, "a.json")
 * // { ok: true, value: { schemaVersion: 1, id: "a", title: "a", sources: [],
 * //   nodes: [{ id: "a", type: "other", label: "a", evidence: [] }], edges: [] } }
 */
export function fromCytoscapeJson(input: JsonObject, fileName: string): ParseResult<GraphModel> {
  return convert(own(input, "elements"), "elements", input, fileName);
}

/**
 * `fromCytoscapeJson` for a bare array of elements, what `cy.elements().jsons()` writes. Problems
 * are placed from the array itself (`[3].data.id`), as the file is shaped; the title is the
 * file name's. Never throws.
 *
 * @example
 * fromCytoscapeElements([{ data: { id: "a" } }], "a.json")
 * // { ok: true, value: { ..., title: "a", nodes: [{ id: "a", type: "other", ... }] } }
 */
export function fromCytoscapeElements(
  elements: readonly unknown[],
  fileName: string,
): ParseResult<GraphModel> {
  return convert(elements, "", {}, fileName);
}

/**
 * The conversion, with `root` the JSON path of the elements in the input ("elements", or ""
 * for a bare array) and `input` the object around them (for its title and the desktop marks).
 */
function convert(
  elementsValue: unknown,
  root: string,
  input: JsonObject,
  fileName: string,
): ParseResult<GraphModel> {
  const problems: Problem[] = [];
  const elements = collectElements(elementsValue, root, problems);
  if (!elements) return { ok: false, problems };
  const nodeElements = elements.filter((e) => e.group === "nodes");
  const edgeElements = elements.filter((e) => e.group === "edges");
  if (nodeElements.length === 0) {
    problems.push({
      path: root === "" ? fileLabel(fileName) : root,
      message: OPEN_MESSAGES.noNodes,
    });
  }
  const ids = readIds(elements, problems);

  const desktop = isCytoscapeDesktopExport(input);
  // A node without a usable id has been reported; "" stands in for it until the refusal.
  const nodes = nodeElements.map((e) => toNode(e, ids.get(e) ?? "", desktop));
  const nodeIds = new Set(nodes.map((n) => n.id));
  nodeIds.delete("");

  const newEdgeId = edgeIdMaker(new Set(ids.values()));
  const edges = edgeElements.map((e) => {
    const ends = { source: "", target: "" };
    for (const end of ["source", "target"] as const) {
      const raw = own(e.data, end);
      const path = `${e.path}.data.${end}`;
      const id = idText(raw);
      if (raw === undefined || raw === null) {
        problems.push({ path, message: OPEN_MESSAGES.missingEnd(end) });
      } else if (id === undefined) {
        problems.push({ path, message: OPEN_MESSAGES.idType(raw) });
      } else if (!nodeIds.has(id)) {
        problems.push({ path, message: MESSAGES.notANode(id) });
      } else {
        ends[end] = id;
      }
    }
    return toEdge(e, ids.get(e) ?? newEdgeId(), ends.source, ends.target);
  });

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      schemaVersion: SCHEMA_VERSION,
      ...identify(input, fileName),
      sources: [],
      nodes,
      edges,
    },
  };
}

/**
 * The id of each element that has a usable one, reporting the others and every id used twice.
 * Read in input order, so "first at" names the element that came first.
 */
function readIds(elements: readonly Element[], problems: Problem[]): Map<Element, string> {
  const ids = new Map<Element, string>();
  const firstSeen = new Map<string, FirstSeen>();
  for (const e of elements) {
    const raw = own(e.data, "id");
    const path = `${e.path}.data.id`;
    if (raw === undefined || raw === null) {
      // Cytoscape.js makes up an edge's missing id; a node's is needed to connect edges to it.
      if (e.group === "nodes") problems.push({ path, message: OPEN_MESSAGES.missingId });
      continue;
    }
    const id = idText(raw);
    if (id === undefined) {
      const message = raw === "" ? OPEN_MESSAGES.emptyId : OPEN_MESSAGES.idType(raw);
      problems.push({ path, message });
      continue;
    }
    ids.set(e, id);
    const first = firstSeen.get(id);
    if (first === undefined) {
      firstSeen.set(id, { group: e.group, path });
      continue;
    }
    const kind = first.group !== e.group ? "element" : e.group === "nodes" ? "node" : "edge";
    problems.push({ path, message: MESSAGES.duplicateId(kind, id, first.path) });
  }
  return ids;
}

/** The path of a problem about the whole file: its name, or a stand-in when it has none. */
function fileLabel(fileName: string): string {
  return fileName.trim() === "" ? "(file)" : fileName;
}

/**
 * The graph's id and title: the title from the top-level `data.title` or `data.name` (a .cyjs
 * file has the network's name there), else the file name; the id a slug of the file name, else
 * of `data.name`.
 */
function identify(input: JsonObject, fileName: string): { id: string; title: string } {
  const meta = own(input, "data");
  const name = isJsonObject(meta) ? textOf(own(meta, "name")) : undefined;
  const title = (isJsonObject(meta) ? textOf(own(meta, "title")) : undefined) ?? name;
  const baseName = baseNameOf(fileName);
  return {
    id: slugOf(baseName) ?? (name === undefined ? undefined : slugOf(name)) ?? "graph",
    title: title ?? (baseName.trim() === "" ? "Untitled graph" : baseName),
  };
}

/**
 * The elements of the input, each with its group, or undefined (with a problem) when
 * `elements` is neither of the two shapes Cytoscape.js takes. In the array form `group`
 * decides, else an element with a `source` or `target` is an edge, as in Cytoscape.js.
 */
function collectElements(
  elements: unknown,
  root: string,
  problems: Problem[],
): Element[] | undefined {
  const out: Element[] = [];
  const add = (value: unknown, path: string, listGroup?: "nodes" | "edges") => {
    if (!isJsonObject(value)) {
      problems.push({ path, message: OPEN_MESSAGES.notAnObjectHere(value) });
      return;
    }
    const data = own(value, "data");
    if (!isJsonObject(data)) {
      const message =
        data === undefined ? OPEN_MESSAGES.missingData : OPEN_MESSAGES.notAnObjectHere(data);
      problems.push({ path: `${path}.data`, message });
      return;
    }
    const group = listGroup ?? own(value, "group");
    if (group === "nodes" || group === "edges") {
      out.push({ group, element: value, data, path });
    } else if (group !== undefined) {
      problems.push({ path: `${path}.group`, message: OPEN_MESSAGES.unknownGroup(group) });
    } else {
      const isEdge = own(data, "source") !== undefined || own(data, "target") !== undefined;
      out.push({ group: isEdge ? "edges" : "nodes", element: value, data, path });
    }
  };

  if (Array.isArray(elements)) {
    elements.forEach((value, i) => add(value, `${root}[${i}]`));
    return out;
  }
  if (!isJsonObject(elements)) {
    problems.push({ path: "elements", message: OPEN_MESSAGES.elementsShape(elements) });
    return undefined;
  }
  for (const group of ["nodes", "edges"] as const) {
    const list = own(elements, group);
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      problems.push({ path: `elements.${group}`, message: OPEN_MESSAGES.notAnArray(list) });
      continue;
    }
    list.forEach((value, i) => add(value, `elements.${group}[${i}]`, group));
  }
  return out;
}

/**
 * Cytoscape desktop writes `"generated_by": "cytoscape-3.10.1"`. It labels nodes with `name` by
 * default, and a `label` column there is data like any other.
 */
function isCytoscapeDesktopExport(input: JsonObject): boolean {
  const by = own(input, "generated_by");
  return typeof by === "string" && by.toLowerCase().startsWith("cytoscape");
}

const NODE_TYPE_KEYS = ["type", "kind", "category"] as const;

function toNode(e: Element, id: string, desktop: boolean): ModelNode {
  const used = new Set(["id"]);
  const label = pickText(e.data, desktop ? ["name", "label"] : ["label", "name"], used) ?? id;
  // A type that names none of ours stays an attribute, so "city" is still there to read.
  let type: ShownNodeType = "other";
  for (const key of NODE_TYPE_KEYS) {
    const named = nodeTypeOf(own(e.data, key));
    if (named === undefined) continue;
    type = named;
    used.add(key);
    break;
  }
  const position = positionOf(own(e.element, "position"));
  const attributes = attributesOf(e.data, used);
  return {
    id,
    type,
    label,
    evidence: [],
    ...(position ? { position } : {}),
    ...(attributes ? { attributes } : {}),
  };
}

function toEdge(e: Element, id: string, source: string, target: string): ModelEdge {
  const used = new Set(["id", "source", "target"]);
  const words = pickText(e.data, ["relation", "interaction", "label"], used);
  const named = words === undefined ? undefined : relationName(words);
  const relation = named ?? "linked_to";
  // Words no relation name can be made of ("переговоры") still label the edge, as they were.
  const label =
    pickText(e.data, ["label", "interaction"], used) ??
    (named === undefined ? words : named.replace(/_/g, " ")) ??
    "linked to";
  const directedField = own(e.data, "directed");
  const directed = typeof directedField === "boolean" ? directedField : true;
  if (typeof directedField === "boolean") used.add("directed");
  const stance = stanceOf(own(e.data, "stance"));
  if (stance) used.add("stance");
  const attributes = attributesOf(e.data, used);
  return {
    id,
    source,
    target,
    relation,
    label,
    directed,
    ...(stance ? { stance } : {}),
    evidence: [],
    ...(attributes ? { attributes } : {}),
  };
}

/**
 * The text of the first of `keys` that has some. That key is marked used, and so is any later
 * one that says the same (a `name` equal to the `label`): an attribute repeating it adds nothing.
 */
function pickText(data: JsonObject, keys: readonly string[], used: Set<string>) {
  const texts = keys.map((key) => textOf(own(data, key)));
  const picked = texts.find((text) => text !== undefined);
  keys.forEach((key, i) => {
    if (picked !== undefined && texts[i] === picked) used.add(key);
  });
  return picked;
}

function stanceOf(value: unknown): Stance | undefined {
  if (typeof value !== "string") return undefined;
  const word = value.trim().toLowerCase();
  return STANCES.find((s) => s === word);
}

function positionOf(value: unknown): { x: number; y: number } | undefined {
  if (!isJsonObject(value)) return undefined;
  const x = own(value, "x");
  const y = own(value, "y");
  return typeof x === "number" && Number.isFinite(x) && typeof y === "number" && Number.isFinite(y)
    ? { x, y }
    : undefined;
}

/**
 * The data fields not used for the element's own fields, as text, in their order; undefined
 * when none is left. `selected` (true or false) is Cytoscape's selection state when the file
 * was saved, not data.
 */
function attributesOf(
  data: JsonObject,
  used: ReadonlySet<string>,
): Record<string, string> | undefined {
  const attributes: Record<string, string> = {};
  let any = false;
  for (const key of Object.keys(data)) {
    if (used.has(key) || key === "__proto__") continue;
    const value = data[key];
    if (key === "selected" && typeof value === "boolean") continue;
    attributes[key] = attributeText(value);
    any = true;
  }
  return any ? attributes : undefined;
}

/** Makes edge ids "e1", "e2", … that no element uses. */
function edgeIdMaker(taken: Set<string>): () => string {
  let n = 0;
  return () => {
    let id: string;
    do id = `e${++n}`;
    while (taken.has(id));
    taken.add(id);
    return id;
  };
}
