import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGraphs } from "../../../src/build/buildGraphs.ts";
import { MAX_ARTICLE_BYTES, runDraft } from "../../../src/build/draft.ts";
import { buildGraphDocument } from "../../../src/pipeline/buildGraphDocument.ts";
import type { DraftAnnotation } from "../../../src/pipeline/draft/draft.ts";
import { UNREVIEWED_DRAFT } from "../../../src/pipeline/draftMarker.ts";
import { ARTICLE_FILE, articleText } from "../../fixtures/fixtures.ts";

function run(...argv: string[]) {
  let out = "";
  let err = "";
  const code = runDraft(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

let dir: string;
let article: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "quotegraph-draft-"));
  article = join(dir, ARTICLE_FILE);
  writeFileSync(article, articleText());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run draft", () => {
  it("writes the draft to stdout, titled by the first line, the whole file as its source", () => {
    const { code, out, err } = run(article);
    expect(code).toBe(0);
    const draft = JSON.parse(out) as DraftAnnotation;
    expect(draft.title).toBe("Venezuela launches talks with Russia for new weapons systems");
    expect(draft.sources).toEqual([
      { id: "venezuela-russia-weapons-talks", file: ARTICLE_FILE, title: draft.title },
    ]);
    expect(draft.nodes.length).toBeGreaterThan(10);
    expect(err).toContain(`data/sources/${ARTICLE_FILE}`);
  });

  it("writes to --out, with --title", () => {
    const target = join(dir, "draft.json");
    const { code, out } = run(article, "--out", target, "--title", "Arms talks");
    expect(code).toBe(0);
    expect(out).toBe("");
    const written = JSON.parse(readFileSync(target, "utf8")) as DraftAnnotation;
    expect(written.title).toBe("Arms talks");
    expect(written.sources[0]?.title).toBe(
      "Venezuela launches talks with Russia for new weapons systems",
    );
  });

  it.each([
    ["a missing file", () => join(dir, "missing.txt"), /"[^"]*missing\.txt" was not found/],
    ["an empty file", () => file("empty.txt", " \n\t\n"), /"[^"]*empty\.txt" is empty/],
    [
      "a binary file",
      () => file("image.txt", Buffer.from([0x89, 0x50, 0x00, 0x47])),
      /"[^"]*image\.txt" is binary/,
    ],
    [
      "a file not in UTF-8",
      () => file("latin1.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9])),
      /"[^"]*latin1\.txt" is not UTF-8/,
    ],
    [
      "a file over 2 MB",
      () => file("huge.txt", "a".repeat(MAX_ARTICLE_BYTES + 1)),
      /"[^"]*huge\.txt" is 2\.0 MB; an article is at most 2 MB/,
    ],
    ["a folder", () => dir, /is not a file/],
  ])("refuses %s, naming it", (_kind, make, message) => {
    const { code, out, err } = run(make());
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toMatch(message);
  });

  it.each([
    [[], /no article given/],
    [["a.txt", "b.txt"], /one article at a time/],
    [["a.txt", "--out"], /--out needs a value/],
    [["a.txt", "--colour"], /unknown option --colour/],
  ])("explains wrong arguments %j", (argv, message) => {
    const { code, err } = run(...argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).toContain("usage: npm run draft");
  });

  it("runs as a script, as npm run draft does (tsx), with the same output", () => {
    const script = join(import.meta.dirname, "../../../src/build/draft.ts");
    const child = spawnSync(process.execPath, ["--import", "tsx", script, article], {
      encoding: "utf8",
    });
    expect(child.status, child.stderr).toBe(0);
    expect(child.stdout).toBe(run(article).out);
    const missing = spawnSync(process.execPath, ["--import", "tsx", script, "nope.txt"], {
      encoding: "utf8",
    });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('draft: "nope.txt" was not found');
  }, 30_000);

  it("names the source file in the data/sources pattern whatever the article is called", () => {
    const odd = file("My Article (final).md", "Russia and Venezuela signed a pact.");
    const draft = JSON.parse(run(odd).out) as DraftAnnotation;
    expect(draft.sources[0]?.file).toBe("my-article-final.txt");
  });
});

describe("a drafted annotation in the pipeline", () => {
  const draft = () => JSON.parse(run(article).out) as DraftAnnotation;
  const texts = new Map([[ARTICLE_FILE, articleText()]]);

  it("is refused while it is marked as a draft", () => {
    const built = buildGraphDocument(draft(), texts);
    expect(built.ok ? [] : built.problems).toEqual([{ path: "draft", message: UNREVIEWED_DRAFT }]);
  });

  it("builds once reviewed (the marker deleted), every quote resolved", () => {
    const { draft: _marker, ...reviewed } = draft();
    const built = buildGraphDocument(reviewed, texts);
    expect(built.ok ? [] : built.problems).toEqual([]);
    expect(built.ok && built.value.edges.length).toBe(reviewed.edges.length);
  });

  it("stops npm run graphs, naming the file, while still a draft", () => {
    const data = join(dir, "data");
    mkdirSync(join(data, "annotations"), { recursive: true });
    mkdirSync(join(data, "sources"), { recursive: true });
    writeFileSync(join(data, "sources", ARTICLE_FILE), articleText());
    const d = draft();
    writeFileSync(join(data, "annotations", `${d.id}.json`), JSON.stringify(d));
    expect(buildGraphs(data).errors).toEqual([
      `data/annotations/${d.id}.json draft: ${UNREVIEWED_DRAFT}`,
    ]);
  });
});

function file(name: string, contents: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, contents);
  return path;
}
