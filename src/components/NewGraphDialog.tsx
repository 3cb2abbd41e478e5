import { useId, useRef, useState } from "react";
import { formatProblem } from "../domain/problems.ts";
import type { DraftAnnotation } from "../pipeline/draft/draft.ts";
import { articleFromText } from "../pipeline/draft/articleText.ts";
import {
  decide,
  decideAll,
  defaultDecisions,
  isAccepted,
  proposalsOf,
  type BulkAction,
  type Decisions,
  type ReviewProposal,
} from "../pipeline/draft/review.ts";
import { NODE_TYPE_NAME } from "../encoding/words.ts";
import { ARTICLE_ACCEPT, readArticleFile } from "./articleFile.ts";
import { DialogShell } from "./DialogShell.tsx";
import type { LayOut } from "../store/openGraph.ts";
import { layOutOnDemand } from "./layOutOnDemand.ts";
import { useAppStoreApi } from "./StoreContext.tsx";
import "./NewGraphDialog.css";

/** The drafter and the pipeline's build: loaded when someone first drafts (its own chunk). */
const curation = () => import("../pipeline/draft/curate.ts");
/** The same open as a file's: checked again, laid out, shown, and kept in this browser. */
const openingFlow = () => import("../store/openGraph.ts");

interface Review {
  readonly draft: DraftAnnotation;
  /** The text drafted, kept as it is: the graph's source. */
  readonly text: string;
  readonly proposals: readonly ReviewProposal[];
  readonly decisions: Decisions;
}

type Trouble = { readonly title: string; readonly lines: readonly string[] } | null;

/**
 * New graph (docs/ARCHITECTURE.md, "Curation"): an article pasted or opened from a file,
 * drafted, its proposals accepted or rejected, and the accepted ones built into a graph that
 * opens like a file and is kept in this browser.
 */
