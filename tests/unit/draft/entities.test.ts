import { describe, expect, it } from "vitest";
import { findEntities } from "../../../src/pipeline/draft/entities.ts";
import { segment } from "../../../src/pipeline/draft/sentences.ts";
import { attributeSpeech } from "../../../src/pipeline/draft/speech.ts";

const entitiesOf = (text: string) =>
  [...findEntities(segment(text)).registry.entities.values()].map((e) => `${e.type}: ${e.label}`);

describe("findEntities", () => {
  it.each([
    [
      "Caracas said so, and Venezuelan officials agreed.",
      ["country: Venezuela", "person: Venezuelan officials"],
    ],
    ["The talks in Vienna ended.", []], // a capital as a place, its country never named
    ["Austria hosted talks in Vienna.", ["country: Austria"]],
    ["The deal angered the US.", ["country: United States"]],
    [
      "It met the Central Bank of Kenya.",
      ["organisation: Central Bank of Kenya", "country: Kenya"],
    ],
    [
      "Leaders met at the Moscow Conference on Security.",
      ["event: Moscow Conference on Security", "country: Russia"],
    ],
    [
      "It joined the Food and Agriculture Organization (FAO) on Monday.",
      ["organisation: Food and Agriculture Organization"],
    ],
    ["Russia and the European Union spoke.", ["country: Russia", "organisation: European Union"]],
    [
      "Officials signed the Reciprocal Access Agreement.",
      ["agreement: Reciprocal Access Agreement"],
    ],
    [
      "They met at the Army-2023 defense industry forum.",
      ["event: Army-2023 defense industry forum"],
    ],
    ["Both attend the BRICS summit.", ["event: BRICS summit"]],
    [
      "It rejected the so-called Indo-Pacific strategy in the Asia-Pacific region.",
      ["agreement: Indo-Pacific strategy"],
    ],
    ["Ships sailed the South China Sea.", []],
    ["Russia's President Vladimir Putin spoke.", ["country: Russia", "person: Vladimir Putin"]],
    [
      "Saudi Energy Minister Prince Abdulaziz bin Salman spoke.",
      ["country: Saudi Arabia", "person: Abdulaziz bin Salman"],
    ],
    [
      "European Commission President Ursula von der Leyen spoke.",
      ["organisation: European Commission", "person: Ursula von der Leyen"],
    ],
    [
      "Read more: China's Defense Minister to visit Belarus",
      ["country: China", "person: China's Defense Minister", "country: Belarus"],
    ],
    [
      "An Iranian deputy defense chief landed.",
      ["country: Iran", "person: Iranian deputy defense chief"],
    ],
    [
      "A Venezuelan delegation arrived.",
      ["country: Venezuela", "organisation: Venezuelan delegation"],
    ],
    ["It spoke with defense exporter Rosoboronexport today.", ["organisation: Rosoboronexport"]],
    ["AUKUS, a trilateral security pact, grew.", ["agreement: AUKUS"]],
    ["The NATO allies met.", ["organisation: NATO"]],
    ["The European Union (EU) met. The EU agreed.", ["organisation: European Union"]],
    ["Notably, nothing happened on Tuesday in August.", []],
  ])("%j", (text, expected) => {
    expect(entitiesOf(text)).toEqual(expected);
  });

  it("knows a person by their surname once named in full", () => {
    const found = findEntities(segment("Gilberto Teodoro arrived. Teodoro said the pact holds."));
    const teodoro = [...found.registry.entities.values()].find(
      (e) => e.label === "Gilberto Teodoro",
    );
    expect(teodoro?.mentions.map((m) => m.start)).toEqual([0, 26]);
  });

  it("points 'the deal' back at the latest agreement", () => {
    const text = "Japan signed the Reciprocal Access Agreement. Beijing criticised the deal.";
    const found = findEntities(segment(text));
    const pact = found.registry.lookup("Reciprocal Access Agreement");
    expect(pact?.mentions.map((m) => [text.slice(m.start, m.end), m.named])).toEqual([
      ["Reciprocal Access Agreement", true],
      ["the deal", false],
    ]);
  });

  it("reads titles and demonyms as relations", () => {
    const found = findEntities(segment("Japanese Foreign Minister Yoko Kamikawa spoke."));
    expect(found.registry.relations.map((r) => [r.from, r.relation, r.to, r.label])).toEqual([
      ["yoko kamikawa", "official_of", "country:Japan", "Foreign Minister of"],
    ]);
  });
});

describe("attributeSpeech", () => {
  const speakers = (text: string) => {
    const seg = segment(text);
    const { registry, mentions } = findEntities(seg);
    return attributeSpeech(seg, mentions, registry).map((s) => [
      s.speaker && registry.entities.get(s.speaker)?.label,
      s.addressee && registry.entities.get(s.addressee)?.label,
      s.hedged,
    ]);
  };

  it.each([
    ["Donald Tusk said Poland would wait.", [["Donald Tusk", null, false]]],
    ["Donald Tusk told Reuters that Poland may wait.", [["Donald Tusk", "Reuters", true]]],
    ['"We agree," said Kristalina Georgieva.', [["Kristalina Georgieva", null, false]]],
    ["According to the World Bank, prices fell.", [["World Bank", null, false]]],
    ["Angola later announced it would leave.", [["Angola", null, false]]],
    ["Prices fell on Monday.", [[null, null, false]]],
  ])("%j", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it("carries a speaker over a quotation of several sentences, and 'he' to the last person", () => {
    const text = 'Ana Ruiz arrived.\n"We met. We agreed. We left," he said.\n"It was good."';
    expect(speakers(text).map(([s]) => s)).toEqual([
      null,
      "Ana Ruiz",
      "Ana Ruiz",
      "Ana Ruiz",
      "Ana Ruiz",
    ]);
  });

  it("gives an unattributed quotation paragraph the previous sentence's speaker", () => {
    const text =
      'Russia\'s President Vladimir Putin spoke. The President revealed a plan.\n"We do not rule out more."';
    expect(speakers(text)).toEqual([
      [null, null, false],
      ["Vladimir Putin", null, false],
      ["Vladimir Putin", null, true],
    ]);
  });
});
