// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import {
  escapeXmlAttribute,
  escapeXmlText,
  stripInvalidXmlChars,
  xmlAttributes,
  xmlToken,
} from "../../../src/domain/export/xml.ts";

// Built from code points, so no control character has to be typed into the source.
const C = (...cps: number[]) => String.fromCodePoint(...cps);
const LONE_HIGH = "\ud83d";
const LONE_LOW = "\ude00";

describe("stripInvalidXmlChars", () => {
  it.each([
    { name: "NUL and other C0 controls", input: `a${C(0, 1, 8, 0xb, 0xc, 0xe, 0x1f)}b`, out: "ab" },
    { name: "U+FFFE and U+FFFF", input: `a${C(0xfffe, 0xffff)}b`, out: "ab" },
    { name: "a lone high surrogate", input: `a${LONE_HIGH}b`, out: "ab" },
    { name: "a lone low surrogate", input: `a${LONE_LOW}b`, out: "ab" },
    { name: "TAB, LF and CR are kept", input: "a\tb\nc\rd", out: "a\tb\nc\rd" },
    { name: "emoji and flags are kept", input: "😀 🇻🇪 👩‍👩‍👧", out: "😀 🇻🇪 👩‍👩‍👧" },
    {
      name: "DEL and C1 controls are allowed",
      input: `a${C(0x7f, 0x85, 0x9f)}b`,
      out: `a${C(0x7f, 0x85, 0x9f)}b`,
    },
    {
      name: "the last private-use and last plane",
      input: C(0xfffd, 0x10ffff),
      out: C(0xfffd, 0x10ffff),
    },
  ])("$name", ({ input, out }) => {
    expect(stripInvalidXmlChars(input)).toBe(out);
  });
});

describe("escapeXmlText and escapeXmlAttribute", () => {
  it.each([
    { input: "Tom & Jerry", text: "Tom &amp; Jerry", attribute: "Tom &amp; Jerry" },
    { input: "a<b>c", text: "a&lt;b&gt;c", attribute: "a&lt;b&gt;c" },
    { input: `"it's"`, text: "&quot;it&apos;s&quot;", attribute: "&quot;it&apos;s&quot;" },
    { input: "&amp;", text: "&amp;amp;", attribute: "&amp;amp;" },
    { input: "a\tb\nc", text: "a\tb\nc", attribute: "a&#9;b&#10;c" },
    { input: "a\r\nb", text: "a&#13;\nb", attribute: "a&#13;&#10;b" },
    { input: `x${C(0)}y${LONE_HIGH}z`, text: "xyz", attribute: "xyz" },
    { input: "Café 😀", text: "Café 😀", attribute: "Café 😀" },
  ])("$input", ({ input, text, attribute }) => {
    expect(escapeXmlText(input)).toBe(text);
    expect(escapeXmlAttribute(input)).toBe(attribute);
  });

  // The proof that matters: a parser gives back exactly the string, minus what XML forbids.
  const NASTY = `<a href="x">&amp; 'q' ]]> --> \t\n\r\n\r end 😀 ${C(1)}${C(0xffff)}${LONE_LOW}`;
  const KEPT = `<a href="x">&amp; 'q' ]]> --> \t\n\r\n\r end 😀 `;

  it("round-trips element content through an XML parser", () => {
    const xml = `<r>${escapeXmlText(NASTY)}</r>`;
    const dom = new DOMParser().parseFromString(xml, "application/xml");
    expect(dom.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(dom.documentElement.textContent).toBe(KEPT);
  });

  it("round-trips attribute values through an XML parser, quoted either way", () => {
    const xml = `<r a="${escapeXmlAttribute(NASTY)}" b='${escapeXmlAttribute(NASTY)}'/>`;
    const dom = new DOMParser().parseFromString(xml, "application/xml");
    expect(dom.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(dom.documentElement.getAttribute("a")).toBe(KEPT);
    expect(dom.documentElement.getAttribute("b")).toBe(KEPT);
  });

  it("is what makes a forbidden character harmless: unescaped, the parser rejects it", () => {
    const dom = new DOMParser().parseFromString(`<r>${C(1)}</r>`, "application/xml");
    expect(dom.getElementsByTagName("parsererror").length).toBeGreaterThan(0);
  });
});

describe("xmlToken", () => {
  it.each([
    { input: "Alpha", out: "Alpha" },
    { input: "  Meeting in\n<Gamma>\t ", out: "Meeting in <Gamma>" },
    { input: "a\r\n\r\nb", out: "a b" },
    { input: " \t\n", out: "" },
    { input: "no\u00a0break", out: "no\u00a0break" },
  ])("$input", ({ input, out }) => {
    expect(xmlToken(input)).toBe(out);
  });
});

describe("xmlAttributes", () => {
  it("writes values in order, escaped, and leaves out undefined ones", () => {
    expect(
      xmlAttributes({ id: 'a"&b', type: undefined, weight: -2.5, directed: false, n: 0 }),
    ).toBe(' id="a&quot;&amp;b" weight="-2.5" directed="false" n="0"');
  });

  it("writes nothing for no values", () => {
    expect(xmlAttributes({ a: undefined })).toBe("");
  });
});
