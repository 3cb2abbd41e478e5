// New graph in jsdom: paste → Draft → proposals with Accept/Reject toggles and the defaults →
// bulk actions → Create graph opens the built graph in the store; an empty text, nothing
// accepted, and a web page's scripts are each said plainly.
import { readFileSync } from "node:fs";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { visibleText } from "../../src/components/articleFile.ts";
import NewGraphDialog from "../../src/components/NewGraphDialog.tsx";
import { StoreProvider } from "../../src/components/StoreContext.tsx";
import type { GraphModel } from "../../src/domain/schema.ts";
import { storeWithArticle } from "./articleGraph.ts";
import { standInForDialogMethods } from "./dialogStandIn.ts";

standInForDialogMethods();
afterEach(cleanup);

const ARTICLE = readFileSync("tests/fixtures/curation/news-paragraph.txt", "utf8");

/** Stands in for the worker layout: a row of positions. */
const inARow = (graph: GraphModel) =>
  Promise.resolve({
    ...graph,
    nodes: graph.nodes.map((n, i) => ({ ...n, position: { x: i * 100, y: 0 } })),
  });

function renderDialog() {
  const { store } = storeWithArticle();
  const onClose = vi.fn();
  render(
    <StoreProvider store={store}>
      <NewGraphDialog onClose={onClose} layOut={inARow} />
    </StoreProvider>,
  );
  return { store, onClose, user: userEvent.setup() };
}

/** Pastes the article (fireEvent: typing 500 characters one by one is slow and adds nothing). */
function paste(text: string) {
  fireEvent.change(screen.getByRole("textbox", { name: "Article text" }), {
    target: { value: text },
  });
}

const items = () =>
  within(screen.getByRole("region", { name: "Proposals" })).getAllByRole("listitem");
const itemFor = (words: RegExp) => items().find((li) => words.test(li.textContent ?? ""))!;
const pressed = (li: HTMLElement, name: "Accept" | "Reject") =>
  within(li).getByRole("button", { name }).getAttribute("aria-pressed");

