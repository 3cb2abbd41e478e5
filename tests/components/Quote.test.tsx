import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Quote } from "../../src/components/Quote.tsx";
import type { Evidence, Source } from "../../src/domain/schema.ts";

afterEach(cleanup);

const PARAGRAPH =
  "In a long opening sentence that runs well past thirty-two code points, Alpha met Beta in Gamma City on a sunny day, and the talks went on well into the night.";
const SOURCE: Source = { id: "s", title: "S", text: `Title\n${PARAGRAPH}\nNext paragraph.` };

/** Evidence for `exact` in SOURCE, with the pipeline's 32-code-point prefix and suffix. */
function evidenceFor(exact: string): Evidence {
  const start = SOURCE.text.indexOf(exact); // ASCII: UTF-16 index = code-point offset
  const end = start + exact.length;
  return {
    source: "s",
    exact,
    prefix: SOURCE.text.slice(Math.max(0, start - 32), start),
    suffix: SOURCE.text.slice(end, end + 32),
    start,
    end,
  };
}

function renderQuote(evidence: Evidence) {
  render(
    <Quote
      evidence={evidence}
      source={SOURCE}
      speakerLabel={undefined}
      showSource={false}
      onShowInArticle={() => {}}
    />,
  );
  return screen.getByRole("blockquote");
}

describe("Quote", () => {
  it("shows cut context with '…', and expands to the whole paragraph, read out once asked", () => {
    const quote = renderQuote(evidenceFor("Alpha met Beta"));
    expect(quote.textContent).toMatch(/^….*Alpha met Beta.*…$/);
    const more = screen.getByRole("button", { name: "Whole paragraph" });
    expect(more.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(more);
    expect(quote.textContent).toBe(PARAGRAPH);
    expect(quote.querySelectorAll('[aria-hidden="true"]')).toHaveLength(0);
    const less = screen.getByRole("button", { name: "Less context" });
    expect(less.getAttribute("aria-expanded")).toBe("true");
    fireEvent.click(less);
    expect(quote.textContent).toMatch(/^…/);
  });

  it("offers nothing to expand when the context is already the whole paragraph", () => {
    renderQuote(evidenceFor("Next paragraph"));
    expect(screen.queryByRole("button", { name: "Whole paragraph" })).toBeNull();
  });
});
