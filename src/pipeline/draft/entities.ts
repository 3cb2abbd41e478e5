import type { NodeType } from "../../domain/vocabulary.ts";
import { countryNames, LONGEST_COUNTRY_NAME, type CountryName } from "./gazetteer.ts";
import {
  COLLECTIVES,
  COMMON_HEADS,
  COMMON_PLACE_HEADS,
  NAME_CONNECTORS,
  NAME_HEADS,
  NAME_PARTICLES,
  NOT_NAMES,
  PLACE_HEADS,
  ROLES,
  SPEECH_VERBS,
  TITLE_HEADS,
  TITLES,
  TYPING_NOUNS,
} from "./lexicon.ts";
import { Registry, type Entity, type Mention } from "./registry.ts";
import { lastAtOrBefore, type Segmented, type Token } from "./sentences.ts";

/**
 * Finds the entities of a text: countries from the gazetteer (names, capitals, demonyms),
 * capitalised names typed by their last word ("… Ministry", "… Summit", "… Agreement"), by a
 * title before them ("President …"), by a noun before them ("defense exporter …") or after
 * them (", a trilateral security pact"), acronyms and their definitions ("(MCIS)"), officials
 * named only by their role ("China's Defense Minister"), and phrases that point back ("the
 * deal"). Every mention is a span of the text; nothing here edits or normalises the text.
 */

export interface FoundEntities {
  readonly registry: Registry;
  /** Every mention, in text order. */
  readonly mentions: readonly Mention[];
}

interface CountryMatch {
  readonly length: number;
  readonly name: CountryName;
}

/** What came just before a name and may qualify it ("China's", "Japanese"). */
interface Modifier {
  readonly entity: Entity;
  readonly start: number;
}

