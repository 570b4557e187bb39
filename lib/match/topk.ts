// The k best items by score without sorting them all (a size-k min-heap): candidate selection must
// not cost more as packs grow.

/** Indices from `items` with the k highest `score[i]`, best first. */
export function topK(items: readonly number[], score: ArrayLike<number>, k: number): number[] {
  if (k <= 0) return [];
  if (items.length <= k) return [...items].sort((a, b) => score[b]! - score[a]!);
  const heap: number[] = [];
  const less = (a: number, b: number) => score[a]! < score[b]!;
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (const it of items) {
    if (heap.length < k) {
      heap.push(it);
      for (let i = heap.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if (!less(heap[i]!, heap[p]!)) break;
        [heap[i], heap[p]] = [heap[p]!, heap[i]!];
        i = p;
      }
    } else if (score[it]! > score[heap[0]!]!) {
      heap[0] = it;
      down(0);
    }
  }
  return heap.sort((a, b) => score[b]! - score[a]!);
}
