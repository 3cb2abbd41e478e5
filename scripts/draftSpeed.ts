import { draftArticle } from "../bench/draftArticle.ts";
import { draftAnnotation } from "../src/pipeline/draft/draft.ts";

/**
 * `npx tsx scripts/draftSpeed.ts`: how long the drafter takes on a 1,500-word article (the
 * shipped article and the test texts, joined, cut at 1,500 words): the first call (which
 * builds the gazetteer's index) and the median of 20 more. A measurement, not a test.
 */
const { text: article, words } = draftArticle();
const time = () => {
  const t0 = performance.now();
  const d = draftAnnotation(article, { file: "speed.txt" });
  return { ms: performance.now() - t0, d };
};
const first = time();
const runs = Array.from({ length: 20 }, () => time().ms).sort((a, b) => a - b);
console.log(
  `${words} words, ${first.d.annotation.nodes.length} nodes, ${first.d.annotation.edges.length} edges: first ${first.ms.toFixed(1)} ms, median of 20 ${runs[10]?.toFixed(1)} ms, slowest ${runs[19]?.toFixed(1)} ms`,
);
