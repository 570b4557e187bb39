// Windowed lists: which rows of a long list of fixed-height rows to render for a scroll position.

/** Rows [start, end) that cover the view from `scrollTop` over `viewHeight` px, plus `overscan` each side. */
export function visibleRange(count: number, scrollTop: number, viewHeight: number, rowHeight: number, overscan = 0): { start: number; end: number } {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const top = Math.max(0, Number.isFinite(scrollTop) ? scrollTop : 0);
  const height = Math.max(rowHeight, Number.isFinite(viewHeight) ? viewHeight : 0);
  const first = Math.min(count - 1, Math.floor(top / rowHeight));
  const last = Math.ceil((top + height) / rowHeight);
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + overscan) };
}
