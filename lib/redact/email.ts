import { spans, type Candidate } from './types';

// Plain addresses (also with a Chinese full stop for a dot: "abc@163。com"), plus the "name (at) qq dot
// com" forms buyers use to dodge platform filters.
const plain = /(?<![\w.%+-])[\w.%+-]+@[A-Za-z0-9-]+(?:[.。][A-Za-z0-9-]+)*[.。][A-Za-z]{2,}(?![A-Za-z0-9])/g;
const dot = '(?:\\s*\\(dot\\)\\s*|\\s*\\[dot\\]\\s*|\\s+dot\\s+|\\.)';
const spelled = new RegExp(
  `(?<![\\w.])[\\w-]+(?:${dot}[\\w-]+)*\\s*(?:\\(at\\)|\\[at\\]|\\s+at\\s+)\\s*[A-Za-z0-9-]+(?:${dot}[A-Za-z0-9-]+)*?${dot}(?:com|net|org|cn|edu|io)\\b`,
  'gi',
);

export function detectEmail(text: string): Candidate[] {
  return [...spans(plain, text), ...spans(spelled, text)].map(({ start, end }) => ({
    kind: 'email',
    start,
    end,
    score: 90,
    detector: 'email',
  }));
}
