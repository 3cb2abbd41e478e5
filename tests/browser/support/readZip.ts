import { inflateRawSync } from "node:zlib";

/**
 * The files in a zip archive, by name, read from its central directory with Node's own inflate:
 * a reader independent of the library that wrote it. Handles what a browser-made archive holds
 * (stored or deflated entries, no zip64, no encryption) and fails loudly on anything else.
 */
export function readZip(zip: Buffer): Map<string, Buffer> {
  const END = 0x06054b50;
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END) end--;
  if (end < 0) throw new Error("zip: no end of central directory");
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`zip: bad directory entry ${i}`);
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`zip: bad local header ${name}`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + compressed);
    const body = method === 0 ? raw : method === 8 ? inflateRawSync(raw) : null;
    if (!body) throw new Error(`zip: ${name} uses method ${method}`);
    if (body.length !== size) throw new Error(`zip: ${name} is ${body.length} bytes, not ${size}`);
    files.set(name, body);
    at += 46 + nameLength + extra + comment;
  }
  return files;
}