describe("New graph", () => {
  it("drafts a pasted article, lists the proposals with the defaults, and creates the graph", async () => {
    const { store, onClose, user } = renderDialog();
    paste(ARTICLE);
    await user.type(screen.getByRole("textbox", { name: "Publisher" }), "Wire");
    await user.click(screen.getByRole("button", { name: "Draft" }));
    await screen.findByRole("region", { name: "Proposals" });

    // The same words quoted again are said once, with how often.
    expect(itemFor(/^Country\s*Australia/).querySelectorAll("blockquote")).toHaveLength(1);
    expect(itemFor(/^Country\s*Australia/).textContent).toContain("Australia (3 times)");
    const japan = itemFor(/^Country\s*Japan/);
    expect(within(japan).getAllByText("Japanese").length).toBeGreaterThan(0);
    expect(pressed(japan, "Accept")).toBe("true");
    const guess = itemFor(/China — mentioned with → South Korea/);
    expect(pressed(guess, "Reject")).toBe("true");
    expect(guess.textContent).toContain("co-occurrence");
    const official = itemFor(/Fumio Kishida — Prime Minister of → Japan/);
    expect(pressed(official, "Accept")).toBe("true");

    // Accept all, then reject the guesses again in bulk.
    await user.click(screen.getByRole("button", { name: "Accept all" }));
    expect(pressed(itemFor(/China — mentioned with → South Korea/), "Accept")).toBe("true");
    await user.click(screen.getByRole("button", { name: "Reject co-occurrence" }));
    expect(pressed(itemFor(/China — mentioned with → South Korea/), "Reject")).toBe("true");

    // Rejecting an entity rejects its relations.
    await user.click(
      within(itemFor(/^Person\s*Fumio Kishida/)).getByRole("button", { name: "Reject" }),
    );
    expect(pressed(itemFor(/Fumio Kishida — Prime Minister of → Japan/), "Reject")).toBe("true");

    await user.click(screen.getByRole("button", { name: "Create graph" }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    await waitFor(() => {
      const load = store.getState().load;
      expect(load.status === "ready" && load.graph.doc.title).toBe(
        "Japan and Australia sign defence pact",
      );
    });
    const load = store.getState().load;
    if (load.status !== "ready") throw new Error("not ready");
    expect(load.origin).toEqual({ kind: "file", name: "New graph from pasted text" });
    const doc = load.graph.doc;
    expect(doc.sources[0]).toMatchObject({ text: ARTICLE, publisher: "Wire" });
    expect(doc.nodes.map((n) => n.label)).not.toContain("Fumio Kishida");
    expect(doc.nodes.every((n) => n.position !== undefined)).toBe(true);
  });

  it("says an empty text is not drafted, and that nothing accepted makes no graph", async () => {
    const { store, onClose, user } = renderDialog();
    const before = store.getState().load;
    await user.click(screen.getByRole("button", { name: "Draft" }));
    expect(screen.getByRole("alert").textContent).toContain("The article text is empty");
    paste(ARTICLE);
    await user.click(screen.getByRole("button", { name: "Draft" }));
    await screen.findByRole("region", { name: "Proposals" });
    await user.click(screen.getByRole("button", { name: "Reject all" }));
    await user.click(screen.getByRole("button", { name: "Create graph" }));
    expect(screen.getByRole("alert").textContent).toContain("Nothing is accepted");
    expect(onClose).not.toHaveBeenCalled();
    expect(store.getState().load).toBe(before);
  });

  it("reads a web page file as its visible text, and says what it left out", async () => {
    const { user } = renderDialog();
    const page =
      "<html><head><title>Talks</title><style>p{}</style></head><body><script>window.pwned=1</script>" +
      "<p>Russia and <b>Venezuela</b> met.</p><p>Putin&nbsp;spoke.</p></body></html>";
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(input, new File([page], "talks.html", { type: "text/html" }));
    await waitFor(() =>
      expect(screen.getByRole("textbox", { name: "Article text" })).toHaveProperty(
        "value",
        "Russia and Venezuela met.\n\nPutin\u00a0spoke.",
      ),
    );
    expect(screen.getByRole("textbox", { name: "Title" })).toHaveProperty("value", "Talks");
    expect(document.body.textContent).toContain("1 script and 1 style sheet");
    expect((window as { pwned?: unknown }).pwned).toBeUndefined();
  });

  it("refuses a binary file, saying so", async () => {
    const { user } = renderDialog();
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(input, new File([new Uint8Array([0x89, 0x50, 0, 1])], "photo.txt"));
    expect((await screen.findByRole("alert")).textContent).toContain(
      "“photo.txt” is binary, not text",
    );
  });
});

describe("a web page's visible text", () => {
  const cases: { name: string; html: string; text: string; dropped?: string }[] = [
    {
      name: "paragraphs and line breaks",
      html: "<p>One<br>two</p><div>Three</div>",
      text: "One\ntwo\n\nThree",
    },
    {
      name: "HTML whitespace collapses, a no-break space stays",
      html: "<p>  a \n\t b&nbsp; c </p>",
      text: "a b\u00a0 c",
    },
    {
      name: "scripts, styles and hidden parts dropped",
      html: "<script>x()</script><style>p{}</style><p hidden>secret</p><p>Seen</p>",
      text: "Seen",
      dropped: "1 script and 1 style sheet",
    },
    {
      name: "handlers and inline styles never reach the parser as such",
      html: '<p onclick="x()" style="color:red">Hi</p><img src="x" onerror="y()"><script src="a.js"></script>',
      text: "Hi",
      dropped: "1 script",
    },
    {
      name: "markup shown as text stays text",
      html: "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
      text: "<script>alert(1)</script>",
    },
  ];
  it.each(cases)("$name", ({ html, text, dropped }) => {
    const got = visibleText(html);
    expect(got.text).toBe(text);
    expect(got.dropped).toBe(dropped);
  });
});
