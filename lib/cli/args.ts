// A tiny argument parser shared by the kbpack commands (node:util.parseArgs throws and its messages
// are not written for team leads). Supports --name value, --name=value, -x value, booleans and "--".

export interface FlagSpec {
  type: 'string' | 'boolean';
  short?: string;
}
export type FlagSpecs = Record<string, FlagSpec>;
export type FlagValues<S extends FlagSpecs> = { [K in keyof S]?: S[K]['type'] extends 'boolean' ? boolean : string };
export type ParsedArgs<S extends FlagSpecs> = { ok: true; positionals: string[]; flags: FlagValues<S> } | { ok: false; error: string };

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}

/** A value may start with "-" only when it is a lone "-" or a negative number; "--out --key" is a mistake. */
const looksLikeValue = (s: string | undefined): s is string => s !== undefined && (!s.startsWith('-') || s === '-' || /^-\d/.test(s));

export function parseArgs<S extends FlagSpecs>(args: readonly string[], spec: S): ParsedArgs<S> {
  const flags: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  const byShort = new Map(Object.entries(spec).flatMap(([name, s]) => (s.short ? [[s.short, name] as const] : [])));
  const unknown = (written: string) => {
    const bare = written.replace(/^-+/, '');
    const close = Object.keys(spec).find((n) => distance(n, bare) <= 2);
    return { ok: false as const, error: `unknown option ${written}${close ? ` (did you mean --${close}?)` : ''}` };
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-' || /^-\d/.test(arg)) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const written = eq === -1 ? arg : arg.slice(0, eq);
    const name = written.startsWith('--') ? written.slice(2) : byShort.get(written.slice(1));
    const s = name === undefined ? undefined : spec[name];
    if (name === undefined || !s) return unknown(written);
    if (name in flags) return { ok: false, error: `${written} is given more than once` };
    if (s.type === 'boolean') {
      if (eq !== -1) return { ok: false, error: `${written} does not take a value` };
      flags[name] = true;
      continue;
    }
    if (eq !== -1) {
      flags[name] = arg.slice(eq + 1);
      continue;
    }
    const value = args[i + 1];
    if (!looksLikeValue(value)) return { ok: false, error: `${written} needs a value` };
    flags[name] = value;
    i++;
  }
  return { ok: true, positionals, flags: flags as FlagValues<S> };
}
