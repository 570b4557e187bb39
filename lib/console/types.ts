// The contract between the content script (which reads a console page) and the extension pages.
// Plain data only: it crosses the extension message channel.

/** Where the open conversation's facts live on the page, as CSS selectors tried in order. */
export interface ConsoleAdapter {
  /** Stable id, e.g. "pinduoduo". */
  id: string;
  /** Human name shown to the agent, e.g. "拼多多". */
  name: string;
  /** Hostnames this adapter serves; a leading "*." matches any subdomain. */
  hosts: string[];
  /** Optional path prefixes (e.g. "/chat-merchant"); any path when absent. */
  paths?: string[];
  /** Each message row of the open conversation (in document order, oldest first). */
  messageRow: string[];
  /** A row that matches (or contains a match for) one of these is a buyer message. */
  buyer: string[];
  /** Rows matching these are never buyer messages (seller, robot, system, notices). */
  notBuyer?: string[];
  /** Rows of the shop's side (agent or robot). Unlike other non-buyer rows they end a burst of buyer messages. */
  seller?: string[];
  /** Text fragments that mark a row as a system notice whatever its markup (e.g. "机器人接待中"). */
  systemText?: string[];
  /** The sender's name inside a row, for consoles without side classes: a row whose sender starts with the buyer's name is the buyer's. */
  sender?: string[];
  /** The text of a message inside its row; the row's own text when absent or not found. */
  messageText?: string[];
  /** The reply box. */
  input: string[];
  /** The send button (never clicked: used only to read what the agent sent). */
  send?: string[];
  buyerName?: string[];
  /** Order number element; the first order-number-looking text inside it is taken. */
  order?: string[];
  /** Product card (name and price) in the thread or the side panel of the console. */
  product?: string[];
  /** Something that changes when the agent switches conversation: `selector`, `selector@attribute` or `?param` (URL query parameter). */
  conversationId?: string[];
}

export type InputKind = 'textarea' | 'contenteditable' | 'quill' | 'shadow' | 'unknown';

export interface ConsoleContext {
  buyer?: string;
  order?: string;
  product?: string;
}

/** What the content script knows about the open conversation, sent to the side panel. */
export interface ConsoleSnapshot {
  /** Adapter id, or "generic" when the page was read by the chat-layout fallback. */
  consoleId: string;
  consoleName: string;
  /** false when neither an adapter nor the generic detector found a chat on this page (see noConversation). */
  recognised: boolean;
  /**
   * A console an adapter serves (host and path), with no conversation open: the chat list only, still loading,
   * or its login page. Recognised, so the panel does not offer to teach a console it already supports.
   */
  noConversation?: true;
  url: string;
  conversationId: string | null;
  /** The latest buyer question: a burst of short consecutive buyer messages merged into one. Empty when none. */
  question: string;
  /** The individual messages merged into `question` (oldest first). */
  questionParts: string[];
  /** Earlier buyer messages before the question (oldest first, at most 5). */
  previous: string[];
  /** The shop's latest text reply after the question (read after the agent sent it), when the adapter can tell. */
  lastReply?: string;
  /** Set when the newest buyer message has no text (image, sticker, card). */
  nonText?: 'image' | 'card' | 'empty';
  /** The page is a message form (Amazon's contact-buyer page), not a thread: there is no buyer message to read. */
  formOnly?: true;
  context: ConsoleContext;
  /** Set when a message was cut to the length cap (the text then ends with "…"). */
  truncated?: boolean;
  /** Whether a reply box was found. */
  hasInput: boolean;
  inputKind: InputKind;
  /** Bumps whenever the question or conversation changes. */
  seq: number;
  at: number;
}

export type InsertResult =
  | { ok: true; kind: InputKind }
  | { ok: false; reason: 'conversation-changed' | 'no-input' | 'not-accepted' | 'not-recognised'; message: string };
