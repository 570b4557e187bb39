// Reading the open conversation of a console page into a ConsoleSnapshot. Pure DOM: no extension API.
import { consoleAdapters, findAdapter, hostAdapter } from './adapters';
import { findWithin, matchesOrContains, queryFirstList, queryLast, readFirstRef } from './dom';
import { detectGenericChat, genericBuyerName, listRows, readGenericRows, stillValid, type GenericChat } from './generic';
import { findReplyBox, type ReplyBox } from './input';
import { pickQuestion, type ThreadRow } from './question';
import { judgeHealth, type ConsoleHealth, type SnapshotWithHealth } from './teach/health';
import { cleanName, cleanProduct, findLabelledOrder, findOrderToken, normaliseText, oneLine, readableText } from './text';
import type { ConsoleAdapter, ConsoleContext, ConsoleSnapshot } from './types';

/** Rows read from the end of a thread: enough for the burst, 5 previous questions and an order number. */
const ROWS_READ = 60;
const PRODUCT_CHARS = 200;

export interface ConsoleRead {
  snapshot: ConsoleSnapshot;
  input: ReplyBox | null;
  /** The adapter whose markup was read (undefined for the generic fallback or an unrecognised page). */
  adapter?: ConsoleAdapter;
  /** Whether the adapter serving this URL still finds the conversation (also in snapshot.health). */
  health?: ConsoleHealth;
  /**
   * Set when the layout scan was wanted but skipped (backing off after a miss): the time it may run again.
   * The watcher re-reads then, so a chat that mounts during the back-off is not missed until the next mutation.
   */
  scanDeferredUntil?: number;
}

export interface ReaderOptions {
  /** The page URL (read on every call: single-page consoles change it). Defaults to the document's. */
  url?: () => string;
  adapters?: readonly ConsoleAdapter[];
  now?: () => number;
}

interface ChatReading {
  rows: ThreadRow[];
  input: ReplyBox | null;
  context: ConsoleContext;
  conversationId: string | null;
}

function sortByTop(rows: Element[]): Element[] {
  // Virtualised lists (Shopee) position rows absolutely: document order is not display order.
  const first = rows[0] as HTMLElement | undefined;
  if (!first?.style?.top) return rows;
  const top = (el: Element) => Number.parseFloat((el as HTMLElement).style?.top ?? '') || 0;
  return [...rows].sort((a, b) => top(a) - top(b));
}

function rowRole(row: Element, adapter: ConsoleAdapter, buyerName: string | undefined): ThreadRow['role'] {
  if (matchesOrContains(row, adapter.notBuyer)) return matchesOrContains(row, adapter.seller) ? 'seller' : 'system';
  if (matchesOrContains(row, adapter.buyer)) return 'buyer';
  if (matchesOrContains(row, adapter.seller)) return 'seller';
  // Notice texts only for rows the markup does not place: a buyer may well write "机器人接待中？我要转人工".
  if (adapter.systemText?.length) {
    const text = row.textContent ?? '';
    if (adapter.systemText.some((s) => text.includes(s))) return 'system';
  }
  if (adapter.sender?.length && buyerName) {
    const sender = findWithin(row, adapter.sender);
    if (sender) return oneLine(sender.textContent ?? '').startsWith(buyerName) ? 'buyer' : 'seller';
  }
  return 'other';
}

function rowContent(row: Element, adapter: ConsoleAdapter, role: ThreadRow['role']): Pick<ThreadRow, 'kind' | 'text' | 'truncated'> {
  // The shop's rows are read too (pickQuestion takes only buyer rows as the question, seller text is lastReply).
  if (role !== 'buyer' && role !== 'seller') return { kind: 'text', text: '' };
  const textEl = findWithin(row, adapter.messageText);
  const own = textEl ? readableText(textEl) : { text: '', truncated: false };
  if (own.text) return { kind: 'text', text: own.text, ...(own.truncated ? { truncated: true } : {}) };
  if (matchesOrContains(row, adapter.product) || matchesOrContains(row, ['[class*="card"]', '[class*="Card"]'])) return { kind: 'card', text: '' };
  if (row.querySelector('img, video')) return { kind: 'image', text: '' };
  if (!textEl) {
    const whole = readableText(row);
    if (whole.text) return { kind: 'text', text: whole.text, ...(whole.truncated ? { truncated: true } : {}) };
  }
  return { kind: 'empty', text: '' };
}

