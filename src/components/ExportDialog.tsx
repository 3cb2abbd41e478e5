import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import type { ImageExportOptions, ImageFormat } from "../cytoscape/imageExport/index.ts";
import type { Visible } from "../domain/filters.ts";
import type { GraphIndex } from "../domain/graphIndex.ts";
import { hasQuotes } from "../domain/schema.ts";
import { exportFileName } from "../domain/export/fileName.ts";
import { sourceLine } from "../domain/export/sourceLine.ts";
import { useCanvasHandle } from "./CanvasHandle.tsx";
import { DATA_FORMATS, type DataFormat } from "./dataFormats.ts";
import { DialogShell } from "./DialogShell.tsx";
import { saveFile, sizeText } from "./saveFile.ts";
import { useTheme } from "./useTheme.ts";
import "./ExportDialog.css";

/** An export that takes longer than this shows its progress. */
const PROGRESS_AFTER_MS = 300;

const IMAGE_FORMATS: readonly { value: ImageFormat; name: string }[] = [
  { value: "png", name: "PNG" },
  { value: "jpg", name: "JPG" },
  { value: "svg", name: "SVG" },
];
const SCALES = [1, 2, 4] as const;
const BACKGROUNDS = [
  { value: "transparent", name: "Transparent" },
  { value: "white", name: "White" },
  { value: "theme", name: "As on screen" },
] as const;

type Status =
  | { kind: "idle" }
  | { kind: "working"; what: string; shown: boolean }
  | { kind: "done"; lines: readonly string[] }
  | { kind: "failed"; message: string };

/**
 * Export: the picture (PNG, JPG, SVG) with an optional title, legend and source line, and the
 * data (graph document, Cytoscape.js JSON, GEXF, GraphML, CSV). A modal <dialog>, loaded the
 * first time it opens; each writer loads when it is used.
 */