export default function NewGraphDialog({
  onClose,
  layOut = layOutOnDemand,
}: {
  onClose: () => void;
  /** How the new graph gets its positions: the open-file path's worker layout, by default. */
  layOut?: LayOut;
}) {
  const store = useAppStoreApi();
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [fileNote, setFileNote] = useState("");
  const [title, setTitle] = useState("");
  const [publisher, setPublisher] = useState("");
  const [published, setPublished] = useState("");
  const [url, setUrl] = useState("");
  const [review, setReview] = useState<Review | null>(null);
  const [busy, setBusy] = useState<"" | "Reading the file…" | "Drafting…" | "Building…">("");
  const [trouble, setTrouble] = useState<Trouble>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const proposalsHeading = useRef<HTMLHeadingElement>(null);
  const ids = useId();

  const openFile = async (file: File) => {
    setBusy("Reading the file…");
    const read = await readArticleFile(file);
    setBusy("");
    if (!read.ok) {
      setTrouble({ title: "The file was not opened", lines: [read.message] });
      return;
    }
    setTrouble(null);
    setText(read.text);
    setFileName(file.name);
    setReview(null);
    if (read.title && title.trim() === "") setTitle(read.title);
    setFileNote(
      `Read “${file.name}”: ${read.text.length.toLocaleString("en")} characters` +
        (read.dropped ? `; left out, as never shown as text: ${read.dropped}.` : "."),
    );
  };

  const runDraft = async () => {
    const checked = articleFromText(text, fileName ? `“${fileName}”` : "The article text");
    if (!checked.ok) {
      setTrouble({ title: "Nothing was drafted", lines: [checked.message] });
      return;
    }
    setBusy("Drafting…");
    const module = await curation().catch((e: unknown) => e as Error);
    setBusy("");
    if (module instanceof Error) {
      setTrouble({ title: "The drafter could not be loaded", lines: [missing(module)] });
      return;
    }
    const draft = module.draftArticle(checked.text, title.trim() || undefined);
    const proposals = proposalsOf(draft);
    setTrouble(null);
    setReview({ draft, text: checked.text, proposals, decisions: defaultDecisions(proposals) });
    // The list is what comes next; the heading takes the focus so a screen reader hears it.
    requestAnimationFrame(() => proposalsHeading.current?.focus());
  };

  const create = async () => {
    if (!review) return;
    if (review.decisions.entities.size === 0) {
      setTrouble({
        title: "No graph was made",
        lines: ["Nothing is accepted: accept at least one entity."],
      });
      return;
    }
    setBusy("Building…");
    const [module, flow] = await Promise.all([curation(), openingFlow()]).catch(
      (e: unknown) => [e as Error, e as Error] as const,
    );
    setBusy("");
    if (module instanceof Error || flow instanceof Error) {
      setTrouble({ title: "No graph was made", lines: [missing(module as Error)] });
      return;
    }
    const built = module.buildReviewed(review.draft, review.text, review.decisions, {
      title,
      publisher,
      published,
      url,
    });
    if (!built.ok) {
      setTrouble({ title: "No graph was made", lines: built.problems.map(formatProblem) });
      return;
    }
    const json = JSON.stringify(built.value);
    const name = `New graph from ${fileName ? `“${fileName}”` : "pasted text"}`;
    const bytes = new TextEncoder().encode(json);
    onClose();
    await flow.openGraphFile(store, graphFile(name, bytes), layOut);
  };

  const setDecisions = (decisions: Decisions) => setReview((r) => (r ? { ...r, decisions } : r));

  return (
    <DialogShell title="New graph" className="new-graph-dialog" onClose={onClose}>
      <p className="new-graph-intro">
        Paste an article, or open a text, Markdown or web page file (at most 2 MB of text). It is
        drafted here, in this browser; nothing is sent anywhere. The text is the graph’s source,
        kept as it is: every quote shown will be its own words.
      </p>
      <div className="new-graph-source">
        <label className="new-graph-field new-graph-text">
          Article text
          <textarea
            value={text}
            rows={8}
            spellCheck={false}
            onChange={(e) => {
              setText(e.target.value);
              setFileName(null);
              setFileNote("");
              setReview(null);
            }}
          />
        </label>
        <div className="new-graph-file">
          <button type="button" className="btn-accent" onClick={() => fileInput.current?.click()}>
            Open a file…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept={ARTICLE_ACCEPT}
            hidden
            tabIndex={-1}
            aria-hidden="true"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = "";
              if (file) void openFile(file);
            }}
          />
          <span className="new-graph-note" role="status">
            {busy === "Reading the file…" ? busy : fileNote}
          </span>
        </div>
        <div className="new-graph-details">
          <label className="new-graph-field">
            Title
            <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
          </label>
          <label className="new-graph-field">
            Publisher
            <input type="text" value={publisher} onChange={(e) => setPublisher(e.target.value)} />
          </label>
          <label className="new-graph-field">
            Published
            <input type="date" value={published} onChange={(e) => setPublished(e.target.value)} />
          </label>
          <label className="new-graph-field">
            Address
            <input
              type="url"
              value={url}
              placeholder="https://"
              onChange={(e) => setUrl(e.target.value)}
            />
          </label>
        </div>
        <div className="new-graph-actions">
          <button
            type="button"
            className="btn-primary"
            disabled={busy !== ""}
            onClick={() => void runDraft()}
          >
            Draft
          </button>
          <span role="status">{busy === "Drafting…" || busy === "Building…" ? busy : ""}</span>
        </div>
      </div>
      {trouble && (
        <div className="new-graph-trouble" role="alert">
          <p className="new-graph-trouble-title">{trouble.title}</p>
          <ul>
            {trouble.lines.slice(0, 10).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          {trouble.lines.length > 10 && <p>and {trouble.lines.length - 10} more</p>}
        </div>
      )}
      {review && (
        <section className="new-graph-review" aria-labelledby={`${ids}-proposals`}>
          <h3 id={`${ids}-proposals`} ref={proposalsHeading} tabIndex={-1}>
            Proposals
          </h3>
          <p className="new-graph-note">
            Entities start accepted; relations found only because two names share a sentence
            (co-occurrence, about half of them wrong) start rejected; other relations start
            accepted. Rejecting an entity rejects its relations; accepting a relation accepts its
            entities. {counts(review)}
          </p>
          <div className="new-graph-bulk" role="group" aria-label="All proposals">
            {BULK.map(([action, label]) => (
              <button
                key={action}
                type="button"
                onClick={() => setDecisions(decideAll(review.proposals, review.decisions, action))}
              >
                {label}
              </button>
            ))}
          </div>
          <ul className="new-graph-proposals">
            {review.proposals.map((p) => (
              <ProposalItem
                key={`${p.kind}:${p.id}`}
                proposal={p}
                accepted={isAccepted(review.decisions, p)}
                onDecide={(accept) =>
                  setDecisions(decide(review.proposals, review.decisions, p, accept))
                }
              />
            ))}
          </ul>
          <div className="new-graph-actions">
            <button
              type="button"
              className="btn-primary"
              disabled={busy !== ""}
              onClick={() => void create()}
            >
              Create graph
            </button>
          </div>
        </section>
      )}
    </DialogShell>
  );
}