function readContext(doc: Document, adapter: ConsoleAdapter | undefined, buyer: string | undefined, rowEls: Element[], url = ''): ConsoleContext {
  const context: ConsoleContext = {};
  if (buyer) context.buyer = buyer;
  if (adapter) {
    // Order refs are elements or, as "?param", the URL (Amazon's contact form: ?orderID=…).
    const orderEl = queryLast(doc, adapter.order?.filter((r) => !r.startsWith('?')));
    const order = orderEl
      ? findOrderToken(oneLine(orderEl.textContent ?? ''))
      : findOrderToken(readFirstRef(doc, adapter.order?.filter((r) => r.startsWith('?')), url, () => ''));
    if (order) context.order = order;
    const productEl = queryLast(doc, adapter.product);
    const product = productEl ? cleanProduct(readableText(productEl, PRODUCT_CHARS).text) : '';
    if (product) context.product = product;
  }
  if (!context.order) {
    // Order numbers also arrive as text in the thread ("订单编号：…" notices, order cards): newest first.
    for (let i = rowEls.length - 1; i >= 0; i -= 1) {
      const order = findLabelledOrder(oneLine(rowEls[i]!.textContent ?? ''));
      if (order) {
        context.order = order;
        break;
      }
    }
  }
  return context;
}

function readWithAdapter(doc: Document, adapter: ConsoleAdapter, url: string): ChatReading | null {
  const rowEls = sortByTop(queryFirstList(doc, adapter.messageRow)).slice(-ROWS_READ);
  const input = findReplyBox(doc, adapter.input, adapter.send);
  if (rowEls.length === 0 && !input) return null;
  const buyerName = cleanName(readFirstRef(doc, adapter.buyerName, url, (el) => el.textContent ?? '')) || undefined;
  const rows = rowEls.map((row): ThreadRow => {
    const role = rowRole(row, adapter, buyerName);
    return { role, ...rowContent(row, adapter, role) };
  });
  const context = readContext(doc, adapter, buyerName, rowEls, url);
  const id = normaliseText(readFirstRef(doc, adapter.conversationId, url, (el) => el.textContent ?? ''));
  // Without an id on the page, the buyer's name still tells conversations apart.
  const conversationId = id || (context.buyer ? `buyer:${context.buyer}` : null);
  return { rows, input, context, conversationId };
}

/** Whether an adapter can tell buyer rows at all (buyer or sender selectors); without them it reads a form. */
function readsThread(adapter: ConsoleAdapter): boolean {
  return adapter.buyer.length > 0 || !!adapter.sender?.length;
}

function readGeneric(doc: Document, chat: GenericChat): ChatReading {
  const rowEls = listRows(chat.list).slice(-ROWS_READ);
  const name = genericBuyerName(chat);
  const context = readContext(doc, undefined, name ? cleanName(name) || undefined : undefined, rowEls);
  return { rows: readGenericRows(chat), input: chat.input, context, conversationId: context.buyer ? `buyer:${context.buyer}` : null };
}

export interface ConsoleReader {
  read(): ConsoleRead;
}

/** Generic detection scans the page; after a miss, wait this long (doubling up to the max) before scanning again. */
const GENERIC_RETRY_MS = 1000;
const GENERIC_RETRY_MAX_MS = 30_000;

/**
 * A reader for one document. It remembers the generic fallback's list between reads (re-detecting when
 * the framework replaced it) and backs off re-scanning pages where nothing chat-like was found.
 */
