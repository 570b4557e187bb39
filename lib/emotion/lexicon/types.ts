import type { SignalLabel } from '../types';

/** How much a term adds to each label (1 ≈ mild, 2 ≈ clear, 3 ≈ strong). */
export type Weights = Partial<Record<SignalLabel, number>>;

/**
 * Context the urgency tiers need, beyond the labels:
 * threat (complaint/bad review/authorities), stuck (overdue or stuck shipment), afterSales and usage
 * (medium-tier problems), preSale (low-tier questions), time (explicit time pressure), ship (the message
 * is about delivery), wait (says how long they waited), profanity, sarcasm, laugh (lol, 哈哈: banter),
 * resolved (the problem is over: "it came today", 虚惊一场), digital (a code or an email, not a parcel, is
 * what did not arrive), hypothetical (a problem asked about before buying: 万一坏了, "just checking before I order"),
 * notYet (the buyer wants to change the order before it ships: its "not shipped yet" is not a stuck parcel),
 * safety (the product hurt someone or may: a fire, a shock, a swollen battery, food that made a child sick),
 * hearsay (what reviews or another shop said: a pre-sale doubt unless the buyer then says it happened to them),
 * asks (会不会漏电, 会不会坏: a fault asked about, pre-sale unless the buyer tells a real problem in another clause),
 * courtesy (谢谢, thanks, 🙏: praise, unless it only closes a question or a request),
 * harm (a rash, itching: a worry to handle now; like safety, asked about in a yes/no question it is a doubt before buying),
 * tracking (asks where an order or a refund is: an order to look up, medium, not yet a worry).
 */
export type Flag =
  | 'threat'
  | 'stuck'
  | 'afterSales'
  | 'usage'
  | 'preSale'
  | 'time'
  | 'ship'
  | 'wait'
  | 'profanity'
  | 'sarcasm'
  | 'laugh'
  | 'resolved'
  | 'digital'
  | 'hypothetical'
  | 'notYet'
  | 'safety'
  | 'hearsay'
  | 'asks'
  | 'courtesy'
  | 'harm'
  | 'tracking';

/** Why a sign counted; localised for display in reasons.ts. */
export type WhyCode =
  | 'word'
  | 'negated'
  | 'intensified'
  | 'softened'
  | 'profanity'
  | 'emoji'
  | 'emoticon'
  | 'exclaim'
  | 'question'
  | 'caps'
  | 'sarcasm'
  | 'time'
  | 'threat'
  | 'waited'
  | 'problem'
  | 'earlier'
  | 'nudge';

/**
 * term: carries weights. negator: flips the next term. modifier: scales the next term (factor > 1
 * intensifies, < 1 softens); when it also has weights and no term follows it, it counts as a term
 * itself (好 in 好慢 vs 好！). post: scales the term just before it (烦死了). contrast: what came before
 * matters less (但是, but). concessive: its own clause matters less (虽然, although). ignore: a
 * phrase that only looks like a match (不好意思, 操作, 你好), consumed so its parts don't fire.
 */
export type Kind = 'term' | 'negator' | 'modifier' | 'post' | 'contrast' | 'concessive' | 'ignore';

export interface Group {
  /** Phrases separated by "|". English: lower case; a trailing * matches any word ending (disappoint*). */
  terms: string;
  kind?: Kind;
  labels?: Weights;
  /** Weights when negated. Absent: the default flip (negative → slight positive, positive → disappointed); null: nothing. */
  neg?: Weights | null;
  factor?: number;
  flags?: Flag[];
  /** Flags when negated (没发货 → stuck); topic flags (afterSales, usage, ship) are kept either way. */
  negFlags?: Flag[];
  why?: WhyCode;
  /**
   * For a Chinese modifier with weights, when it counts on its own: 'end' (default) only at the end of a
   * phrase (好！, 好啊), 'word' only before an unlisted word (太酸, "too" + anything is a complaint).
   */
  alone?: 'end' | 'word';
  /**
   * For a sarcasm cue that is sincere on its own ("thanks for", "love how"): 'clause' makes it sarcastic
   * only when a complaint sits in its own clause ("thanks for ruining it"), not anywhere in the message
   * ("thanks for the reply. it is broken"). Default 'message'.
   */
  irony?: 'clause' | 'message';
  /**
   * A word that, closing a clause after other words, only asks: Malay "boleh tukar tak?", Singlish "still got meh?".
   * There it is skipped (no negation, no feeling).
   */
  tagQuestion?: boolean;
}

/** A compiled lexicon entry. */
export interface Term {
  text: string;
  kind: Kind;
  labels: Weights | undefined;
  neg: Weights | null | undefined;
  factor: number;
  flags: readonly Flag[];
  negFlags: readonly Flag[];
  why: WhyCode;
  alone: 'end' | 'word';
  irony: 'clause' | 'message';
  tagQuestion: boolean;
  /** English stem: matches to the end of the word. */
  prefix: boolean;
  /** Starts with a Latin letter or digit, so it must start at a word boundary (and end at one unless prefix). */
  latin: boolean;
  /** Index for per-message repeat counting. */
  id: number;
}