export default function ExportDialog({
  graph,
  visible,
  onClose,
}: {
  graph: GraphIndex;
  /** What the filters show, or null when nothing is filtered. */
  visible: Visible | null;
  onClose: () => void;
}) {
  const handleRef = useCanvasHandle();
  const { theme } = useTheme();
  const { doc } = graph;
  const quoted = hasQuotes(doc);
  const credit = sourceLine(doc);
  const ids = useId();

  const [format, setFormat] = useState<ImageFormat>("png");
  const [extent, setExtent] = useState<ImageExportOptions["extent"]>("full");
  const [scale, setScale] = useState<ImageExportOptions["scale"]>(2);
  const [background, setBackground] = useState<ImageExportOptions["background"]>("theme");
  const [withTitle, setWithTitle] = useState(true);
  const [title, setTitle] = useState(doc.title);
  const [withLegend, setWithLegend] = useState(true);
  const [withSource, setWithSource] = useState(credit !== null);
  const [onlyShown, setOnlyShown] = useState(visible !== null);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const busy = status.kind === "working";
  // The controls are disabled while an export runs, which drops focus to the page: once they
  // are enabled again, focus goes back to the control that started it.
  const refocus = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (busy || !refocus.current) return;
    if (refocus.current.isConnected) refocus.current.focus();
    refocus.current = null;
  }, [busy]);

  /** Runs one export, showing progress only when it takes more than a moment. */
  async function run(what: string, work: () => Promise<readonly string[]>) {
    const focused = document.activeElement;
    if (focused instanceof HTMLElement) refocus.current = focused;
    setStatus({ kind: "working", what, shown: false });
    const timer = setTimeout(
      () => setStatus((s) => (s.kind === "working" ? { ...s, shown: true } : s)),
      PROGRESS_AFTER_MS,
    );
    try {
      setStatus({ kind: "done", lines: await work() });
    } catch (e) {
      setStatus({ kind: "failed", message: (e as Error).message });
    } finally {
      clearTimeout(timer);
    }
  }

  function exportImage(event: FormEvent) {
    event.preventDefault();
    const canvas = handleRef.current;
    if (!canvas) {
      setStatus({ kind: "failed", message: "The graph is not drawn yet; try again in a moment." });
      return;
    }
    const options: ImageExportOptions = {
      format,
      extent,
      scale,
      // JPG has no transparency: offer what it will get.
      background: format === "jpg" && background === "transparent" ? "white" : background,
      title: withTitle && title.trim() !== "" ? title.trim() : null,
      legend: withLegend,
      sourceLine: withSource ? credit : null,
      theme,
    };
    void run(`Exporting ${format.toUpperCase()}…`, async () => {
      const result = await canvas.exportImage(options, (stage) =>
        setStatus({
          kind: "working",
          what: stage === "drawing" ? "Drawing the image…" : "Encoding the file…",
          shown: true,
        }),
      );
      const name = exportFileName(
        doc.id,
        new Date(),
        format,
        extent === "view" ? "view" : visible ? "filtered" : null,
      );
      saveFile(result.blob, name);
      return [
        `Saved ${name}: ${result.width} × ${result.height} px, ${sizeText(result.blob.size)}.`,
        ...result.notes,
      ];
    });
  }

  function exportData(dataFormat: DataFormat) {
    const scope = onlyShown ? visible : null;
    void run(`Writing ${dataFormat.name}…`, async () => {
      const files = await dataFormat.write(doc, scope);
      const at = new Date();
      const lines: string[] = [];
      for (const file of files) {
        const qualifier = [scope ? "filtered" : null, file.qualifier].filter(Boolean).join("-");
        const name = exportFileName(doc.id, at, file.extension, qualifier || null);
        const blob = new Blob([file.content], { type: file.type });
        saveFile(blob, name);
        lines.push(`Saved ${name} (${sizeText(blob.size)}).`);
      }
      return lines;
    });
  }

  return (
    <DialogShell title="Export" className="export-dialog" onClose={onClose}>
      <form className="export-image" onSubmit={exportImage}>
        <fieldset disabled={busy}>
          <legend>Image</legend>
          <Choice
            label="Format"
            name={`${ids}-format`}
            value={format}
            onChange={setFormat}
            options={IMAGE_FORMATS}
          />
          <Choice
            label="Area"
            name={`${ids}-extent`}
            value={extent}
            onChange={setExtent}
            options={[
              { value: "full", name: "The whole graph" },
              { value: "view", name: "What is on screen" },
            ]}
          />
          <Choice
            label="Scale"
            name={`${ids}-scale`}
            value={scale}
            onChange={setScale}
            options={SCALES.map((s) => ({ value: s, name: `${s}×` }))}
          />
          <Choice
            label="Background"
            name={`${ids}-background`}
            value={format === "jpg" && background === "transparent" ? "white" : background}
            onChange={setBackground}
            options={BACKGROUNDS.map((b) => ({
              ...b,
              disabled: format === "jpg" && b.value === "transparent",
            }))}
          />
          {format === "jpg" && <p className="hint">JPG has no transparency.</p>}
          <div className="export-extras">
            <label>
              <input
                type="checkbox"
                checked={withTitle}
                onChange={(e) => setWithTitle(e.target.checked)}
              />
              Title
            </label>
            <input
              type="text"
              aria-label="Title text"
              value={title}
              disabled={!withTitle}
              onChange={(e) => setTitle(e.target.value)}
            />
            <label>
              <input
                type="checkbox"
                checked={withLegend}
                onChange={(e) => setWithLegend(e.target.checked)}
              />
              Legend
            </label>
            <label>
              <input
                type="checkbox"
                checked={withSource}
                disabled={credit === null}
                onChange={(e) => setWithSource(e.target.checked)}
              />
              Source line
            </label>
            <p className="hint export-credit">{credit ?? "This graph has no source to credit."}</p>
          </div>
          <button type="submit" className="btn-primary">
            Export image
          </button>
        </fieldset>
      </form>
      <fieldset className="export-data" disabled={busy}>
        <legend>Data</legend>
        <Choice
          label="Include"
          name={`${ids}-scope`}
          value={onlyShown ? "shown" : "all"}
          onChange={(v) => setOnlyShown(v === "shown")}
          options={[
            { value: "all", name: "The whole graph" },
            {
              value: "shown",
              name: visible
                ? `What the filters show (${visible.nodes.size} entities, ${visible.edges.size} relations)`
                : "What the filters show (nothing is filtered)",
              disabled: visible === null,
            },
          ]}
        />
        <ul className="export-formats">
          {DATA_FORMATS.filter((f) => quoted || !f.needsQuotes).map((f) => (
            <li key={f.id}>
              <button type="button" className="btn-tint" onClick={() => exportData(f)}>
                {f.name}
              </button>{" "}
              <span className="hint">{f.purpose}</span>
            </li>
          ))}
        </ul>
        {!quoted && (
          <p className="hint">
            This graph has no quotes, so it cannot be saved as a Quotegraph graph document or a
            table of quotes.
          </p>
        )}
      </fieldset>
      <ExportStatus status={status} />
    </DialogShell>
  );
}

function ExportStatus({ status }: { status: Status }) {
  return (
    <>
      <div role="status" className="export-status">
        {status.kind === "working" && status.shown && <p>{status.what}</p>}
        {status.kind === "done" && status.lines.map((line, i) => <p key={i}>{line}</p>)}
      </div>
      <div role="alert" className="export-failure">
        {status.kind === "failed" && <p>{status.message}</p>}
      </div>
    </>
  );
}

/** A row of radio buttons in its own fieldset, named by `label`. */
function Choice<T extends string | number>({
  label,
  name,
  value,
  onChange,
  options,
}: {
  label: string;
  name: string;
  value: T;
  onChange: (value: T) => void;
  options: readonly { value: T; name: string; disabled?: boolean }[];
}) {
  return (
    <fieldset className="choice">
      <legend>{label}</legend>
      {options.map((o) => (
        <label key={o.value}>
          <input
            type="radio"
            name={name}
            checked={value === o.value}
            disabled={o.disabled ?? false}
            onChange={() => onChange(o.value)}
          />
          {o.name}
        </label>
      ))}
    </fieldset>
  );
}
