// Console adapters as data: the zod schema every adapter that did not ship with the extension passes
// through (taught in the picker, imported from a file, delivered by a feed or a pack), and the export file.
import { z } from 'zod';
import { formatPath } from '../pack/schema';
import type { ConsoleAdapter } from './types';

export const ADAPTER_FILE_FORMAT = 'kbadapter/1';

const MAX_SELECTORS = 20;
const MAX_SELECTOR_CHARS = 300;

/** Selector text a browser could parse; checked for obvious breakage here, for real by the page (never throws there). */
const selector = z
  .string({ error: 'must be a CSS selector (text)' })
  .trim()
  .min(1, 'must not be empty')
  .max(MAX_SELECTOR_CHARS, `must be at most ${MAX_SELECTOR_CHARS} characters`)
  .refine((s) => balanced(s), 'has unbalanced brackets or quotes')
  .refine((s) => !/[{};]|<\/?script/i.test(s), 'must be a selector, not a style rule or markup');

// Error paths already name the field ("messageRow: needs at least one selector").
const selectors = () => z.array(selector, { error: 'must be a list of CSS selectors' }).max(MAX_SELECTORS, `at most ${MAX_SELECTORS} selectors`);
const required = () => selectors().min(1, 'needs at least one selector');

/** "im.example.com" or "*.example.com"; no scheme, path or port. */
const hostPattern = z
  .string({ error: 'must be a host name' })
  .trim()
  .toLowerCase()
  .regex(/^(\*\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, 'must be a host name like "im.example.com" or "*.example.com" (no https://, no path)')
  // "*.com" would claim every site: a wildcard needs a registrable name under it (two labels at least).
  .refine(
    (h) => !h.startsWith('*.') || (h.slice(2).split('.').length >= 2 && !/^(?:com|co|net|org|gov|edu|ac)\.[a-z]{2}$/.test(h.slice(2))),
    'a wildcard must cover one site, like "*.example.com", not a whole domain ending such as "*.com" or "*.co.uk"',
  );

const pathPrefix = z.string().trim().regex(/^\/[^\s?#]*$/, 'must be a path starting with "/" (no query or fragment)');

const text = z.string().trim().min(1).max(200);

export const adapterSchema = z.object({
  id: z
    .string({ error: 'required' })
    .trim()
    .regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, 'must be lowercase letters, digits, ".", "_" or "-" (e.g. "taught-chat-example-com")'),
  name: z.string({ error: 'required' }).trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters'),
  hosts: z.array(hostPattern, { error: 'must be a list of host names' }).min(1, 'needs at least one host').max(50),
  paths: z.array(pathPrefix).max(20).optional(),
  messageRow: required(),
  buyer: selectors(),
  notBuyer: selectors().optional(),
  seller: selectors().optional(),
  systemText: z.array(text).max(50).optional(),
  sender: selectors().optional(),
  messageText: selectors().optional(),
  input: required(),
  send: selectors().optional(),
  buyerName: selectors().optional(),
  order: selectors().optional(),
  product: selectors().optional(),
  conversationId: selectors().optional(),
});

// Both ways: the schema's output is exactly the shape the reader takes.
type Parsed = z.infer<typeof adapterSchema>;
const _sameShape: [Parsed extends ConsoleAdapter ? true : never, ConsoleAdapter extends Parsed ? true : never] = [true, true];
void _sameShape;

function balanced(s: string): boolean {
  const stack: string[] = [];
  let quote: string | null = null;
  for (let i = 0; i < s.length; i += 1) {
    const ch = s[i]!;
    if (ch === '\\') {
      i += 1;
      continue;
    }
    if (quote) {
      if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '(') stack.push(ch);
    else if (ch === ']' || ch === ')') {
      if (stack.pop() !== (ch === ']' ? '[' : '(')) return false;
    }
  }
  return !quote && stack.length === 0;
}

/** Fields the reader does not know (a newer exporter's) are dropped, so stored adapters stay the declared shape. */
export type AdapterParse = { ok: true; adapter: ConsoleAdapter } | { ok: false; error: string };

function describe(error: z.ZodError, label: string): string {
  const shown = error.issues.slice(0, 3).map((i) => `${i.path.length ? formatPath(i.path) : '(adapter)'}: ${i.message}`);
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
  return `${label} is not a valid console adapter: ${shown.join('; ')}${more}.`;
}

const labelOf = (value: unknown, fallback: string) => {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.trim() ? `Adapter "${id.trim().slice(0, 80)}"` : fallback;
};

export function parseAdapter(value: unknown, label?: string): AdapterParse {
  const r = adapterSchema.safeParse(value);
  if (!r.success) return { ok: false, error: describe(r.error, label ?? labelOf(value, 'The adapter')) };
  // Unknown fields are already stripped; empty optional lists go too, so a stored adapter reads like a written one.
  const adapter: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(r.data)) {
    if (v === undefined || (Array.isArray(v) && v.length === 0 && key !== 'buyer')) continue;
    adapter[key] = v;
  }
  return { ok: true, adapter: adapter as unknown as ConsoleAdapter };
}

/** A list of adapters from a feed, a pack or a file: the valid ones, and one plain error per invalid one. */
export function parseAdapterList(value: unknown, where = 'The list'): { adapters: ConsoleAdapter[]; errors: string[] } {
  if (value === undefined) return { adapters: [], errors: [] };
  if (!Array.isArray(value)) return { adapters: [], errors: [`${where}: "adapters" must be a list.`] };
  const adapters: ConsoleAdapter[] = [];
  const errors: string[] = [];
  const ids = new Set<string>();
  value.forEach((item, i) => {
    const r = parseAdapter(item, labelOf(item, `Adapter ${i + 1}`));
    if (!r.ok) errors.push(`${where}: ${r.error}`);
    else if (ids.has(r.adapter.id)) errors.push(`${where}: adapter "${r.adapter.id}" is listed twice; the first one is used.`);
    else {
      ids.add(r.adapter.id);
      adapters.push(r.adapter);
    }
  });
  return { adapters, errors };
}

/** The export file: `{ format: "kbadapter/1", adapters: [...] }`. */
export function adapterFile(adapters: readonly ConsoleAdapter[], exportedAt = new Date().toISOString()): string {
  return `${JSON.stringify({ format: ADAPTER_FILE_FORMAT, exportedAt, adapters }, null, 2)}\n`;
}

/** Read an export file, a bare adapter or a bare list. Never throws. */
export function parseAdapterFileText(text: string): { adapters: ConsoleAdapter[]; errors: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { adapters: [], errors: [`The file is not valid JSON: ${(e as Error).message}.`] };
  }
  if (Array.isArray(value)) return parseAdapterList(value, 'The file');
  if (value && typeof value === 'object' && 'adapters' in value) {
    const format = (value as { format?: unknown }).format;
    if (format !== undefined && format !== ADAPTER_FILE_FORMAT) return { adapters: [], errors: [`The file's format is "${String(format)}", expected "${ADAPTER_FILE_FORMAT}".`] };
    return parseAdapterList((value as { adapters: unknown }).adapters, 'The file');
  }
  const one = parseAdapter(value);
  return one.ok ? { adapters: [one.adapter], errors: [] } : { adapters: [], errors: [one.error] };
}
