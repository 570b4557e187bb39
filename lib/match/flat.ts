// Flat typed-array lists for the stored index: IndexedDB copies a typed array as one block, where a
// nested number[][] costs a clone of every number (seconds at 50,000 entries).

/** A growable Uint32Array (amortised doubling), so building needs no array per entry. */
export class U32List {
  private buf: Uint32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.buf = new Uint32Array(Math.max(16, capacity));
  }

  push(v: number): void {
    if (this.length === this.buf.length) {
      const bigger = new Uint32Array(this.buf.length * 2);
      bigger.set(this.buf);
      this.buf = bigger;
    }
    this.buf[this.length++] = v;
  }

  get(i: number): number {
    return this.buf[i]!;
  }

  /** A right-sized copy (the spare capacity is not stored). */
  toArray(): Uint32Array {
    return this.buf.slice(0, this.length);
  }
}

/** Whether `v` is a typed array of that kind (by tag, so one from another realm or a clone counts). */
export function isTyped(v: unknown, tag: 'Uint32Array' | 'Uint16Array' | 'Float64Array'): boolean {
  return ArrayBuffer.isView(v) && Object.prototype.toString.call(v) === `[object ${tag}]`;
}

/** An offsets array for `count` lists over `items` items: count + 1 long, ending at the items' length. */
export function isOffsets(start: unknown, count: number, items: number): start is Uint32Array {
  return isTyped(start, 'Uint32Array') && (start as Uint32Array).length === count + 1 && (start as Uint32Array)[count] === items;
}