const BULK: readonly (readonly [BulkAction, string])[] = [
  ["accept-all", "Accept all"],
  ["reject-all", "Reject all"],
  ["reject-co-occurrence", "Reject co-occurrence"],
];

function counts({ proposals, decisions }: Review): string {
  const entities = proposals.filter((p) => p.kind === "entity").length;
  const relations = proposals.length - entities;
  return `Accepted: ${decisions.entities.size} of ${entities} entities, ${decisions.relations.size} of ${relations} relations.`;
}

function ProposalItem({
  proposal: p,
  accepted,
  onDecide,
}: {
  proposal: ReviewProposal;
  accepted: boolean;
  onDecide: (accept: boolean) => void;
}) {
  const name = p.kind === "entity" ? p.label : `${p.sourceLabel} ${p.label} ${p.targetLabel}`;
  return (
    <li className={`new-graph-proposal${accepted ? "" : " is-rejected"}`}>
      <div className="new-graph-proposal-head">
        {p.kind === "entity" ? (
          <p className="new-graph-proposal-what">
            <span className="new-graph-kind">{NODE_TYPE_NAME[p.type]}</span>{" "}
            <strong>{p.label}</strong>
            {p.aliases.length > 0 && (
              <span className="new-graph-aliases"> (also {p.aliases.join(", ")})</span>
            )}
          </p>
        ) : (
          <p className="new-graph-proposal-what">
            <span className="new-graph-kind">Relation</span> <strong>{p.sourceLabel}</strong> —{" "}
            {p.label} → <strong>{p.targetLabel}</strong>
            {p.stance && <span className="new-graph-aliases"> · {p.stance}</span>}
            {p.claimBy && (
              <span className="new-graph-aliases">
                {" "}
                · claim by {p.claimBy.label}
                {p.claimBy.hedged && ", hedged"}
              </span>
            )}
          </p>
        )}
        <div className="new-graph-decision" role="group" aria-label={`Decision on ${name}`}>
          <button type="button" aria-pressed={accepted} onClick={() => onDecide(true)}>
            Accept
          </button>
          <button type="button" aria-pressed={!accepted} onClick={() => onDecide(false)}>
            Reject
          </button>
        </div>
      </div>
      <p className="new-graph-why">
        Why: {p.reason || "proposed"} ({Math.round(p.confidence * 100)}% sure)
        {accepted ? "" : " · rejected"}
      </p>
      {timesEach(p.quotes).map(([q, times]) => (
        // The source's own words, always as text; the same words found again are said once.
        <blockquote key={q} className="new-graph-quote">
          {q}
          {times > 1 && <span className="new-graph-times"> ({times} times)</span>}
        </blockquote>
      ))}
    </li>
  );
}

/** Each distinct quote with how often it is quoted, in the order first quoted. */
function timesEach(quotes: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const q of quotes) counts.set(q, (counts.get(q) ?? 0) + 1);
  return [...counts];
}

function missing(error: Error): string {
  return `its code could not be fetched (${error.message}); check the connection and reload the page`;
}

/** The built document as the file an open reads. */
function graphFile(name: string, bytes: Uint8Array) {
  return {
    name,
    size: bytes.length,
    arrayBuffer: () => Promise.resolve(bytes.slice().buffer as ArrayBuffer),
  };
}
