import type { PiiKind } from './kinds';

/** One possible personal-data span found by a detector; overlaps are resolved later. */
export interface Candidate {
  kind: PiiKind;
  start: number;
  end: number;
  /** Specificity: breaks ties between equally long overlapping spans (cue-backed > checksum > shape). */
  score: number;
  /** The detector's file name, for the agent's preview ("phone-cn", "bank-card"…). */
  detector: string;
}

export interface DetectContext {
  /** Buyer nicknames known from the page. */
  names: readonly string[];
  /** Order numbers known from the page. */
  orders: readonly string[];
}

/** Detectors run on text folded to half-width ASCII and Simplified characters (same length, same offsets). */
export type Detector = (text: string, ctx: DetectContext) => Candidate[];

/** Every match of a global regex, with an optional capture group as the span. */
export function spans(re: RegExp, text: string, group = 0): { start: number; end: number; match: RegExpExecArray }[] {
  const out: { start: number; end: number; match: RegExpExecArray }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    const g = m[group];
    if (g === undefined) continue;
    // With the `d` flag the engine gives the group's offset; without it the group must be the match's tail.
    const start = m.indices?.[group]?.[0] ?? (group === 0 ? m.index : m.index + m[0].lastIndexOf(g));
    out.push({ start, end: start + g.length, match: m });
  }
  return out;
}
