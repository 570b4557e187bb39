import { describe, expect, it } from 'vitest';
import { applyEdit, nextStatus, statusOf } from '@/lib/studio/status';
import type { StudioEntry } from '@/lib/studio/types';

const published: StudioEntry = { id: 'a', title: 'T', questions: ['q'], answer: 'A', owner: 'x', status: 'published', uid: 'u1' };

describe('review status', () => {
  it('reads the status field; entries of a published pack without one are published', () => {
    expect(statusOf({ status: 'review' })).toBe('review');
    expect(statusOf({})).toBe('published');
    expect(statusOf({ status: 'bogus' }, 'draft')).toBe('draft');
  });

  it('moves draft → review → published and stays published', () => {
    expect(nextStatus('draft')).toBe('review');
    expect(nextStatus('review')).toBe('published');
    expect(nextStatus('published')).toBe('published');
  });

  it('a content change sends a published entry back to draft; bookkeeping does not', () => {
    expect(applyEdit(published, { answer: 'B' }).status).toBe('draft');
    expect(applyEdit(published, { questions: ['q', 'q2'] }).status).toBe('draft');
    expect(applyEdit({ ...published, status: 'review' }, { category: 'c' }).status).toBe('draft');
    expect(applyEdit(published, { owner: 'y', reviewBy: '2027-01-01', tags: ['t'] }).status).toBe('published');
    // the same value again is no change
    expect(applyEdit(published, { answer: 'A' }).status).toBe('published');
  });

  it('an explicit status wins over demotion', () => {
    expect(applyEdit({ ...published, status: 'draft' }, { answer: 'B', status: 'published' }).status).toBe('published');
  });

  it('empty optional values are removed, required ones kept empty for validation', () => {
    const e = applyEdit(published, { owner: '', keywords: [], tones: { angry: ' ' }, title: '' });
    expect('owner' in e).toBe(false);
    expect('keywords' in e).toBe(false);
    expect('tones' in e).toBe(false);
    expect(e.title).toBe('');
    const t = applyEdit(published, { tones: { angry: '抱歉', anxious: '' } });
    expect(t.tones).toEqual({ angry: '抱歉' });
  });

  it('does not change the entry it was given', () => {
    applyEdit(published, { answer: 'changed' });
    expect(published.answer).toBe('A');
    expect(published.status).toBe('published');
  });
});
