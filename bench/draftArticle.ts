import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./paths.ts";

/**
 * A news article of about 1,500 words, the size issue 12 sets the drafter's time for: the
 * shipped article and the drafter's test texts, whole lines of them, joined until 1,500 words.
 */
export function draftArticle(): { text: string; words: number } {
  const texts = [
    readFileSync(join(REPO_ROOT, "data/sources/venezuela-russia-weapons-talks.txt"), "utf8"),
    ...readdirSync(join(REPO_ROOT, "tests/fixtures/draft/texts"))
      .sort()
      .map((f) => readFileSync(join(REPO_ROOT, "tests/fixtures/draft/texts", f), "utf8")),
  ];
  const count = (s: string) => s.split(/\s+/u).filter(Boolean).length;
  let text = "";
  let words = 0;
  // Each pass adds every line that still fits; texts repeat until the article is long enough.
  while (words < 1400) {
    const before = words;
    for (const t of texts) {
      for (const line of t.split("\n")) {
        const n = count(line);
        if (words + n > 1500) continue;
        text += `${line}\n`;
        words += n;
      }
    }
    if (words === before) break;
  }
  return { text, words };
}
