import type { NodeType } from "../../domain/vocabulary.ts";
import type { Span } from "./sentences.ts";

/** Where the text names an entity. `named` is false for "the deal", "he", "the President". */
export interface Mention extends Span {
  readonly entity: string;
  readonly sentence: number;
  /** Token indices of its first and last word. */
  readonly first: number;
  readonly last: number;
  readonly named: boolean;
}

export interface Entity {
  readonly key: string;
  readonly type: NodeType;
  label: string;
  readonly aliases: Set<string>;
  confidence: number;
  reason: string;
  /** Lower-case last word of its name ("fund" for the International Monetary Fund). */
  readonly head: string;
  /** Titles a person was named with ("President"), for "the President" later. */
  readonly titles: Set<string>;
  readonly mentions: Mention[];
}

/** A relation read from how a name is written ("Japanese Foreign Minister Yoko Kamikawa"). */
export interface PatternRelation {
  readonly from: string;
  readonly to: string;
  readonly relation: string;
  readonly label: string;
  readonly sentence: number;
  readonly span: Span;
  readonly confidence: number;
  readonly reason: string;
}

/**
 * The entities found so far, by key, and the names that lead to them. A name is looked up
 * exactly (case and all): "Fermin" leads to Renier Urbaez Fermin once he has been named.
 */
export class Registry {
  readonly entities = new Map<string, Entity>();
  readonly #byName = new Map<string, string>();
  readonly relations: PatternRelation[] = [];

  lookup(name: string): Entity | undefined {
    const key = this.#byName.get(name);
    return key === undefined ? undefined : this.entities.get(key);
  }

  /** Makes `name` lead to `entity` unless it already leads elsewhere. */
  alias(name: string, entity: Entity): void {
    if (!this.#byName.has(name)) this.#byName.set(name, entity.key);
    if (name !== entity.label) entity.aliases.add(name);
  }

  /** The entity called `label` (found by any of its names), or a new one. */
  entity(
    type: NodeType,
    label: string,
    confidence: number,
    reason: string,
    key = label.toLowerCase(),
  ): Entity {
    const known = this.lookup(label) ?? this.entities.get(key);
    if (known) {
      if (confidence > known.confidence) {
        known.confidence = confidence;
        known.reason = reason;
      }
      return known;
    }
    const words = label.split(/\s+/);
    const made: Entity = {
      key,
      type,
      label,
      aliases: new Set(),
      confidence,
      reason,
      head: (words[words.length - 1] ?? "").toLowerCase(),
      titles: new Set(),
      mentions: [],
    };
    this.entities.set(key, made);
    this.#byName.set(label, key);
    return made;
  }

  mention(entity: Entity, m: Omit<Mention, "entity">): Mention {
    const made = { ...m, entity: entity.key };
    entity.mentions.push(made);
    return made;
  }

  relate(r: PatternRelation): void {
    if (r.from !== r.to) this.relations.push(r);
  }

  /** Moves everything of `from` into `into` ("EU" into "European Union"). */
  merge(from: Entity, into: Entity): void {
    if (from === into) return;
    for (const m of from.mentions) into.mentions.push({ ...m, entity: into.key });
    into.aliases.add(from.label);
    for (const a of from.aliases) into.aliases.add(a);
    for (const [name, key] of this.#byName) if (key === from.key) this.#byName.set(name, into.key);
    this.entities.delete(from.key);
    const moved = this.relations.map((r) => ({
      ...r,
      from: r.from === from.key ? into.key : r.from,
      to: r.to === from.key ? into.key : r.to,
    }));
    this.relations.length = 0;
    for (const r of moved) this.relate(r);
  }
}
