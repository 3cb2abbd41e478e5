/**
 * The name of an exported file: what the graph is, when it was exported (local time, to the
 * minute), and what part of it, e.g. `venezuela-russia-arms-talks-2026-11-29-0412-filtered.png`.
 * Names sort by time and survive every file system (ASCII letters, digits and hyphens only).
 */
export function exportFileName(
  graphId: string,
  at: Date,
  extension: string,
  qualifier: string | null = null,
): string {
  const two = (n: number) => String(n).padStart(2, "0");
  const stamp = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}-${two(at.getHours())}${two(at.getMinutes())}`;
  const parts = [safeSlug(graphId), stamp, ...(qualifier ? [safeSlug(qualifier)] : [])];
  return `${parts.filter((p) => p !== "").join("-")}.${extension}`;
}

/** Graph ids are slugs already; this also covers a name from another tool. */
function safeSlug(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}