export function createConsoleReader(doc: Document, options: ReaderOptions = {}): ConsoleReader {
  const adapters = options.adapters ?? consoleAdapters;
  const urlOf = options.url ?? (() => doc.location?.href ?? '');
  const now = options.now ?? Date.now;
  let generic: GenericChat | null = null;
  let retryAt = 0;
  let retryDelay = GENERIC_RETRY_MS;
  let lastUrl = '';
  let deferred = false;

  function tryAdapter(adapter: ConsoleAdapter, url: string): ChatReading | null {
    try {
      return readWithAdapter(doc, adapter, url);
    } catch {
      return null; // A broken adapter must not break the page or the other adapters.
    }
  }

  function tryGeneric(): ChatReading | null {
    try {
      if (generic && !stillValid(generic)) generic = null;
      if (!generic && now() < retryAt) deferred = true;
      else if (!generic) {
        generic = detectGenericChat(doc);
        if (generic) retryDelay = GENERIC_RETRY_MS;
        else {
          retryAt = now() + retryDelay;
          retryDelay = Math.min(retryDelay * 2, GENERIC_RETRY_MAX_MS);
        }
      }
      return generic ? readGeneric(doc, generic) : null;
    } catch {
      generic = null;
      return null;
    }
  }

  function read(): ConsoleRead {
    deferred = false;
    const url = urlOf();
    if (url !== lastUrl) {
      lastUrl = url;
      retryAt = 0;
      retryDelay = GENERIC_RETRY_MS;
    }
    const byUrl = findAdapter(url, adapters);
    let adapter: ConsoleAdapter | undefined;
    let reading: ChatReading | null = null;
    if (byUrl) {
      reading = tryAdapter(byUrl, url);
      if (reading) adapter = byUrl;
    } else {
      // A console on a host we do not list (injected on request): recognise it by its markup alone,
      // which needs both a thread and a reply box to avoid false positives.
      for (const candidate of adapters) {
        const r = tryAdapter(candidate, url);
        if (r && r.input && r.rows.some((row) => row.role === 'buyer' || row.role === 'seller')) {
          reading = r;
          adapter = candidate;
          break;
        }
      }
    }
    const home = byUrl ?? hostAdapter(url, adapters);
    let genericReading = reading ? null : tryGeneric();
    // Health: an adapter that reads no buyer message (or no reply box) where the layout detector does has
    // lost its selectors; the layout detector's reading is used meanwhile.
    let health: ConsoleHealth | undefined;
    // An adapter that reads a form, not a thread (Amazon's contact-buyer page) is not checked against the layout
    // detector, which would take the form's lists of options for a chat.
    if (byUrl && readsThread(byUrl)) {
      const summary = (r: ChatReading | null) => (r ? { buyerRows: r.rows.filter((row) => row.role === 'buyer').length, hasInput: !!r.input } : null);
      const adapterSummary = summary(reading);
      const needsCheck = !adapterSummary || adapterSummary.buyerRows === 0 || !adapterSummary.hasInput;
      const check = needsCheck ? genericReading ?? tryGeneric() : null;
      health = judgeHealth(byUrl.id, adapterSummary, summary(check));
      if (!health.ok && health.reason === 'no-buyer-messages') {
        reading = null;
        adapter = undefined;
        genericReading = check;
      }
    }
    const used = reading ?? genericReading;
    // A thread console we serve with nothing to read yet (no chat open, loading, login) is still this console.
    // Amazon's form adapter cannot read its inbox threads: there teaching stays on offer.
    const idle = !used && !!byUrl && readsThread(byUrl);
    const picked = pickQuestion(used?.rows ?? []);
    const snapshot: SnapshotWithHealth = {
      consoleId: adapter?.id ?? (genericReading || !home ? 'generic' : home.id),
      consoleName: adapter?.name ?? (genericReading ? (home ? `${home.name} · 通用识别` : '通用识别') : home?.name ?? '未识别'),
      recognised: !!used || idle,
      ...(idle ? { noConversation: true as const } : {}),
      url,
      conversationId: used?.conversationId ?? null,
      question: picked.question,
      questionParts: picked.questionParts,
      previous: picked.previous,
      ...(picked.lastReply ? { lastReply: picked.lastReply } : {}),
      ...(picked.nonText ? { nonText: picked.nonText } : {}),
      ...(adapter && !readsThread(adapter) ? { formOnly: true as const } : {}),
      context: used?.context ?? {},
      ...(picked.truncated ? { truncated: true } : {}),
      hasInput: !!used?.input,
      inputKind: used?.input?.kind ?? 'unknown',
      seq: 0,
      at: now(),
      ...(health ? { health } : {}),
    };
    return {
      snapshot,
      input: used?.input ?? null,
      ...(adapter ? { adapter } : {}),
      ...(health ? { health } : {}),
      ...(deferred ? { scanDeferredUntil: retryAt } : {}),
    };
  }

  return { read };
}

/** One-off read of a document (tests, the CLI, a debugging console). */
export function readConsole(doc: Document, options: ReaderOptions = {}): ConsoleSnapshot {
  return createConsoleReader(doc, options).read().snapshot;
}
