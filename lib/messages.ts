import type { ConsoleSnapshot, InsertResult } from './console/types';
import type { DeliverResult } from './report/deliver';
import type { SyncResult } from './sync/sync-feed';

// Every message that crosses extension contexts, in one typed map: name → [request payload, response].
// Content script ⇄ side panel / background. Handlers validate nothing beyond types because both ends
// ship in the same build; data from pages and networks is validated where it enters (zod).
export interface MessageMap {
  /** content → extension: the open conversation changed (new buyer message, switch, mount). */
  'console/snapshot': [{ snapshot: ConsoleSnapshot }, void];
  /** extension → content: read the page now. */
  'console/get-snapshot': [Record<string, never>, ConsoleSnapshot];
  /** extension → content: put text in the reply box (never sends). Refused if the conversation changed. */
  'console/insert': [{ text: string; conversationId: string | null; seq?: number; question?: string }, InsertResult];
  /** panel → background: import bundled packs if missing (idempotent). */
  'packs/ensure-bundled': [Record<string, never>, { imported: string[] }];
  /** options/panel → background: sync one feed (or all), ignoring backoff. */
  'feeds/sync': [{ url?: string }, SyncResult[]];
  /** options → background: unsubscribe (queued with syncs, so a running sync cannot bring the packs back). */
  'feeds/remove': [{ url: string }, void];
  /** panel/options → background: try to deliver queued gap reports now. */
  'reports/flush': [{ force?: boolean }, DeliverResult & { destination: string | null }];
  /** background → panel: the agent used the context menu on text selected in a console. */
  'panel/selection': [{ tabId: number; text: string; action: 'search' | 'flag' }, void];
  /** panel → background: open the teach picker in a tab (host access already granted by the panel's click). */
  'teach/start': [{ tabId: number; url: string; locale?: string }, { ok: boolean; error?: string }];
  /** picker (in the page) → background: validate and save a taught adapter, then read the page with it. */
  'teach/save': [{ adapter: unknown }, { ok: boolean; error?: string; adapterId?: string }];
  /** panel → background: a custom adapter serves this tab and host access was just granted: start reading it. */
  'adapters/activate': [{ tabId: number; url: string }, { ok: boolean; error?: string }];
  /** options → background: import adapters from an export file's text. */
  'adapters/import': [{ text: string }, { imported: string[]; errors: string[] }];
  /** options → background: delete a taught or imported adapter. */
  'adapters/delete': [{ id: string }, { ok: boolean }];
}

export type MessageType = keyof MessageMap;
export type MessageRequest<T extends MessageType> = MessageMap[T][0];
export type MessageResponse<T extends MessageType> = MessageMap[T][1];

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  data: MessageRequest<T>;
}

export function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && typeof (value as Envelope).type === 'string' && 'data' in value;
}
