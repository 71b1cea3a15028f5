/**
 * A sorted text file (WordNet's index and data files), searched by binary search over byte positions and read in
 * blocks kept as they are read: every search's first steps read the same few places of the file, and its last steps
 * all fall within one or two blocks, so a search that read the file 40 times or more now reads it a few times at most.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { LRUCache } from 'lru-cache';

/** Bytes in a block, and blocks kept per file (a megabyte at most, kept only as the file is read). */
const BLOCK = 2048;
const KEPT_BLOCKS = 512;
const NEWLINE = 10;

export class SortedFile {
  private readonly fd: number;
  private readonly size: number;
  private readonly blocks = new LRUCache<number, Buffer>({ max: KEPT_BLOCKS });
  constructor(file: string, size: number) {
    this.fd = openSync(file, 'r');
    this.size = size;
  }

  /** The block that holds byte `at`: the file's bytes from `at` rounded down to a block, to the block's end. */
  private blockOf(at: number): { from: number; bytes: Buffer } {
    const n = Math.floor(at / BLOCK);
    let bytes = this.blocks.get(n);
    if (!bytes) {
      // Not zero-filled first: the read fills it whole (a block never reaches past the file's end).
      bytes = Buffer.allocUnsafe(Math.min(BLOCK, this.size - n * BLOCK));
      readSync(this.fd, bytes, 0, bytes.length, n * BLOCK);
      this.blocks.set(n, bytes);
    }
    return { from: n * BLOCK, bytes };
  }

  /** The text from `at` to the end of its line. */
  lineAt(at: number): string {
    let text = '';
    for (let from = at; from < this.size;) {
      const block = this.blockOf(from);
      const end = block.bytes.indexOf(NEWLINE, from - block.from);
      text += block.bytes.toString('latin1', from - block.from, end < 0 ? block.bytes.length : end);
      if (end >= 0) break;
      from = block.from + block.bytes.length;
    }
    return text;
  }

  /** Where the first line starting at or after `at` starts. */
  private nextLine(at: number): number {
    if (at === 0) return 0;
    for (let from = at - 1; from < this.size;) {
      const block = this.blockOf(from);
      const end = block.bytes.indexOf(NEWLINE, from - block.from);
      if (end >= 0) return block.from + end + 1;
      from = block.from + block.bytes.length;
    }
    return this.size;
  }

  /** The line whose first field is `key`, if any. */
  find(key: string): string | undefined {
    const at = this.firstFrom(key);
    const line = at < this.size ? this.lineAt(at) : '';
    return line.slice(0, line.indexOf(' ')) === key ? line : undefined;
  }

  /** The lines whose first field starts with `prefix`, in order (they sort together). */
  startingWith(prefix: string): string[] {
    const lines: string[] = [];
    for (let at = this.firstFrom(prefix); at < this.size;) {
      const line = this.lineAt(at);
      if (!line.startsWith(prefix)) break;
      lines.push(line);
      at += line.length + 1;
    }
    return lines;
  }

  /** Where the first line whose first field sorts at or after `key` starts (lines sort by it, byte by byte). */
  private firstFrom(key: string): number {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      const start = this.nextLine(mid);
      if (start >= hi) {
        hi = mid;
        continue;
      }
      const line = this.lineAt(start);
      if (line.slice(0, line.indexOf(' ')) < key) lo = start + line.length + 1;
      else hi = mid;
    }
    return this.nextLine(lo);
  }

  close() {
    closeSync(this.fd);
  }
}
