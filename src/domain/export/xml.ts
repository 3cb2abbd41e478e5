/**
 * Escaping shared by the XML writers (GEXF and GraphML). Documents hold whatever text an
 * article or an opened file gave them, so every string written into XML goes through here:
 * markup characters become entities, and characters XML 1.0 cannot carry at all are dropped,
 * since a single one would make the whole file unreadable to Gephi, yEd or Cytoscape.
 */

/** The five characters with a predefined entity, all escaped everywhere: always valid, simple. */
const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

// A parser turns a literal CR (or CR LF) in text into LF (XML 1.0 §2.11), so a CR must be a
// character reference to survive. LF and TAB are kept as they are.
const TEXT_BREAKS: Readonly<Record<string, string>> = { "\r": "&#13;" };

// In an attribute value a parser also turns literal TAB, LF and CR into spaces (attribute-value
// normalisation, §3.3.3), so all three must be character references to survive.
const ATTRIBUTE_BREAKS: Readonly<Record<string, string>> = {
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/**
 * True for a code point XML 1.0 allows (§2.2): TAB, LF, CR, and U+0020 up, except lone
 * surrogates, U+FFFE and U+FFFF.
 */
function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

// One pass per string. Iterating a string yields code points, and a lone surrogate comes out on
// its own (U+D800–U+DFFF), so it is dropped like any other forbidden character.
function escapeWith(s: string, breaks: Readonly<Record<string, string>>): string {
  let out = "";
  for (const ch of s) {
    if (!isXmlChar(ch.codePointAt(0) ?? 0)) continue;
    out += ENTITIES[ch] ?? breaks[ch] ?? ch;
  }
  return out;
}

/**
 * Removes the characters XML 1.0 forbids: C0 controls other than TAB, LF and CR, lone
 * surrogates, U+FFFE and U+FFFF. Everything else, emoji included, is kept.
 *
 * @example
 * stripInvalidXmlChars("a\u0000b\uFFFEc 😀"); // "abc 😀"
 */
export function stripInvalidXmlChars(s: string): string {
  let out = "";
  for (const ch of s) if (isXmlChar(ch.codePointAt(0) ?? 0)) out += ch;
  return out;
}

/**
 * Escapes a string for element content: `& < > " '` become entities, CR a character reference
 * (so a parser gives back exactly the string), forbidden characters are dropped.
 *
 * @example
 * escapeXmlText(`Tom & "Jerry" <3`); // "Tom &amp; &quot;Jerry&quot; &lt;3"
 */
export function escapeXmlText(s: string): string {
  return escapeWith(s, TEXT_BREAKS);
}

/**
 * Escapes a string for a double- or single-quoted attribute value: as `escapeXmlText`, and
 * TAB, LF and CR become character references, so line breaks survive parsing.
 *
 * @example
 * `<node label="${escapeXmlAttribute('say "hi"\nnow')}"/>`;
 * // <node label="say &quot;hi&quot;&#10;now"/>
 */
export function escapeXmlAttribute(s: string): string {
  return escapeWith(s, ATTRIBUTE_BREAKS);
}

/**
 * Makes a string a valid `xsd:token` (as GEXF labels are typed): runs of TAB, LF, CR and space
 * become one space, with none at either end. The result still needs escaping.
 *
 * @example
 * xmlToken("  Meeting in\n<Gamma> "); // "Meeting in <Gamma>"
 */
export function xmlToken(s: string): string {
  return s.replace(/[\t\n\r ]+/g, " ").trim();
}

/** An attribute value: a string, a number or a boolean written as is; undefined omits it. */
export type XmlAttributeValue = string | number | boolean | undefined;

/**
 * Writes attributes, each with a leading space, escaped, in the order given; undefined values
 * are left out, so optional fields need no special case at the call site.
 *
 * @example
 * `<edge${xmlAttributes({ id: "a&b", type: undefined, weight: 2 })}/>`;
 * // <edge id="a&amp;b" weight="2"/>
 */
export function xmlAttributes(attributes: Readonly<Record<string, XmlAttributeValue>>): string {
  let out = "";
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) out += ` ${name}="${escapeXmlAttribute(String(value))}"`;
  }
  return out;
}
