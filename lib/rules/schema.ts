// Platform messaging rules as data: what a reply must not contain on which console, in what words to say
// so, and which platform policy says it. Built-in rules ship in ./builtin.ts; a feed (or a pack) may add
// rules, replace a built-in one (same id) or switch it off (`enabled: false`).
import { z } from 'zod';
import { formatPath } from '../pack/schema';

const MAX_PATTERN_CHARS = 400;

/** Compiles as a JavaScript regular expression with the flags the checker uses. */
const pattern = z
  .string()
  .min(1)
  .max(MAX_PATTERN_CHARS, `must be at most ${MAX_PATTERN_CHARS} characters`)
  .refine((p) => {
    try {
      new RegExp(p, 'giu');
      return true;
    } catch {
      return false;
    }
  }, 'is not a valid regular expression');

export const ruleSchema = z
  .object({
    id: z.string().trim().regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, 'must be lowercase letters, digits, ".", "_" or "-"'),
    /**
     * Where the rule applies: console ids ("pinduoduo"), globs over ids ("*amazon*"), or groups from
     * ./builtin.ts ("@cn-marketplace", "@amazon", "@sea-marketplace"); "*" = every console.
     */
    consoles: z.array(z.string().trim().min(1).max(80)).min(1, 'needs at least one console').max(50),
    /** Regular expressions (case-insensitive, Unicode); each match is a violation. */
    patterns: z.array(pattern).max(30).optional(),
    /** Literal words or phrases (case-insensitive). */
    words: z.array(z.string().trim().min(1).max(80)).max(200).optional(),
    message: z.object({ zh: z.string().trim().min(1).max(300), en: z.string().trim().min(1).max(300) }),
    /** The platform policy the rule comes from, by its published name. */
    source: z.string().trim().min(1).max(300),
    enabled: z.boolean().optional(),
  })
  .refine((r) => r.enabled === false || (r.patterns?.length ?? 0) + (r.words?.length ?? 0) > 0, 'needs at least one pattern or word');

export type RuleSpec = z.infer<typeof ruleSchema>;

/** Valid rules, and one plain error per invalid rule (which is skipped, never half-applied). */
export function parseRuleList(value: unknown, where = 'The list'): { rules: RuleSpec[]; errors: string[] } {
  if (value === undefined) return { rules: [], errors: [] };
  if (!Array.isArray(value)) return { rules: [], errors: [`${where}: "rules" must be a list.`] };
  const rules: RuleSpec[] = [];
  const errors: string[] = [];
  value.forEach((item, i) => {
    const r = ruleSchema.safeParse(item);
    const id = typeof (item as { id?: unknown } | null)?.id === 'string' ? `"${(item as { id: string }).id.slice(0, 80)}"` : String(i + 1);
    if (r.success) rules.push(r.data);
    else {
      const shown = r.error.issues.slice(0, 3).map((x) => `${x.path.length ? formatPath(x.path) : '(rule)'}: ${x.message}`);
      errors.push(`${where}: rule ${id} is not valid: ${shown.join('; ')}.`);
    }
  });
  return { rules, errors };
}
