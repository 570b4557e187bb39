import { describe, expect, it } from 'vitest';
import { ADAPTER_FILE_FORMAT, adapterFile, parseAdapter, parseAdapterFileText, parseAdapterList } from '@/lib/console/adapter-schema';
import { consoleAdapters } from '@/lib/console/adapters';

const minimal = { id: 'taught-chat-example-com', name: 'Example', hosts: ['chat.example.com'], messageRow: ['[role="log"] > article'], buyer: ['[data-author="customer"]'], input: ['[role="textbox"]'] };

describe('adapter schema', () => {
  it('every built-in adapter is valid data (the same shape custom adapters take)', () => {
    for (const a of consoleAdapters) {
      const r = parseAdapter(a);
      expect(r.ok, a.id).toBe(true);
      if (r.ok) expect(r.adapter).toEqual(a);
    }
  });

  it('accepts a minimal adapter and drops unknown fields and empty optional lists', () => {
    const r = parseAdapter({ ...minimal, seller: [], addedBy: 'newer exporter', hosts: ['Chat.Example.com'] });
    expect(r).toEqual({ ok: true, adapter: { ...minimal, hosts: ['chat.example.com'] } });
  });

  it('refuses what the reader cannot use, saying where and why', () => {
    const cases: [unknown, RegExp][] = [
      [{ ...minimal, id: 'Has Spaces' }, /id: must be lowercase/],
      [{ ...minimal, hosts: ['https://chat.example.com/x'] }, /hosts\[0\].*host name/],
      [{ ...minimal, hosts: [] }, /hosts: needs at least one host/],
      [{ ...minimal, messageRow: [] }, /messageRow: needs at least one selector/],
      [{ ...minimal, input: undefined }, /input/],
      [{ ...minimal, buyer: ['div[data-x="1"'] }, /buyer\[0\].*unbalanced/],
      [{ ...minimal, buyer: ['div { color: red }'] }, /not a style rule/],
      [{ ...minimal, paths: ['chat'] }, /paths\[0\].*starting with "\/"/],
      [{ ...minimal, messageRow: 'li' }, /messageRow: must be a list/],
      ['nonsense', /adapter/],
    ];
    for (const [value, message] of cases) {
      const r = parseAdapter(value);
      expect(r.ok, JSON.stringify(value)).toBe(false);
      if (!r.ok) expect(r.error).toMatch(message);
    }
  });

  it('a wildcard host must name one site: "*.com" is refused, "*.example.com" is fine', () => {
    expect(parseAdapter({ ...minimal, hosts: ['*.com'] }).ok).toBe(false);
    expect(parseAdapter({ ...minimal, hosts: ['*.co.uk'] }).ok).toBe(false);
    expect(parseAdapter({ ...minimal, hosts: ['*.com.my'] }).ok).toBe(false);
    expect(parseAdapter({ ...minimal, hosts: ['*.example.com'] }).ok).toBe(true);
  });

  it('a list keeps the valid adapters and explains each invalid one; duplicates are refused', () => {
    const r = parseAdapterList([minimal, { ...minimal, id: 'bad', hosts: 'x' }, minimal], 'The feed index');
    expect(r.adapters.map((a) => a.id)).toEqual([minimal.id]);
    expect(r.errors).toHaveLength(2);
    expect(r.errors[0]).toMatch(/^The feed index: Adapter "bad" is not a valid console adapter: hosts/);
    expect(r.errors[1]).toMatch(/listed twice/);
    expect(parseAdapterList(undefined)).toEqual({ adapters: [], errors: [] });
    expect(parseAdapterList({}).errors[0]).toMatch(/must be a list/);
  });

  it('export file round trip; a bare adapter or list imports too; bad files say why', () => {
    const text = adapterFile([minimal as never]);
    expect(JSON.parse(text).format).toBe(ADAPTER_FILE_FORMAT);
    expect(parseAdapterFileText(text).adapters).toEqual([minimal]);
    expect(parseAdapterFileText(`\uFEFF${JSON.stringify(minimal)}`).adapters).toEqual([minimal]);
    expect(parseAdapterFileText(JSON.stringify([minimal])).adapters).toEqual([minimal]);
    expect(parseAdapterFileText('{"adapters": [').errors[0]).toMatch(/not valid JSON/);
    expect(parseAdapterFileText(JSON.stringify({ format: 'kbpack/1', adapters: [] })).errors[0]).toMatch(/expected "kbadapter\/1"/);
  });
});
