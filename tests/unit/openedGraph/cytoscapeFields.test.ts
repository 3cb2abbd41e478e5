import { describe, expect, it } from "vitest";
import {
  attributeText,
  baseNameOf,
  idText,
  MAX_ATTRIBUTE_LENGTH,
  nodeTypeOf,
  relationName,
  slugOf,
  textOf,
} from "../../../src/domain/openedGraph/cytoscapeFields.ts";
import { EdgeSchema, GraphDocumentSchema } from "../../../src/domain/schema.ts";

describe("relationName", () => {
  it.each([
    ["member of", "member_of"],
    ["Member Of", "member_of"],
    ["  talks   with  ", "talks_with"],
    ["interactsWith", "interacts_with"],
    ["pp", "pp"],
    ["PPI", "ppi"],
    ["négocie avec", "negocie_avec"],
    ["2nd round at", "r_2nd_round_at"],
    ["3", "r_3"],
    ["sells-arms/to", "sells_arms_to"],
    ["__linked__", "linked"],
    ["а-б", undefined],
    ["переговоры", undefined],
    ["---", undefined],
    ["", undefined],
  ])("%j → %j", (words, name) => {
    expect(relationName(words)).toBe(name);
    if (name !== undefined) expect(EdgeSchema.shape.relation.safeParse(name).success).toBe(true);
  });
});

describe("nodeTypeOf", () => {
  it.each([
    ["country", "country"],
    ["Country", "country"],
    [" STATE ", "country"],
    ["nation", "country"],
    ["organisation", "organisation"],
    ["Organization", "organisation"],
    ["org", "organisation"],
    ["person", "person"],
    ["agreement", "agreement"],
    ["Event", "event"],
    ["other", "other"],
    ["people", undefined],
    ["countries", undefined],
    ["city", undefined],
    ["constructor", undefined],
    ["__proto__", undefined],
    [3, undefined],
    [null, undefined],
  ])("%j → %j", (value, type) => {
    expect(nodeTypeOf(value)).toBe(type);
  });
});

describe("textOf and idText", () => {
  it.each([
    ["Alpha", "Alpha", "Alpha"],
    [" Alpha ", " Alpha ", " Alpha "],
    ["", undefined, undefined],
    ["   ", undefined, "   "],
    [7, "7", "7"],
    [-0.5, "-0.5", "-0.5"],
    [true, "true", undefined],
    [null, undefined, undefined],
    [{ a: 1 }, undefined, undefined],
    [["a"], undefined, undefined],
    [undefined, undefined, undefined],
  ])("%j: text %j, id %j", (value, text, id) => {
    expect(textOf(value)).toBe(text);
    expect(idText(value)).toBe(id);
  });
});

describe("attributeText", () => {
  it.each([
    ["text", "text"],
    ["<b>as it is</b>", "<b>as it is</b>"],
    [228.0, "228"],
    [0.1, "0.1"],
    [false, "false"],
    [null, "null"],
    [["2019", "arms"], '["2019","arms"]'],
    [{ a: { b: 1 } }, '{"a":{"b":1}}'],
  ])("%j → %j", (value, text) => {
    expect(attributeText(value)).toBe(text);
  });

  it("cuts long values to the limit with an ellipsis", () => {
    const text = attributeText("x".repeat(10_000));
    expect(text).toHaveLength(MAX_ATTRIBUTE_LENGTH);
    expect(text.endsWith("x…")).toBe(true);
  });

  it("keeps a value of exactly the limit whole", () => {
    expect(attributeText("x".repeat(MAX_ATTRIBUTE_LENGTH))).toBe("x".repeat(MAX_ATTRIBUTE_LENGTH));
  });

  it("never cuts through a character outside the BMP", () => {
    // "x" then emoji: the cut falls between the two halves of an emoji.
    const text = attributeText(`x${"😀".repeat(MAX_ATTRIBUTE_LENGTH)}`);
    expect(text.endsWith("😀…")).toBe(true);
    // encodeURIComponent throws on a lone surrogate.
    expect(() => encodeURIComponent(text)).not.toThrow();
  });
});

describe("slugOf and baseNameOf", () => {
  it.each([
    ["Party network (v2).cyjs", "party-network-v2-cyjs"],
    ["Bogotá talks", "bogota-talks"],
    ["  --x--  ", "x"],
    ["переговоры", undefined],
    ["", undefined],
    ["a".repeat(100), "a".repeat(60)],
    [`${"a".repeat(59)} b`, "a".repeat(59)],
  ])("%j → %j", (name, slug) => {
    expect(slugOf(name)).toBe(slug);
    if (slug !== undefined) expect(GraphDocumentSchema.shape.id.safeParse(slug).success).toBe(true);
  });

  it.each([
    ["party.json", "party"],
    ["party.network.cyjs", "party.network"],
    ["graphs/party.cyjs", "party"],
    ["C:\\Users\\ana\\party.json", "party"],
    ["README", "README"],
    [".json", ""],
  ])("the base name of %j is %j", (fileName, base) => {
    expect(baseNameOf(fileName)).toBe(base);
  });
});