const ADJECTIVES = new Set(["Western", "Eastern", "Northern", "Southern", "Central"]);
const LOCATIVE = new Set(["in", "near", "to", "from", "at", "of", "across", "outside", "inside"]);
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "its", "their"]);
const ADJECTIVE = /(?:an|ian|ese|ish|ic|ern|i)$/u;
const DIGIT = /\p{N}/u;
const ORDINAL = /^\p{N}+(?:st|nd|rd|th)$/u;
const POSSESSIVE = /^['’]s\s$/u;
const ANAPHORS: ReadonlyMap<string, NodeType | "head"> = new Map([
  ...["event", "conference", "summit", "forum", "meeting", "talks"].map(
    (w) => [w, "event"] as const,
  ),
  ...["agreement", "deal", "pact", "accord", "treaty"].map((w) => [w, "agreement"] as const),
  ...["fund", "bank", "ministry", "agency", "council", "commission", "board", "alliance"].map(
    (w) => [w, "head"] as const,
  ),
]);

/** A title word, or its plural ("Ministers"). */
function isTitle(word: string): boolean {
  return TITLES.has(word) || (word.endsWith("s") && TITLE_HEADS.has(word.slice(0, -1)));
}

export function findEntities(seg: Segmented): FoundEntities {
  return new Finder(seg).run();
}

class Finder {
  readonly seg: Segmented;
  readonly tokens: readonly Token[];
  readonly reg = new Registry();
  readonly countries = new Map<number, CountryMatch>();
  /** Capitalised words seen other than first in a sentence: those are names. */
  readonly midSentence = new Set<string>();
  /** The last thing named, and where it ended (for "China's …"). */
  last: { entity: Entity; end: number } | null = null;
  /** End of the last word skipped as a place (for "in Depsang and Demchok"). */
  lastPlaceEnd = -1;

  constructor(seg: Segmented) {
    this.seg = seg;
    this.tokens = seg.tokens;
  }

  run(): FoundEntities {
    this.findCountries();
    for (const t of this.tokens) if (t.cap && !t.initial) this.midSentence.add(t.text);
    for (let i = 0; i < this.tokens.length;) {
      const end = this.runEnd(i);
      if (end > i) {
        this.unit(i, end);
        i = end;
      } else i++;
    }
    this.mergeInitials();
    this.pointBack();
    const mentions = [...this.reg.entities.values()]
      .flatMap((e) => e.mentions)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    return { registry: this.reg, mentions };
  }

  // ── words ───────────────────────────────────────────────────────────────────────────

  text(from: number, to: number): string {
    const a = this.tokens[from];
    const b = this.tokens[to - 1];
    return a && b ? this.seg.text.slice(a.start, b.end) : "";
  }

  /** Whether tokens i and i + 1 are one space apart in one sentence. */
  adjacent(i: number): boolean {
    const a = this.tokens[i];
    const b = this.tokens[i + 1];
    if (!a || !b || a.sentence !== b.sentence) return false;
    const gap = this.seg.text.slice(a.end, b.start);
    return gap === " " || gap === "\u00a0";
  }

  connector(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && !t.cap && NAME_CONNECTORS.has(t.text);
  }

  coordinator(i: number): boolean {
    const t = this.tokens[i]?.text;
    return t === "and" || t === "or";
  }

  nameWord(i: number): boolean {
    const t = this.tokens[i];
    return (
      t !== undefined && (t.cap || (ORDINAL.test(t.text) && (this.tokens[i + 1]?.cap ?? false)))
    );
  }

  /** The end (exclusive) of the capitalised run from i, or i when none starts there. */
  runEnd(i: number): number {
    if (!this.nameWord(i)) return i;
    let end = i + 1;
    for (;;) {
      if (this.adjacent(end - 1) && this.nameWord(end)) {
        end++;
        continue;
      }
      // Up to two joining words between capitalised ones ("Bank of Kenya", "of the Petroleum").
      let k = end;
      while (k < end + 2 && this.adjacent(k - 1) && this.connector(k)) k++;
      if (k > end && this.adjacent(k - 1) && this.tokens[k]?.cap) {
        end = k + 1;
        continue;
      }
      return end;
    }
  }

  findCountries(): void {
    const names = countryNames();
    for (let i = 0; i < this.tokens.length; i++) {
      if (!this.tokens[i]?.cap) continue;
      for (let n = Math.min(LONGEST_COUNTRY_NAME, this.tokens.length - i); n >= 1; n--) {
        const last = this.tokens[i + n - 1];
        if (!last || last.sentence !== this.tokens[i]?.sentence) continue;
        const name = names.get(this.text(i, i + n).replace(/\s+/gu, " "));
        if (name) {
          this.countries.set(i, { length: n, name });
          i += n - 1;
          break;
        }
      }
    }
    // A capital after "in", "to"… is a place, not its government, unless the article also
    // names the country: "a meeting in Vienna" is not about Austria.
    const named = new Set<string>();
    for (const [i, m] of this.countries) {
      if (m.name.kind !== "capital" || !this.place(i, m)) named.add(m.name.country.name);
    }
    for (const [i, m] of [...this.countries]) {
      if (m.name.kind === "capital" && this.place(i, m) && !named.has(m.name.country.name))
        this.countries.delete(i);
    }
  }

  /** A capital standing alone after "in", "to"… ("in Vienna", not "at the Vienna Forum"). */
  place(i: number, m: CountryMatch): boolean {
    const end = i + m.length;
    return this.locative(i) && !(this.adjacent(end - 1) && this.tokens[end]?.cap);
  }

  /** Whether token i follows a place preposition ("in", "in the", "to"). */
  locative(i: number): boolean {
    let k = i - 1;
    if (DETERMINERS.has(this.tokens[k]?.text ?? "")) k--;
    const t = this.tokens[k];
    return t !== undefined && t.sentence === this.tokens[i]?.sentence && LOCATIVE.has(t.text);
  }

  // ── one capitalised run ─────────────────────────────────────────────────────────────

  unit(from: number, to: number): void {
    let i = from;
    let j = to;
    // Sentence openers go ("The", "According"); "Central" stays in "Central Bank of Kenya".
    const opener = (k: number) => {
      const w = this.tokens[k]?.text ?? "";
      return NOT_NAMES.has(w) && !this.countries.has(k) && !(ADJECTIVES.has(w) && j - k > 1);
    };
    while (i < j && (opener(i) || this.connector(i))) i++;
    while (j > i && this.connector(j - 1)) j--;
    if (i >= j) return;
    const before = this.last;
    const gap = before ? this.seg.text.slice(before.end, this.tokens[i]?.start ?? 0) : "";
    const modifier =
      before &&
      POSSESSIVE.test(gap) &&
      (before.entity.type === "country" || before.entity.type === "organisation")
        ? { entity: before.entity, start: before.entity.mentions.at(-1)?.start ?? 0 }
        : null;
    this.classify(i, j, modifier);
  }

  classify(i: number, j: number, modifier: Modifier | null): void {
    if (i >= j) return;
    const country = this.countries.get(i);
    if (country && country.length === j - i) {
      const e = this.country(i, country);
      this.afterCountry(i, j, e, country);
      return;
    }
    const known = this.reg.lookup(this.text(i, j));
    if (known && known.type !== "country") {
      this.named(known, i, j);
      return;
    }
    // A name that ends in a word saying what it is ("Defense Ministry", "Conference on …").
    for (let h = i; h < j; h++) {
      const type = NAME_HEADS.get(this.tokens[h]?.text ?? "");
      if (!type) continue;
      // "Russia and the European Union": a country or a known name before "and" stands alone.
      for (let c = i + 1; c < h; c++) {
        if (!this.coordinator(c)) continue;
        const left = this.countries.get(i);
        if ((left && left.length === c - i) || this.reg.lookup(this.text(i, c))) {
          this.classify(i, c, modifier);
          this.classify(this.connector(c + 1) ? c + 2 : c + 1, j, null);
          return;
        }
      }
      const end = h + 1 === j || this.connector(h + 1) ? j : h + 1;
      if (end - i === 1 && !DETERMINERS.has(this.tokens[i - 1]?.text ?? "")) return;
      this.headed(type, i, end);
      this.classify(end, j, null);
      return;
    }
    if (PLACE_HEADS.has(this.tokens[j - 1]?.text ?? "")) return;
    // Two names joined by "and" ("Foreign Minister Yoko Kamikawa and … Gilberto Teodoro").
    for (let c = i + 1; c < j - 1; c++) {
      if (!this.coordinator(c)) continue;
      // "Vice Minister for Planning and Development" is a title, not two names.
      for (let k = i; k < c; k++)
        if (TITLE_HEADS.has(this.tokens[k]?.text ?? "") && this.connector(k + 1)) return;
      this.classify(i, c, modifier);
      this.classify(this.connector(c + 1) ? c + 2 : c + 1, j, null);
      return;
    }
    if (country) {
      const e = this.country(i, country);
      this.classify(i + country.length, j, { entity: e, start: this.tokens[i]?.start ?? 0 });
      return;
    }
    if (this.titled(i, j, modifier)) return;
    // No head, no title: the run is names joined by "and", "of"… ("Nigeria and Angola").
    let p = i;
    for (let k = i; k <= j; k++) {
      if (k === j || (this.connector(k) && !NAME_PARTICLES.has(this.tokens[k]?.text ?? ""))) {
        this.piece(p, k, modifier);
        p = k + 1;
      }
    }
  }

  country(i: number, match: CountryMatch): Entity {
    const c = match.name.country;
    const e = this.reg.entity("country", c.name, 0.9, "gazetteer", `country:${c.name}`);
    const words = this.text(i, i + match.length);
    if (words !== c.name) e.aliases.add(words);
    this.named(e, i, i + match.length);
    return e;
  }

  /** After a country: "a Venezuelan delegation", "Iranian deputy defense chief", "US officials". */
  afterCountry(i: number, j: number, country: Entity, match: CountryMatch): void {
    const demonym = match.name.kind === "demonym";
    const possessive = POSSESSIVE.test(
      this.seg.text.slice(this.tokens[j - 1]?.end ?? 0, (this.tokens[j - 1]?.end ?? 0) + 3),
    );
    if (!demonym && !possessive) {
      if (ROLES.has(this.tokens[j]?.text ?? "") && this.adjacent(j - 1))
        this.role(i, j + 1, country);
      return;
    }
    let k = j;
    const joined = (n: number) =>
      n === j && possessive
        ? this.tokens[n]?.sentence === this.tokens[j - 1]?.sentence
        : this.adjacent(n - 1);
    while (k < j + 4 && joined(k) && this.lowerWord(k)) {
      const w = this.tokens[k]?.text ?? "";
      if (demonym && COLLECTIVES.has(w) && k <= j + 2) {
        const org = this.reg.entity("organisation", this.text(i, k + 1), 0.5, "demonym + body");
        this.named(org, i, k + 1);
        this.relation(org, country, "belongs_to", "belongs to", i, k + 1, 0.7, "demonym");
        return;
      }
      if (ROLES.has(w) && !this.tokens[k + 1]?.cap) {
        this.role(i, k + 1, country);
        return;
      }
      k++;
    }
  }

  /** An official named by role only, from the country's mention to the role's last word. */
  role(i: number, end: number, of: Entity): void {
    const label = this.text(i, end);
    const person = this.reg.entity("person", label, 0.5, "role");
    this.named(person, i, end);
    this.relation(person, of, "official_of", "official of", i, end, 0.7, "role");
  }

  lowerWord(k: number): boolean {
    const t = this.tokens[k];
    return (
      t !== undefined &&
      !t.cap &&
      !DIGIT.test(t.text) &&
      !NAME_CONNECTORS.has(t.text) &&
      !SPEECH_VERBS.has(t.text)
    );
  }

  headed(type: NodeType, i: number, end: number): void {
    const start = i; // an ordinal stays in the name: "11th Moscow Conference …"
    const e = this.reg.entity(
      type,
      this.text(start, end),
      0.7,
      `name ending in "${this.tokens[end - 1]?.text}"`,
    );
    this.named(e, start, end);
    this.acronymAfter(e, end);
    // Names inside the name: "Central Bank of Kenya", "Moscow Conference…", "IMF Executive Board".
    for (let k = start; k < end; k++) {
      const c = this.countries.get(k);
      const inner = c
        ? this.country(k, c)
        : this.tokens[k]?.acronym
          ? this.reg.lookup(this.tokens[k]?.text ?? "")
          : undefined;
      if (!inner || inner === e) continue;
      if (!c) this.named(inner, k, k + 1);
      const [relation, label] =
        type === "event"
          ? ["held_in", "held in"]
          : inner.type === "country"
            ? ["belongs_to", "belongs to"]
            : ["part_of", "part of"];
      this.relation(e, inner, relation, label, start, end, 0.6, "name within a name");
      if (c) k += c.length - 1;
    }
    this.last = { entity: e, end: this.tokens[end - 1]?.end ?? 0 };
  }

  /** "President Vladimir Putin", "Energy Minister Prince Abdulaziz bin Salman", "Defense Minister". */
  titled(i: number, j: number, modifier: Modifier | null): boolean {
    let t = -1;
    for (let k = i; k < j; k++) if (TITLE_HEADS.has(this.tokens[k]?.text ?? "")) t = k;
    if (t < 0 || (!TITLES.has(this.tokens[i]?.text ?? "") && t === i && false)) return false;
    if (t < 0) return false;
    const title = this.text(i, t + 1);
    if (t + 1 === j) {
      if (modifier) {
        // "Kristalina Georgieva, the IMF's Managing Director": the title is the person's.
        const person = this.personBefore(modifier.start);
        if (person)
          this.relation(
            person,
            modifier.entity,
            "official_of",
            `${title} of`,
            this.tokenAt(modifier.start),
            j,
            0.7,
            "title",
          );
        else {
          const label = this.seg.text.slice(modifier.start, this.tokens[t]?.end ?? 0);
          const role = this.reg.entity("person", label, 0.5, "role");
          this.reg.mention(role, this.span(this.tokenAt(modifier.start), j, true));
          this.relation(
            role,
            modifier.entity,
            "official_of",
            `${title} of`,
            this.tokenAt(modifier.start),
            j,
            0.7,
            "title",
          );
          this.last = { entity: role, end: this.tokens[j - 1]?.end ?? 0 };
        }
        return true;
      }
      // "The President revealed": the person last named with that title.
      if (j - i === 1) {
        const person = [...this.reg.entities.values()].reverse().find((e) => e.titles.has(title));
        if (person) this.reg.mention(person, this.span(i, j, false));
      }
      return true;
    }
    for (let k = t + 1; k < j; k++) {
      const w = this.tokens[k];
      if (!w || DIGIT.test(w.text) || (!w.cap && !NAME_PARTICLES.has(w.text))) return true;
    }
    const person = this.person(t + 1, j, 0.8, `title "${title}"`);
    person.titles.add(this.tokens[t]?.text ?? title);
    if (modifier)
      this.relation(
        person,
        modifier.entity,
        "official_of",
        `${title} of`,
        this.tokenAt(modifier.start),
        j,
        0.8,
        "title",
      );
    return true;
  }

  piece(p: number, q: number, modifier: Modifier | null): void {
    if (p >= q) return;
    for (let k = p; k < q; k++) {
      const c = this.countries.get(k);
      if (c && k + c.length <= q) {
        this.piece(p, k, modifier);
        const e = this.country(k, c);
        this.afterCountry(k, k + c.length, e, c);
        this.piece(k + c.length, q, null);
        return;
      }
    }
    const words = this.text(p, q);
    const known = this.reg.lookup(words);
    if (known) {
      this.named(known, p, q);
      return;
    }
    if (this.commonHead(p, q)) return;
    if (q - p === 1) {
      this.single(p);
      return;
    }
    const tokens = this.tokens.slice(p, q);
    if (tokens.some((t) => DIGIT.test(t.text)) || q - p > 5) return;
    if (tokens.every((t) => t.acronym || isTitle(t.text))) return; // "Foreign Ministers"
    if (tokens.some((t) => t.acronym)) {
      // "RIA Novosti": an acronym in a name makes it an organisation's, not a person's.
      const org = this.reg.entity("organisation", this.text(p, q), 0.4, "name with an acronym");
      this.named(org, p, q);
      return;
    }
    const e = this.person(
      p,
      q,
      this.spokenOf(q) || this.typedAs(p) === "person" ? 0.7 : 0.5,
      "capitalised name",
    );
    this.acronymAfter(e, q);
  }

  /** A name followed by a lower-case head: "Army-2023 defense industry forum", "BRICS summit". */
  commonHead(p: number, q: number): boolean {
    let k = q;
    while (k < q + 3 && this.adjacent(k - 1) && this.lowerWord(k)) {
      const w = this.tokens[k]?.text ?? "";
      if (COMMON_PLACE_HEADS.has(w) || w === "corridor") return true;
      const type = COMMON_HEADS.get(w);
      if (type) {
        const e = this.reg.entity(type, this.text(p, k + 1), 0.6, `name + "${w}"`);
        this.named(e, p, k + 1);
        return true;
      }
      if (w.endsWith("ed") || w.endsWith("ing")) return false;
      k++;
    }
    return false;
  }

  single(p: number): void {
    const t = this.tokens[p];
    if (!t || NOT_NAMES.has(t.text) || isTitle(t.text) || (DIGIT.test(t.text) && !t.acronym))
      return;
    // A dateline ("TORONTO, April 22 (Xinhua) --") is a place.
    const after = this.seg.text.slice(t.end, t.end + 8);
    if (
      t.initial &&
      t.acronym &&
      /^,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/u.test(after)
    )
      return;
    if (
      this.locative(p) ||
      (this.lastPlaceEnd >= 0 &&
        /^(?: and |, | or )$/u.test(this.seg.text.slice(this.lastPlaceEnd, t.start)))
    ) {
      if (!t.acronym) {
        this.lastPlaceEnd = t.end;
        return;
      }
    }
    if (t.acronym) {
      const e = this.reg.entity(this.appositive(p + 1) ?? "organisation", t.text, 0.5, "acronym");
      this.named(e, p, p + 1);
      return;
    }
    if (t.initial && !this.midSentence.has(t.text)) return;
    const next = this.tokens[p + 1];
    if (ADJECTIVE.test(t.text) && next && !next.cap && this.adjacent(p)) return;
    const typed = this.typedAs(p) ?? this.appositive(p + 1);
    const e = this.reg.entity(
      typed ?? "organisation",
      t.text,
      typed ? 0.6 : 0.3,
      typed ? "typed by a noun beside it" : "capitalised word",
    );
    this.named(e, p, p + 1);
  }

  person(p: number, q: number, confidence: number, reason: string): Entity {
    const label = this.text(p, q);
    const e = this.reg.entity("person", label, confidence, reason);
    this.named(e, p, q);
    // "Fermin" alone later is Renier Urbaez Fermin.
    let last = q - 1;
    if (/^(?:Jr|Sr|II|III)$/u.test(this.tokens[last]?.text ?? "")) last--;
    const surname = this.tokens[last]?.text;
    if (surname && last > p) this.reg.alias(surname, e);
    return e;
  }

  /** The type a noun just before token p gives it ("exporter Rosoboronexport", "corporation] Rostec"). */
  typedAs(p: number): NodeType | undefined {
    const prev = this.tokens[p - 1];
    const t = this.tokens[p];
    if (!prev || !t || prev.sentence !== t.sentence || prev.cap) return undefined;
    if (!/^[\s\])]{1,3}$/u.test(this.seg.text.slice(prev.end, t.start))) return undefined;
    return TYPING_NOUNS.get(prev.text);
  }

  /** ", a trilateral security pact …" after a name types it. */
  appositive(k: number): NodeType | undefined {
    const prev = this.tokens[k - 1];
    const det = this.tokens[k];
    if (!prev || !det || det.sentence !== prev.sentence) return undefined;
    if (
      !/^,\s$/u.test(this.seg.text.slice(prev.end, det.start)) ||
      !["a", "an", "the"].includes(det.text)
    )
      return undefined;
    for (let n = k + 1; n < k + 6; n++) {
      const w = this.tokens[n];
      if (!w || w.sentence !== prev.sentence || w.cap) return undefined;
      const type = COMMON_HEADS.get(w.text) ?? TYPING_NOUNS.get(w.text);
      if (type) return type;
    }
    return undefined;
  }

  /** Whether a speech verb follows token q - 1 ("Kamikawa told"). */
  spokenOf(q: number): boolean {
    return SPEECH_VERBS.has(this.tokens[q]?.text ?? "");
  }

  /** "(MCIS)" or ", known as OPEC+" right after a name: an alias. */
  acronymAfter(e: Entity, end: number): void {
    const t = this.tokens[end];
    const prev = this.tokens[end - 1];
    if (!t || !prev || !t.acronym || t.sentence !== prev.sentence) return;
    if (this.seg.text.slice(prev.end, t.start) !== " (" || this.seg.text[t.end] !== ")") return;
    this.reg.alias(t.text, e);
  }

  // ── bookkeeping ─────────────────────────────────────────────────────────────────────

  span(i: number, j: number, named: boolean): Omit<Mention, "entity"> {
    const a = this.tokens[i];
    const b = this.tokens[j - 1];
    return {
      start: a?.start ?? 0,
      end: b?.end ?? 0,
      sentence: a?.sentence ?? 0,
      first: i,
      last: j - 1,
      named,
    };
  }

  named(e: Entity, i: number, j: number): void {
    this.reg.mention(e, this.span(i, j, true));
    this.last = { entity: e, end: this.tokens[j - 1]?.end ?? 0 };
    const words = this.text(i, j);
    if (words !== e.label) e.aliases.add(words);
  }

  tokenAt(start: number): number {
    let lo = 0;
    let hi = this.tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.tokens[mid]?.start ?? 0) < start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The person named just before ", the …" at `start`, if any. */
  personBefore(start: number): Entity | undefined {
    let k = this.tokenAt(start) - 1;
    if (this.tokens[k]?.text === "the") k--;
    const prev = this.tokens[k];
    if (!prev || !/^,\s(?:the\s)?$/u.test(this.seg.text.slice(prev.end, start))) return undefined;
    return [...this.reg.entities.values()].find(
      (e) => e.type === "person" && e.mentions.some((m) => m.end === prev.end),
    );
  }

  relation(
    from: Entity,
    to: Entity,
    relation: string,
    label: string,
    i: number,
    j: number,
    confidence: number,
    reason: string,
  ): void {
    const a = this.tokens[i];
    const b = this.tokens[j - 1];
    if (!a || !b) return;
    this.reg.relate({
      from: from.key,
      to: to.key,
      relation,
      label,
      sentence: a.sentence,
      span: { start: a.start, end: b.end },
      confidence,
      reason,
    });
  }

  /** An acronym made of a longer name's initials is that name ("EU", "IMF"). */
  mergeInitials(): void {
    const all = [...this.reg.entities.values()];
    for (const short of all) {
      if (!/^\p{Lu}{2,6}$/u.test(short.label)) continue;
      const long = all.find(
        (e) =>
          e !== short &&
          e.type !== "person" &&
          e.type !== "country" &&
          this.reg.entities.has(e.key) &&
          e.label
            .split(/\s+/u)
            .filter((w) => /^\p{Lu}/u.test(w))
            .map((w) => w[0])
            .join("") === short.label,
      );
      if (long) this.reg.merge(short, long);
    }
  }

  /** "the deal", "this conference", "the fund": the latest such entity in the last 3 sentences. */
  pointBack(): void {
    const mentions = [...this.reg.entities.values()]
      .flatMap((e) => e.mentions)
      .sort((a, b) => a.start - b.start);
    for (let k = 1; k < this.tokens.length; k++) {
      const t = this.tokens[k];
      const det = this.tokens[k - 1];
      if (!t || !det || !["the", "this", "that", "The", "This"].includes(det.text)) continue;
      const kind = ANAPHORS.get(t.text);
      if (!kind || this.tokens[k + 1]?.cap) continue;
      let found: Entity | undefined;
      for (let m = lastAtOrBefore(mentions, det.start); m >= 0; m--) {
        const x = mentions[m];
        if (!x || x.start >= det.start) continue;
        if (x.sentence < t.sentence - 3) break;
        const e = this.reg.entities.get(x.entity);
        if (e && (kind === "head" ? e.head === t.text : e.type === kind)) {
          found = e;
          break;
        }
      }
      if (found) {
        found.mentions.push({
          entity: found.key,
          start: det.start,
          end: t.end,
          sentence: t.sentence,
          first: k - 1,
          last: k,
          named: false,
        });
      }
    }
  }
}
