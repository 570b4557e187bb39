import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/db/database';
import { applyPack } from '@/lib/db/packs';
import { Matcher } from '@/lib/match';
import { detectConversation } from '@/lib/emotion';
import { proposeReply } from '@/lib/panel/reply';
import { suggest } from '@/lib/panel/suggest';
import { addEntry, updateEntry } from '@/lib/studio/doc';
import { buildExport } from '@/lib/studio/export';
import { studioKnowledge } from '@/lib/studio/knowledge';
import { splitMessages, tryQuestion } from '@/lib/studio/try';
import { docWith, shopDoc, uidOf } from './helpers';

const values = { buyer: '小美', agent: '小王' };
const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

describe('try a question', () => {
  it('suggests a draft being written, with the reply filled and the score and why', () => {
    let doc = docWith([{ id: 'ship-time', title: '发货时间', questions: ['什么时候发货'], answer: '亲，48小时内发货' }]);
    const a = addEntry(doc, { id: 'invoice', title: '发票', questions: ['能开发票吗', '可以开专票吗'], answer: '{{buyer}}您好，可以开发票，{{agent}}帮您登记' });
    doc = a.doc;
    const r = tryQuestion(studioKnowledge(doc), '在吗\n能开发票吗', values);
    expect(r.question).toBe('能开发票吗');
    expect(r.previous).toEqual(['在吗']);
    expect(r.suggestions[0]).toMatchObject({ key: 'p/invoice', packId: 'p', stale: false });
    expect(r.suggestions[0]!.score).toBeGreaterThan(0.5);
    expect(r.suggestions[0]!.why.join(' ')).toMatch(/发票/);
    expect(r.replies[0]!.text).toContain('小美您好，可以开发票，小王帮您登记');
    // "published" scope: what agents would get — the draft is not there yet.
    expect(tryQuestion(studioKnowledge(doc, 'published'), '能开发票吗', values).suggestions).toEqual([]);
    doc = updateEntry(doc, a.uid, { status: 'published' });
    expect(tryQuestion(studioKnowledge(doc, 'published'), '能开发票吗', values).suggestions.map((s) => s.key)).toEqual(['p/invoice']);
  });

  it('reads the emotion and urgency over the conversation, composes with tone variants and scripts of the pack', () => {
    let doc = shopDoc();
    doc = updateEntry(doc, uidOf(doc, 'ship-track'), { tones: { angry: '非常抱歉让您久等了，我马上帮您催快递！' } });
    const text = '我的快递到哪了\n都一个星期了还不动，你们到底管不管！！';
    const r = tryQuestion(studioKnowledge(doc), text, values);
    expect(r.emotion?.main).toBe(detectConversation(splitMessages(text)).main);
    expect(['angry', 'anxious']).toContain(r.emotion?.main);
    expect(r.highlight?.emotions.length).toBeGreaterThan(0);
    const top = r.suggestions.findIndex((s) => s.entry.id === 'ship-track');
    expect(top).toBeGreaterThanOrEqual(0);
    // The very functions the panel calls, on the same inputs, give the same reply.
    const k = studioKnowledge(doc);
    const panel = proposeReply(r.suggestions[top]!, r.emotion, k.scripts, k.packs, values, 'zh-CN');
    expect(r.replies[top]!.text).toBe(panel.text);
  });

  it('gives exactly what the side panel gives once the export is installed in the extension', async () => {
    let doc = shopDoc();
    const a = addEntry(doc, { id: 'gift-wrap', title: '礼品包装', questions: ['能包装成礼物吗', '可以送礼盒吗'], answer: '可以免费礼品包装哦' });
    doc = updateEntry(a.doc, a.uid, { status: 'published' });
    const exported = buildExport(doc, Date.now());
    if (!exported.ok) throw new Error('export');

    const name = `studio-try-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    const db = new AppDB(name);
    await applyPack(db, exported.pack, 'file');
    // What useKnowledge loads in the panel:
    const row = await db.searchIndex.get('active');
    const panelMatcher = Matcher.fromIndex(row!.data as never);
    const rows = new Map((await db.entries.toArray()).map((e) => [e.key, e]));

    for (const q of ['能包装成礼物吗', '多久发货啊', '我想退货运费谁出', '尺码怎么选']) {
      const studio = tryQuestion(studioKnowledge(doc, 'published'), q, values).suggestions.map((s) => [s.key, s.score]);
      const panel = suggest(panelMatcher, rows, q, { top: 5 }).map((s) => [s.key, s.score]);
      expect(studio, q).toEqual(panel);
    }
    db.close();
  });

  it('nothing typed: nothing suggested', () => {
    expect(tryQuestion(studioKnowledge(shopDoc()), ' \n ', values)).toMatchObject({ question: '', suggestions: [], emotion: null });
  });
});
