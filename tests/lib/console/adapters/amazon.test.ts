import { beforeEach, describe, expect, it } from 'vitest';
import { findAdapter } from '@/lib/console/adapters';
import { insertReply } from '@/lib/console/insert';
import { createConsoleReader, readConsole } from '@/lib/console/read';
import { fixture, loadFixture, setUrl } from '../load-fixture';

interface ContactHooks {
  model(): string;
  value(): string;
  sent(): string[];
  switchConversation(orderId: string, buyerName: string): void;
}
const page = () => (window as unknown as { __console: ContactHooks }).__console;
const body = () => document.querySelector('.contact-buyer-text-area kat-textarea') as HTMLElement & { value: string };

describe('amazon adapter on the contact-buyer fixture', () => {
  beforeEach(() => loadFixture('amazon-contact'));

  it('is chosen for Seller Central messaging pages in every region, and nothing else there', () => {
    expect(findAdapter(fixture('amazon-contact').url)?.id).toBe('amazon');
    expect(findAdapter('https://sellercentral.amazon.de/messaging/inbox?fi=RESPONSE_NEEDED&pn=1')?.id).toBe('amazon');
    expect(findAdapter('https://sellercentral-japan.amazon.com/messaging/contact?orderID=250-1234567-7654321')?.id).toBe('amazon');
    expect(findAdapter('https://sellercentral.amazon.com/orders-v3/order/112-3456789-1234567')).toBeUndefined();
    expect(findAdapter('https://sellercentral.amazon.com/messagingx')).toBeUndefined();
    expect(findAdapter('https://www.amazon.com/messaging/contact')).toBeUndefined();
  });

  it('the fixture is a real web component: its value follows the shadow textarea only through input events', () => {
    const host = body();
    const inner = host.shadowRoot?.querySelector('textarea');
    expect(inner).toBeTruthy();
    expect(document.querySelector('.contact-buyer-text-area textarea')).toBeNull(); // not in the light DOM
    inner!.value = 'typed without an event';
    expect(host.value).toBe('');
    inner!.dispatchEvent(new Event('input', { bubbles: true }));
    expect(host.value).toBe('typed without an event');
    expect(page().model()).toBe(''); // a non-composed event never left the shadow root
  });

  it('is recognised with the shadow reply box and the order as conversation, but no question', () => {
    const s = readConsole(document);
    expect(s.recognised).toBe(true);
    expect(s.consoleId).toBe('amazon');
    expect(s.consoleName).toBe('Amazon');
    expect(s.hasInput).toBe(true);
    expect(s.inputKind).toBe('shadow');
    expect(s.conversationId).toBe('112-3456789-1234567');
    expect(s.context).toEqual({ buyer: 'Palmer', order: '112-3456789-1234567' });
    // No thread markup is known: nothing is made up as the buyer's question.
    expect(s.question).toBe('');
    expect(s.formOnly).toBe(true);
    expect(s.questionParts).toEqual([]);
    expect(s.previous).toEqual([]);
  });

  it('a Katal text box outside the contact form (an inbox page, markup unknown) is not taken for the form', () => {
    body().closest('.contact-buyer-text-area')!.className = 'thread-reply';
    const s = readConsole(document);
    // Not read as the Amazon form (the layout detector may read it, under its own name).
    expect(s.recognised && s.consoleName === 'Amazon').toBe(false);
    expect(s.inputKind === 'shadow' && s.consoleName === 'Amazon').toBe(false);
  });

  it('a left-aligned list on the form (the contact reasons, as a browser lays them out) does not replace the adapter', () => {
    // happy-dom has no layout: say in style what Chromium measures, so the layout detector sees a one-sided "chat".
    for (const row of Array.from(document.querySelectorAll('kat-radiobutton'))) (row as HTMLElement).style.textAlign = 'left';
    const r = createConsoleReader(document).read();
    expect(r.snapshot.consoleId).toBe('amazon');
    expect(r.snapshot.question).toBe('');
    expect(r.snapshot.hasInput).toBe(true);
    expect(r.snapshot.conversationId).toBe('112-3456789-1234567');
  });

  it('inserts into the web component so the component and the page form both hold the reply, and never sends', async () => {
    const reader = createConsoleReader(document);
    const read = reader.read();
    const reply = 'Hi, your order ships today.\nTracking follows by e-mail.';
    const r = await insertReply(read, { text: reply, conversationId: read.snapshot.conversationId, question: read.snapshot.question });
    expect(r).toEqual({ ok: true, kind: 'shadow' });
    expect(body().value).toBe(reply);
    expect(page().model()).toBe(reply);
    expect(page().sent()).toEqual([]);
    expect(document.querySelector('.kat-alert-success-content')).toBeNull();
  });

  it('refuses an insert meant for another order', async () => {
    const reader = createConsoleReader(document);
    const before = reader.read().snapshot.conversationId;
    setUrl('https://sellercentral.amazon.com/messaging/contact?orderID=114-0000000-7777777&marketplaceID=ATVPDKIKX0DER');
    page().switchConversation('114-0000000-7777777', 'Jordan');
    const now = reader.read();
    expect(now.snapshot.conversationId).toBe('114-0000000-7777777');
    expect(now.snapshot.context).toEqual({ buyer: 'Jordan', order: '114-0000000-7777777' });
    const r = await insertReply(now, { text: 'for the old order', conversationId: before });
    expect(r).toMatchObject({ ok: false, reason: 'conversation-changed' });
    expect(body().value).toBe('');
  });
});
