/**
 * Another tool's data fields (`attributes` on nodes and edges of a graph opened from a file) as
 * typed columns for GEXF and GraphML, so a graph that came from Cytoscape desktop or Gephi goes
 * back out with its data, not only with ours.
 *
 * The app holds those fields as text (the opened file's types are not kept: a value is shown
 * as it was written). A column's type is therefore read back from its values: integer when
 * every value is a plain integer a double can hold exactly, double when every value is a plain
 * decimal number, boolean when every value is `true` or `false`, else string. One value that
 * does not fit makes the whole column a string, so no value is ever altered or lost.
 */

/** The type a column is declared with; each format spells it its own way. */
export type ColumnType = "long" | "double" | "boolean" | "string";

export interface AttributeColumn {
  /** The field's name, as the file had it. */
  readonly name: string;
  readonly type: ColumnType;
}

const INTEGER = /^-?(?:0|[1-9]\d*)$/;
const DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** The narrowest type that holds `value` exactly. */
function typeOf(value: string): ColumnType {
  // An integer too long for a double stays text: a reader would round it (an id, most likely).
  if (INTEGER.test(value)) return Number.isSafeInteger(Number(value)) ? "long" : "string";
  if (DECIMAL.test(value) && Number.isFinite(Number(value))) return "double";
  if (value === "true" || value === "false") return "boolean";
  return "string";
}

/** The type that holds both: an integer column with one decimal is a double column. */
function widen(a: ColumnType, b: ColumnType): ColumnType {
  if (a === b) return a;
  if ((a === "long" && b === "double") || (a === "double" && b === "long")) return "double";
  return "string";
}

/**
 * The attribute columns of `elements`, in the order their names first appear, each typed by
 * all its values (an element without the field does not count).
 *
 * @example
 * attributeColumns([{ attributes: { degree: "3", gene: "TP53" } }, { attributes: { degree: "2.5" } }])
 * // [{ name: "degree", type: "double" }, { name: "gene", type: "string" }]
 */
export function attributeColumns(
  elements: readonly { readonly attributes?: Readonly<Record<string, string>> | undefined }[],
): AttributeColumn[] {
  const types = new Map<string, ColumnType>();
  for (const element of elements) {
    for (const [name, value] of Object.entries(element.attributes ?? {})) {
      const type = typeOf(value);
      const seen = types.get(name);
      types.set(name, seen === undefined ? type : widen(seen, type));
    }
  }
  return [...types].map(([name, type]) => ({ name, type }));
}

/**
 * A column's name as written in a format that also has names of its own (`reserved`): kept
 * when free, else followed by " (attribute)", then a number, until it is free. Names are
 * compared as written; the result is unique among `reserved` and the other columns.
 *
 * @example columnTitles(["label", "gene"], new Set(["label", "type"])) // ["label (attribute)", "gene"]
 */
export function columnTitles(names: readonly string[], reserved: ReadonlySet<string>): string[] {
  const taken = new Set([...reserved, ...names.filter((n) => !reserved.has(n))]);
  return names.map((name) => {
    if (!reserved.has(name)) return name;
    let title = `${name} (attribute)`;
    for (let i = 2; taken.has(title); i++) title = `${name} (attribute ${i})`;
    taken.add(title);
    return title;
  });
}
