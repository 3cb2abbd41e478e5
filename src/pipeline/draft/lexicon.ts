import type { NodeType } from "../../domain/vocabulary.ts";

/**
 * The drafter's word lists. Each is a guess at English news style, kept short and general:
 * they were written from the shipped article, two tuning texts and two real news texts tried
 * by hand, and are measured on held-out texts (tests/fixtures/draft/).
 */

const words = (s: string): ReadonlySet<string> => new Set(s.split(" "));

const typed = (type: NodeType, s: string) => s.split(" ").map((w) => [w, type] as const);

/** The last word of a capitalised name that says what it names ("Defense Ministry"). */
export const NAME_HEADS: ReadonlyMap<string, NodeType> = new Map([
  ...typed(
    "organisation",
    "Nations Ministry Agency Council Commission Corporation Corp Company Bank Fund Organization Organisation Union Board Court Parliament Assembly Congress Senate Committee Authority Institute Foundation Association Party Army Navy Forces Guard Group Office Department Service Police Federation League Alliance Coalition Secretariat Treasury Centre Center University Bureau Cabinet Government Inc Ltd Network Times Post News Press Railways Airlines Exchange Reserve Tribunal",
  ),
  ...typed(
    "event",
    "Conference Summit Forum Talks Games Olympics Exercise Exercises Election Elections Meeting War Cup Festival Expo Dialogue Week Symposium",
  ),
  ...typed(
    "agreement",
    "Agreement Treaty Pact Accord Accords Deal Initiative Protocol Charter Strategy Plan Contract Memorandum Act Declaration Convention Partnership Framework",
  ),
]);

/** The same heads in lower case after a name ("Army-2023 defense industry forum"). */
export const COMMON_HEADS: ReadonlyMap<string, NodeType> = new Map([
  ...typed(
    "event",
    "forum summit conference talks exercises exercise drills games election elections",
  ),
  ...typed(
    "agreement",
    "agreement treaty pact accord deal initiative strategy plan contract memorandum",
  ),
  ...typed("organisation", "bloc alliance coalition"),
]);

/** Lower-case nouns that type the name right after them ("defense exporter Rosoboronexport"). */
export const TYPING_NOUNS: ReadonlyMap<string, NodeType> = new Map([
  ...typed(
    "organisation",
    "exporter corporation company agency firm bank group outlet broadcaster newspaper carrier manufacturer maker producer giant conglomerate alliance bloc party militia organisation organization network channel operator contractor lender insurer",
  ),
  ...typed(
    "person",
    "leader spokesperson spokesman spokeswoman envoy ambassador minister official",
  ),
  ...typed("agreement", "pact treaty agreement accord deal"),
  ...typed("event", "summit conference forum exercise"),
]);

/** A demonym + one of these is an organisation of that country ("a Venezuelan delegation"). */
export const COLLECTIVES = words(
  "delegation government military army navy ministry parliament embassy forces authorities cabinet coast",
);

/** Capitalised titles; the name after them is a person ("Foreign Minister Yoko Kamikawa"). */
export const TITLES = words(
  "President Minister Secretary Chancellor King Queen Prince Princess Sheikh Emir General Gen Admiral Ambassador Senator Sen Governor Mayor Chairman Chairwoman Chair Director Spokesperson Spokesman Commissioner Pope Premier Leader Chief Commander Colonel Col Lieutenant Lt Captain Capt Judge Justice Envoy Representative Rep Mr Mrs Ms Dr Prof Sir Lord Lady Crown Vice Deputy Prime Foreign Defense Defence Managing Executive Sultan Marshal",
);

/** The words of a title that are its head (a title without one is not a title). */
export const TITLE_HEADS = words(
  "President Minister Secretary Chancellor King Queen Prince Princess Sheikh Emir General Gen Admiral Ambassador Senator Sen Governor Mayor Chairman Chairwoman Chair Director Spokesperson Spokesman Commissioner Pope Premier Leader Chief Commander Colonel Col Lieutenant Lt Captain Capt Judge Justice Envoy Representative Rep Mr Mrs Ms Dr Prof Sir Lord Lady Sultan Marshal",
);

/** Lower-case roles that name an official without a name ("Iranian deputy defense chief"). */
export const ROLES = words(
  "minister president chief spokesperson spokesman spokeswoman envoy ambassador officials official leader commander diplomat diplomats negotiator negotiators premier secretary",
);

/** Last words of places, which are none of the node types ("South China Sea"). */
export const PLACE_HEADS = words(
  "Europe Asia Africa America Americas Oceania Antarctica Arctic East West Caucasus Balkans Sahel Sea Ocean Island Islands Valley Strait Gulf River Mountains Mountain Region Peninsula Corridor Coast Bay Lake Desert Province Street Square Airport Canal Basin Plateau Heights Strip",
);
export const COMMON_PLACE_HEADS = words("region area areas province city border coast sea");

/** Lower-case words that may join the words of one name. */
export const NAME_CONNECTORS = words("of for on and the de del da von der bin al van du la y");
/** Of those, the ones a person's name may contain ("Ursula von der Leyen"). */
export const NAME_PARTICLES = words("de del da von der bin al van du la");

/** Capitalised words that are not names (sentence openers, days, months, adjectives). */
export const NOT_NAMES = words(
  "The A An In On At By For From To Of With As And But Or If When While After Before During Since Until Although Though Because According Notably Meanwhile However Also Yet Still Then Thus This That These Those It Its He She They We You I Our Their His Her My There Here What Which Who Whom Whose Where Why How Today Tomorrow Yesterday Read More Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Western Eastern Northern Southern Central Mr Mrs Ms Dr Everything Nothing Something Some Many Most All Both Each Every Several Such No Not Analysts Officials Experts Critics Relations Sources Reporting Editing Writing Photo Video Update Breaking Related Advertisement Watch Listen Share Follow Subscribe",
);

/** Reported-speech verbs: the mention before (or after) one is its speaker. */
export const SPEECH_VERBS = words(
  "said says say told tells stressed stresses announced announces warned warns confirmed confirms revealed reveals added adds noted notes stated states insisted insists argued argues claimed claims explained explains declared declares urged urges wrote writes reported reports asserted asserts emphasised emphasized emphasises emphasizes underlined underlines acknowledged acknowledges denied denies suggested suggests predicted predicts pledged pledges vowed vows promised promises criticised criticized accused",
);

/** Words that make a reported claim hedged. */
export const HEDGES =
  /\b(?:may|might|could|possibly|perhaps|reportedly|allegedly|likely|not rule out|expected to|appears? to|seems? to)\b/i;

/** Negation: a stance cue after one of these is not trusted. */
export const NEGATIONS = /\b(?:not|no|never|without|refused|refuses|rejected the idea|n't)\b/i;

/** Cue words (stems) for a stance, matched at word starts in the words between two mentions. */
export const COOPERATION_CUES =
  /\b(?:talks?\b|dialogue|meet|met\b|meeting|sign|agree|cooperat|co-operat|partner|ally|allies|alliance|support|back(?:s|ed|ing)?\b|welcom|strengthen|ties\b|joint|together|aid\b|help|invest|pact|accord|broker|mediat|ratif|join|integrat|deepen|friendship|visit|host)/i;
export const OPPOSITION_CUES =
  /\b(?:oppos|against|attack|criticis|criticiz|condemn|accus|sanction|threat|war\b|clash|object|reject|ban\b|bans\b|banned|challeng|disput|protest|hostil|confront|rival|tension|standoff|blame|invad|invasion|strike|struck|fight|expel|retaliat|denounc|compet)/i;
