import { readFile } from "node:fs/promises";
import type { Download, Page } from "playwright-core";

export interface Downloaded {
  readonly name: string;
  readonly bytes: Buffer;
}

/** Does `action` (a click) and returns the file the page downloads because of it. */
export async function downloadFrom(page: Page, action: () => Promise<void>): Promise<Downloaded> {
  const [download] = await Promise.all([page.waitForEvent("download"), action()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

/** Every file the page downloads while `action` runs (a format that writes several). */
export async function downloadsFrom(
  page: Page,
  count: number,
  action: () => Promise<void>,
): Promise<Downloaded[]> {
  const files: Promise<Downloaded>[] = [];
  const done = new Promise<void>((resolve) => {
    const onDownload = (download: Download) => {
      files.push(
        download.path().then(async (path) => ({
          name: download.suggestedFilename(),
          bytes: await readFile(path),
        })),
      );
      if (files.length === count) {
        page.off("download", onDownload);
        resolve();
      }
    };
    page.on("download", onDownload);
  });
  await action();
  await done;
  return Promise.all(files);
}

/**
 * Opens a file through the app's "Open graph" button (or another button that opens a picker,
 * such as New graph's "Open a file…") and the browser's file chooser.
 */
export async function openThroughPicker(
  page: Page,
  file: { name: string; mimeType?: string; buffer: Buffer },
  button = "Open graph",
): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: button }).click(),
  ]);
  await chooser.setFiles({ mimeType: "application/json", ...file });
}

/** Drops files on the page the way a file manager would: dragenter, dragover, drop. */
export async function dropFiles(
  page: Page,
  files: readonly { name: string; mimeType?: string; text: string }[],
): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    (list) => {
      const dt = new DataTransfer();
      for (const { name, mimeType, text } of list)
        dt.items.add(new File([text], name, { type: mimeType }));
      return dt;
    },
    files.map((f) => ({ mimeType: "application/json", ...f })),
  );
  for (const type of ["dragenter", "dragover", "drop"]) {
    await page.dispatchEvent("main", type, { dataTransfer });
  }
}

/** Drops one file on the page. */
export function dropFile(
  page: Page,
  file: { name: string; mimeType?: string; text: string },
): Promise<void> {
  return dropFiles(page, [file]);
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = bytes.subarray(0, 8).toString("hex");
  if (signature !== "89504e470d0a1a0a") throw new Error("not a PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
