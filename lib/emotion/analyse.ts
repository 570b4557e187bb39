import { fold } from './normalize';
import { compile, isWordCode, scan, type Lexicon, type StopToken, type Token } from './trie';
import { zhGroups } from './lexicon/zh';
import { enGroups } from './lexicon/en';
import { enEverydayGroups } from './lexicon/en-everyday';
import { enLifeGroups } from './lexicon/en-life';
import { enSocialGroups } from './lexicon/en-social';
import { signGroups } from './lexicon/signs';
import { seaGroups } from './lexicon/sea';
import type { Flag, Term, Weights, WhyCode } from './lexicon/types';
import { signalLabels, type Lang, type SignalLabel } from './types';
import { findMismatches } from './mismatch';
import { DEADLINE, findConditionals } from './conditionals';
import { aboutReturnOnly, findRepeats, findWaits } from './waits';
import { findDeadlines } from './deadlines';
import { findElapsed } from './elapsed';
import { findShouting } from './shouting';
import { observedFeeling } from './observed';
import { findExasperation } from './exasperation';
import { findIrony } from './irony';
import { wantsBadly } from './wanting';
import { dictatedQuotes, findQuotedPromise, hasQuote, scareQuotes, STOCK_AGAIN } from './quotes';
import { squash } from './result';
import { PRESENT } from './urgency';

/** Compiled once per module load; shared by every call. */
export const lexicon: Lexicon = compile([...zhGroups, ...enGroups, ...enEverydayGroups, ...enLifeGroups, ...enSocialGroups, ...seaGroups, ...signGroups]);

export interface Contribution {
  label: SignalLabel;
  weight: number;
  start: number;
  end: number;
  why: WhyCode;
}

export interface Analysis {
  /** Summed weight per label (before squashing to 0..1). */
  raw: Record<SignalLabel, number>;
  contributions: Contribution[];
  flags: Set<Flag>;
  lang: Lang;
}

// Flags that describe the topic, so they hold whether or not the word was negated (没有退款 is still
// about a refund).
const topicFlags: ReadonlySet<Flag> = new Set<Flag>(['ship', 'afterSales', 'usage', 'preSale', 'digital']);
/**
 * What is left of a worry or gripe that is not live: one the buyer has since said is over ("was so worried,
 * but it came today") or one only imagined before buying ("if it arrives damaged, can I return it?").
 */
const NOT_LIVE = 0.3;
/** The care labels, as signals. */
export const negativeLabels: readonly SignalLabel[] = ['angry', 'anxious', 'disappointed', 'threatening'];
const complaintLabels: readonly SignalLabel[] = ['angry', 'disappointed', 'threatening'];

/** What a negated term means when the lexicon does not say: "not bad" is mildly good, "not happy" is let down. */
function defaultNegation(labels: Weights | undefined): Weights | null {
  if (!labels) return null;
  const out: Weights = {};
  const bad = (labels.angry ?? 0) + (labels.disappointed ?? 0);
  if (bad > 0) out.positive = 0.6 * bad;
  if (labels.positive) out.disappointed = 0.8 * labels.positive;
  return out;
}

export function detectLang(text: string): Lang {
  let cjk = 0;
  let latin = 0;
  const n = Math.min(text.length, 600);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) cjk++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  // A Chinese character carries about a word; a Latin word is about five letters.
  return cjk > 0 && cjk * 5 >= latin ? 'zh' : latin > 0 ? 'en' : cjk > 0 ? 'zh' : 'en';
}

const MAX_SPACES_BETWEEN = 3;
/**
 * A buyer saying they do not mean to complain ("I don't want to leave a bad review", 我不会给你们差评的) promises the
 * opposite of a threat, however many words stand between; read as one, the buyer gets a complaint script.
 */
const FAR_SPACES_BETWEEN = 6;
const NO_INTENT = /^(?:(?:don'?t|do not|didn'?t|did not|won'?t|will not|wouldn'?t|would not|never|not)\s+(?:want|wanna|plan|planning|intend|intending|mean|going|gonna|wish)\b|不(?:会|想|打算|是要|是想|至于)|没(?:打算|想)|并不(?:想|会))/;
/** A gripe not about the order, product or service is outweighed by praise this many times its size (one about them: 0.5). */
const OUTWEIGHED_ELSEWHERE = 1;
const SARCASM_REACH = 24;
/** A sarcasm cue whose reach is the whole message (🙄, 🙃). */
const WHOLE_MESSAGE = -2;

/** After a standalone 好/真 these end the phrase (好啊, 好！); before any other character it is an intensifier of something unlisted (好困, 好想你). */
const PARTICLES = new Set('啊呀的吧哦噢喔啦了呢嘛哈耶嘞哟!.,?~ \n'.split('').map((c) => c.charCodeAt(0)));

/**
 * Whether a modifier or negator ending at `from` still reaches a term starting at `to`: in Chinese
 * across at most two unknown characters (没给我发货), in English across at most three words.
 */
function reaches(s: string, from: number, to: number, latin: boolean, far = false): boolean {
  if (from < 0) return false;
  const gap = to - from;
  if (gap <= 0) return true;
  if (!latin) return gap <= (far ? 6 : 2);
  if (gap > (far ? 40 : 24)) return false;
  let spaces = 0;
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 32) spaces++;
  if (spaces > (far ? FAR_SPACES_BETWEEN : MAX_SPACES_BETWEEN)) return false;
  // a new clause starts between them: "can't say how good", "not exaggerating, it's stellar" (a word
  // between them needs a space on each side, so adjacent words skip the look)
  if (spaces >= 2) for (const w of s.slice(from, to).split(' ')) if (CLAUSE_OPENERS.has(w)) return false;
  return true;
}

/** Words that open a clause of their own, which a "not" before them does not reach into. */
const CLAUSE_OPENERS = new Set(['how', 'what', 'why', 'when', 'where', 'who', 'which', "it's", 'its', "i'm", "you're", "they're", "he's", "she's"]);

/** Question particles that may close a yes/no question (能发不啊); not 了 (发不了 is "cannot ship"). */
const QUESTION_TAIL = new Set('啊呀吧哦噢喔啦呢嘛哈耶嘞哟吗么'.split('').map((c) => c.charCodeAt(0)));

/**
 * Praise a buyer asks about is not praise given: "Is it good quality?", "Are these true to size?", 好用吗,
 * 是正品吗, 不会掉色吧. English: a clause opening with an auxiliary and closing with "?"; Chinese: the
 * praise (or a negated fault) right before a question particle that ends the clause.
 */
const YES_NO_OPENER = /^(?:(?:hi|hello|hey|so|and|also|ok|okay|btw|sorry|just wondering|quick question)[,!.]?\s+)?(?:is|are|does|do|did|will|would|can|could|should|was|were|has|have)\b/;
/** Singlish, Malay and Tagalog yes/no questions, with or without "?": "fit true to size anot", "ori ke", "maganda ba". */
const TAG_QUESTION = /\b(?:anot|or not|ke|kah|boleh tak)(?:\s+(?:ah|a|leh|lah|ya|one))?\s*$|\bba\b/;
const ZH_ASKS = /^[的了呢]?[吗嘛么吧]/;
function askedInChinese(s: string, c: Contribution, clauseEnd: number): boolean {
  const m = ZH_ASKS.exec(s.slice(c.end, clauseEnd));
  return !!m && endsClause(s, c.end + m[0].length);
}

/** Nothing but question particles, punctuation or the end follows (能发不？, 有货不啊). */
function endsClause(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (QUESTION_TAIL.has(c)) continue;
    if (c >= 0x3000 && c <= 0x303f) return true; // CJK punctuation: 。、
    return !isWordCode(c) && c < 0x2e80;
  }
  return true;
}

const OWN_EXPERIENCE = /买了以后|买回来|买了之后|收到|拿到|到货|收货|果然|确实|真的是|才知道|才发现|发现|用了|穿了|洗了|\b(?:received|arrived|got it|got mine|got them|sure enough|indeed|turns out|turned out|and it is|and it does|and it did|mine did|mine does|mine is|mine has|mine was|it does|it did)\b/;

/** Says the buyer has not bought yet; and signs of an order the buyer already has. */
const BUYING_INTENT = /想买这|想买一|想给.{1,8}买|想入手|打算买这|准备买这|看中了这|看中这|看上了这|看上这|再下单|下单前|下单之前|拍之前|问清楚再|\b(?:before i (?:order|buy|purchase|place|commit)|before (?:ordering|buying|purchasing|placing an order)|i'?m (?:looking at|interested in|eyeing|considering)|i am (?:looking at|interested in|considering)|i'?ve been eyeing|thinking (?:of|about) (?:buying|ordering|getting)|planning to (?:buy|order|get))\b/;
const OWN_ORDER = /订单|訂單|单号|單號|收到|到货|到貨|我买的|我買的|你们发的|你們發的|寄来的|寄來的|发来的|發來的|已经买了|已經買了|买回来|買回來|\b(?:my order|order (?:number|no|#)|i received|arrived|was delivered|got delivered|the one you sent)\b|#\s?\d/;

/**
 * Someone else's word about the shop, and the buyer asking whether it is true: 朋友说你们家是假货 真的吗, "my boss said
 * these are terrible for calls, are they?". A relative's trouble with a thing the buyer has is no rumour.
 */
const PERSON_SAID = /(?:朋友|同事|室友|舍友|闺蜜|老公|老婆|男朋友|女朋友|男友|女友|家人|邻居|同学|我妈|我爸|老板|领导|别人|有人|大家)(?:也|都|们)?(?:跟我|和我)?(?:说|讲)|\bmy (?:friends?|boss|wife|husband|partner|mom|mum|dad|sister|brother|roommate|neighbou?r|coworker|co-worker|colleague|cousin|bf|gf|boyfriend|girlfriend) (?:said|says|told me|thinks)\b|\b(?:someone|people|everyone) (?:said|says|told me)\b/;
const IS_IT_TRUE = /真的吗|真的嘛|是真的吗|是不是真的|真的假的|是吗|是这样吗|\b(?:is (?:it|that|this) (?:true|right)|true\?|are they\?|is it\?|does it\?|do they\?|really\?)/;

/** "本来还担心", "当时挺郁闷", "还以为坏了", "I was so worried", "at first I was annoyed": a feeling told as past. */
const PAST_ZH = /(?:本来|原本|当时|一开始|起初|还以为|以为)(?:还|很|有点|挺|真的|都|就|是)?$/;
const PAST_EN = /\b(?:i was|i'd been|i had been|we were|at first i was|initially i was|i got)(?:\s+(?:so|really|very|a bit|a little|quite|pretty|super|kinda|kind of|getting))?\s+$/;
function toldAsPast(s: string, at: number): boolean {
  const before = s.slice(Math.max(0, at - 24), at);
  return PAST_ZH.test(before) || PAST_EN.test(before);
}

/** Asking how or why something works, or whether it is broken: 怎么用, 是坏了吗, 係咪要reset, "how do I", "is it broken?". */
const HOW_OR_WHY = /[?？]|怎么|怎麼|怎样|怎樣|如何|为什么|為什麼|为啥|點樣|点样|點解|点解|係咪|是不是|是否|是坏|是壞|什么情况|什麼情況|什么意思|什麼意思|\b(?:how (?:do|can|to|should)|why (?:does|is|won't|doesn't|isn't)|what does|is it|is this|should i|do i need)\b/;
// A question or a request anywhere in the message.
const ASKS_OR_REQUESTS = /[?？]|吗|嗎|麻烦|麻煩|请问|請問|帮我|幫我|帮忙|幫忙|能不能|能否|一下|\b(?:can you|could you|would you|will you|please|pls|plz|kindly)\b/;

/** The stretch of text between separators (punctuation or spaces, which Chinese chat uses as commas) around a span. */
const SEPARATOR = /[\s，,。.!！?？;；~～]/;
function segmentAround(s: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !SEPARATOR.test(s[from - 1]!)) from--;
  let to = end;
  while (to < s.length && !SEPARATOR.test(s[to]!)) to++;
  return [from, to];
}

/** A stretch of text that asks: it closes with a question mark or a question particle. */
function isQuestion(s: string, [from, to]: [number, number]): boolean {
  const last = s[to - 1];
  return s[to] === '?' || s[to] === '？' || (to > from && (last === '吗' || last === '嘛' || last === '么' || last === '呢'));
}

const ZH_WOULD = /会不会|會不會|会唔会|會唔會|是否|会(?!儿|兒).{0,10}[吗嗎]|會(?!兒).{0,10}[吗嗎]/;
// 有没有色差: "is there any…?" (not the rhetorical 有没有搞错, 有没有人管)
const ZH_HAS_OR_NOT = /有没有(?!搞错|人|良心|天理|王法)/;
const SENTENCE_STOP = /[.!?！？。\n]/;
/** The sentence around a span, and whether it is an English yes/no question ("could they choke on the parts?"). */
function sentenceAround(s: string, start: number, end: number): { bounds: [number, number]; yesNo: boolean } {
  let from = start;
  while (from > 0 && !SENTENCE_STOP.test(s[from - 1]!)) from--;
  let to = end;
  while (to < s.length && !SENTENCE_STOP.test(s[to]!)) to++;
  return { bounds: [from, to], yesNo: (s[to] === '?' || s[to] === '？') && YES_NO_OPENER.test(s.slice(from, to).trim().toLowerCase()) };
}

/**
 * Where a hurt or a risk is only asked about: "could they choke on the small parts?", "is the wool itchy?",
 * 会不会有毒啊. Not a why or how question (为什么冒烟了？ tells that it did). Chinese chat runs told and asked
 * clauses together (烫得厉害，有点怕会不会炸), so there only the clause itself counts.
 */
function harmAskedAbout(s: string, start: number, end: number): [number, number] | undefined {
  const clause = segmentAround(s, start, end);
  if (ZH_WOULD.test(s.slice(...clause))) return clause;
  const sentence = sentenceAround(s, start, end);
  return sentence.yesNo ? sentence.bounds : undefined;
}

/** In a yes/no question: "is it bad for kids?", 会不会掉色, 不会被没收吧 (not "why is it still not here?"). */
function inYesNoQuestion(s: string, start: number, end: number): boolean {
  if (sentenceAround(s, start, end).yesNo) return true;
  const clause = s.slice(...segmentAround(s, start, end));
  // not any 吗 or 吧: 是坏了吗 asks about a fault the buyer has, 太差了吧 exclaims
  return ZH_WOULD.test(clause) || /^(?:不[会會]|没有|沒有|没什么|沒什麼|应该不|應該不).*吧[哦啊呀]?$/.test(clause) || ZH_HAS_OR_NOT.test(clause);
}

/** Spans of a fear of what might happen: 怕被染, 有点怕怕, "scared of breakouts", "don't want anything toxic". */
const FEAR = /怕|担心|擔心|\b(?:scared of|scared that|afraid of|afraid that|worried about|worried that|worried it|nervous about|don'?t want)\b/g;
function fearsAhead(s: string): [number, number][] {
  const out: [number, number][] = [];
  FEAR.lastIndex = 0;
  for (let m = FEAR.exec(s); m; m = FEAR.exec(s)) {
    let to = m.index + m[0].length;
    while (to < s.length && !SENTENCE_STOP.test(s[to]!) && s[to] !== '，' && s[to] !== ',') to++;
    out.push([m.index, to]);
  }
  return out;
}

const TEAR_EMOJI = /😭|🥹/u;
const TEAR_WORD = /^(?:cried|cry|crying|tears|in tears|teared up|哭了|哭|泪目)$/;
const TEARS_ANYWHERE = /😭|🥹|cried|cry|tears|teared|哭|泪目/u;

/** A date, a time ago or a count of messages beside a question where an order is (see analyse). */
const TRACKING_TIME = /\b(?:on|since) the \d{1,2}(?:st|nd|rd|th)\b|\b\d+\s*(?:mins?|minutes|hours?|hrs?|days?|weeks?)\s+ago\b|\bit'?s been \d+\b|\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:message|time asking|email|time i'?m asking)\b|[0-9一二三四五六七八九十两几]+\s*(?:天|日|号|號)(?:前|了|下的单|下單|下单|寄回|退回)|上(?:周|週|个月|個月|礼拜|禮拜)/;

/** Nothing to handle any more: no after-sales or usage case. */
function dropCase(flags: Set<Flag>): void {
  flags.delete('afterSales');
  flags.delete('usage');
}

function isSoftTermToken(t: Token | undefined): boolean {
  return !!t && t.kind === 'term' && (t.term.kind === 'term' || t.term.kind === 'negator' || t.term.kind === 'modifier');
}

export function analyse(text: string): Analysis {
  const s = fold(text);
  const tokens = scan(lexicon, s);
  const contributions: Contribution[] = [];
  const flags = new Set<Flag>();
  const raw: Record<SignalLabel, number> = { angry: 0, anxious: 0, disappointed: 0, confused: 0, threatening: 0, positive: 0 };
  const lang = detectLang(text);
  if (tokens.length === 0 && s.trim() === '') return { raw, contributions, flags, lang };

  // Pending negation and modifiers wait for the next term in the same clause.
  let negCount = 0;
  let negFactor = 1;
  let negStart = -1;
  let negEnd = -1;
  let modFactor = 1;
  let modStart = -1;
  let modEnd = -1;
  let profanityMod: { term: Term; start: number; end: number } | undefined;
  let clauseFirst = 0; // index of the clause's first contribution
  let clauseStart = 0; // where the clause's text starts
  let concessive = false;
  let lastTermFirst = -1;
  let lastTermEnd = -1;
  const repeats = new Map<number, number>();
  const sarcasmAt: { start: number; clause: number }[] = [];
  let resolvedAt = -1;
  let hearsayAt = -1;
  const tracking: Contribution[] = [];
  let asksAt: [number, number] | undefined;
  const courtesy = new Set<Contribution>();
  let contrastAt = -1;
  // [first, end) contribution indices of each closed clause; a clause-scoped sarcasm cue names its clause
  const clauses: [number, number][] = [];

  // A negation that found no listed word ("the app won't sync", "没给我补") still says something is
  // wrong when the message is about an order or a product; remembered for the end.
  let negUsed = false;
  let dangling: { start: number; end: number } | undefined;
  const resetPending = () => {
    if (negCount > 0 && !negUsed && !dangling) dangling = { start: negStart, end: negEnd };
    negUsed = false;
    negCount = 0;
    negFactor = 1;
    negStart = negEnd = -1;
    modFactor = 1;
    modStart = modEnd = -1;
    profanityMod = undefined;
  };

  const add = (labels: Weights, factor: number, start: number, end: number, why: WhyCode) => {
    for (const label of signalLabels) {
      const w = labels[label];
      if (w && w > 0) contributions.push({ label, weight: w * factor, start, end, why });
    }
  };

  const applyTerm = (term: Term, start: number, end: number) => {
    const latin = term.latin;
    const negActive = negCount > 0 && reaches(s, negEnd, start, latin, term.why === 'threat' && NO_INTENT.test(s.slice(negStart, negStart + 24)));
    if (negActive) negUsed = true;
    const negated = negActive && negCount % 2 === 1;
    const modActive = modFactor !== 1 && reaches(s, modEnd, start, latin);
    const weights = negated ? (term.neg === undefined ? defaultNegation(term.labels) : term.neg) : term.labels;
    for (const f of term.flags) if (!negated || topicFlags.has(f)) flags.add(f);
    if (negated) for (const f of term.negFlags) flags.add(f);

    let factor = (modActive ? modFactor : 1) * (negActive ? negFactor : 1);
    const key = term.id * 2 + (negated ? 1 : 0); // "help" and "no help" are different signs
    const seen = repeats.get(key) ?? 0;
    repeats.set(key, seen + 1);
    // the same word again adds less each time (急急急 is urgent, not three times as urgent)
    factor *= seen === 0 ? 1 : seen === 1 ? 0.5 : seen === 2 ? 0.25 : 0;

    let spanStart = start;
    if (negActive && negStart >= 0) spanStart = Math.min(spanStart, negStart);
    if (modActive && modStart >= 0) spanStart = Math.min(spanStart, modStart);
    const why: WhyCode = negated ? 'negated' : modActive ? (modFactor > 1 ? 'intensified' : 'softened') : term.why;

    lastTermFirst = contributions.length;
    lastTermEnd = end;
    // an eye-roll or upside-down face colours the whole message, wherever the praise sits in it
    if (term.flags.includes('sarcasm') && !negated) sarcasmAt.push({ start, clause: term.irony === 'clause' ? clauses.length : term.why === 'emoji' ? WHOLE_MESSAGE : -1 });
    if (term.flags.includes('resolved') && !negated) resolvedAt = start;
    if (term.flags.includes('hearsay') && hearsayAt < 0) hearsayAt = start;
    if (term.flags.includes('asks') && !asksAt) asksAt = segmentAround(s, start, end);
    if ((term.flags.includes('safety') || term.flags.includes('harm')) && !asksAt) asksAt = harmAskedAbout(s, start, end);
    if (weights && factor > 0) {
      const first = contributions.length;
      add(weights, factor, spanStart, end, why);
      if (term.flags.includes('courtesy')) for (let i = first; i < contributions.length; i++) courtesy.add(contributions[i]!);
      if (term.flags.includes('tracking')) for (let i = first; i < contributions.length; i++) tracking.push(contributions[i]!);
      // profanity that intensified a complaint also counts as anger itself ("fucking useless")
      if (profanityMod && profanityMod.term.labels && !negated) {
        const positiveOnly = !negativeLabels.some((l) => (weights[l] ?? 0) > 0);
        if (!positiveOnly) add(profanityMod.term.labels, 1, profanityMod.start, profanityMod.end, 'profanity');
      }
    }
    if (profanityMod && !negated && weights && !negativeLabels.some((l) => (weights[l] ?? 0) > 0)) {
      // "fucking awesome": emphasis, not anger
    } else if (profanityMod) for (const f of profanityMod.term.flags) flags.add(f);
    resetPending();
  };

  const closeClause = (stop: StopToken | undefined) => {
    const excl = stop?.excl ?? 0;
    const ques = stop?.ques ?? 0;
    const clauseHas = contributions.length > clauseFirst;
    if (excl >= 2) {
      const mult = excl >= 3 ? 1.5 : 1.3;
      for (let i = clauseFirst; i < contributions.length; i++) contributions[i]!.weight *= mult;
      if (stop) {
        // the marks themselves become evidence for the clause's strongest label (or impatience on their own)
        let top: Contribution | undefined;
        for (let i = clauseFirst; i < contributions.length; i++) if (!top || contributions[i]!.weight > top.weight) top = contributions[i];
        contributions.push({ label: clauseHas && top ? top.label : 'anxious', weight: clauseHas ? 0.3 : 0.6, start: stop.start, end: stop.end, why: 'exclaim' });
      }
    }
    if (stop && ques >= 2) {
      const upset = contributions.some((c) => negativeLabels.includes(c.label));
      if (upset || excl > 0) contributions.push({ label: 'angry', weight: 1.2, start: stop.start, end: stop.end, why: 'question' });
      // "found my order yet???": a buyer pressing about an order is impatient, not puzzled
      else if (flags.has('ship') || flags.has('afterSales')) contributions.push({ label: 'anxious', weight: 1.2, start: stop.start, end: stop.end, why: 'question' });
      // "any discount if I buy 3??" is keen, not puzzled
      else if (!flags.has('preSale')) contributions.push({ label: 'confused', weight: 1.2, start: stop.start, end: stop.end, why: 'question' });
    } else if (stop && excl >= 1 && ques >= 1) {
      contributions.push({ label: 'angry', weight: 0.8, start: stop.start, end: stop.end, why: 'question' });
    }
    if (concessive) {
      for (let i = clauseFirst; i < contributions.length; i++) contributions[i]!.weight *= 0.6;
      concessive = false;
    }
    const clauseEnd = stop ? stop.start : s.length;
    const clauseText = s.slice(clauseStart, clauseEnd).trimStart();
    const asked = (ques > 0 && YES_NO_OPENER.test(clauseText)) || TAG_QUESTION.test(clauseText);
    for (let i = clauseFirst; i < contributions.length; i++) {
      const c = contributions[i]!;
      if (c.label === 'positive' && (asked || askedInChinese(s, c, clauseEnd))) c.weight = 0;
    }
    resetPending();
    clauses.push([clauseFirst, contributions.length]);
    clauseFirst = contributions.length;
    clauseStart = stop ? stop.end : s.length;
  };

  // "boleh tukar tak?", "price same meh": a tag word closing a clause after other words only asks
  const closesQuestion = (t: Term, tok: Token) =>
    t.tagQuestion && endsClause(s, tok.end) && /[a-z0-9]\s*$/.test(s.slice(clauseStart, tok.start));

  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!;
    if (tok.kind === 'stop') {
      closeClause(tok);
      continue;
    }
    const t = tok.term;
    switch (t.kind) {
      case 'ignore':
        break;
      case 'negator':
        // 能发不 / 有货不 / 到了没: a 不 or 没 right after a verb at the end of a clause asks a yes/no question
        // 要加钱不 / 能寄不: a lone 不 or 没 closing a clause after any Chinese word asks too
        if (!t.latin && endsClause(s, tok.end)) {
          const afterTerm = k > 0 && tokens[k - 1]!.kind === 'term' && tokens[k - 1]!.end === tok.start;
          const loneAfterHan = tok.end - tok.start === 1 && tok.start > 0 && s.charCodeAt(tok.start - 1) >= 0x4e00;
          if (afterTerm || loneAfterHan) break;
        }
        if (closesQuestion(t, tok)) break;
        if (negCount > 0 && reaches(s, negEnd, tok.start, t.latin)) negCount++;
        else {
          if (negCount > 0) resetPending();
          negCount = 1;
          negStart = tok.start;
          negFactor = 1;
        }
        negFactor = Math.min(negFactor, t.factor);
        negEnd = tok.end;
        break;
      case 'modifier': {
        const next = tokens[k + 1];
        const tight = next && next.kind === 'term' && reaches(s, tok.end, next.start, t.latin) && (t.latin ? true : next.start === tok.end);
        if (t.labels && !(tight && isSoftTermToken(next))) {
          const after = tok.end < s.length ? s.charCodeAt(tok.end) : 32;
          const atEnd = PARTICLES.has(after) || (after >= 0xd800 && after <= 0xdfff) || (after < 0x2e80 && !isWordCode(after));
          let alone: boolean;
          if (t.latin) {
            // "too long": a word follows; "me too." / "love it too": nothing does
            let k = tok.end;
            while (k < s.length && s.charCodeAt(k) === 32) k++;
            alone = t.alone === 'word' ? k > tok.end && k < s.length && isWordCode(s.charCodeAt(k)) : true;
          } else alone = t.alone === 'word' ? !atEnd && after >= 0x2e80 : atEnd;
          if (alone) applyTerm(t, tok.start, tok.end);
          break;
        }
        if (modFactor !== 1 && reaches(s, modEnd, tok.start, t.latin)) modFactor *= t.factor;
        else {
          modFactor = t.factor;
          modStart = tok.start;
        }
        modEnd = tok.end;
        // 没那么急, not very happy: a negation right before the modifier reaches across it
        if (negCount > 0 && tok.start - negEnd <= (t.latin ? 1 : 0)) negEnd = tok.end;
        if (t.flags.includes('profanity')) profanityMod = { term: t, start: tok.start, end: tok.end };
        break;
      }
      case 'post':
        if (lastTermFirst >= 0 && tok.start - lastTermEnd <= 1) {
          for (let i = lastTermFirst; i < contributions.length; i++) {
            const c = contributions[i]!;
            c.weight *= t.factor;
            c.end = tok.end;
          }
        }
        break;
      case 'contrast':
        // what comes after "but" is what the buyer means
        contrastAt = tok.start;
        for (const c of contributions) c.weight *= 0.6;
        resetPending();
        break;
      case 'concessive':
        concessive = true;
        break;
      case 'term':
        if (closesQuestion(t, tok)) break;
        applyTerm(t, tok.start, tok.end);
        break;
    }
  }
  closeClause(undefined);

  if (dangling && (flags.has('ship') || flags.has('usage') || flags.has('afterSales'))) {
    let end = dangling.end;
    // show the negation with the word it negates: "won't sync", "没补"
    while (end < s.length && s.charCodeAt(end) === 32) end++;
    if (end < s.length && isWordCode(s.charCodeAt(end))) while (end < s.length && isWordCode(s.charCodeAt(end))) end++;
    else end = Math.min(s.length, end + 2);
    contributions.push({ label: 'disappointed', weight: 1.2, start: dangling.start, end, why: 'problem' });
  }

  for (const r of findRepeats(s)) {
    contributions.push({ label: 'anxious', weight: 1.5, start: r.start, end: r.end, why: 'time' });
    contributions.push({ label: 'angry', weight: 0.8, start: r.start, end: r.end, why: 'time' });
    flags.add('time');
  }

  // "please stop sending…", "Wrong size. Again.": exasperation, counted once (a listed phrase such as "stop calling
  // me" may already hold it)
  if (lang === 'en') {
    const held = (e: { start: number; end: number }) => contributions.some((c) => c.label === 'angry' && c.start <= e.start && c.end >= e.end);
    for (const e of findExasperation(s)) if (!held(e)) contributions.push({ label: 'angry', weight: e.weight, start: e.start, end: e.end, why: 'word' });
  }

  for (const m of findMismatches(s)) {
    contributions.push({ label: 'disappointed', weight: 2, start: m.start, end: m.end, why: 'problem' });
    flags.add('afterSales');
  }

  for (const d of findDeadlines(s)) {
    contributions.push({ label: 'anxious', weight: 1.5, start: d.start, end: d.end, why: 'time' });
    flags.add('time');
  }

  const topicBefore = flags.has('ship') || flags.has('afterSales') || flags.has('usage') || flags.has('preSale') || flags.has('digital');
  const waits = findWaits(s, flags);
  for (const w of waits) {
    contributions.push({ label: 'anxious', weight: 1.5, start: w.start, end: w.end, why: 'waited' });
    flags.add('wait');
    if (w.ironic) sarcasmAt.push({ start: w.start, clause: WHOLE_MESSAGE });
  }
  // "Hi, it's been a month. A MONTH.", "恁祖妈等三礼拜了": a wait that names nothing else is for the order; one
  // that ends in a fault ("等了三个礼拜等到一个坏掉的") is over
  if (waits.length && !topicBefore && !contributions.some((c) => c.why === 'problem')) flags.add('ship');
  // an order or promised date and today's ("3号下的单，今天都20号了", "预售说15号发，今天17号了") are a wait for the
  // parcel, unless the buyer is asking about a return ("3号买的 今天20号了 还能退吗"); a return sent back on a date
  // is a wait for the refund
  for (const e of findElapsed(s)) {
    if (e.kind === 'order' && aboutReturnOnly(flags)) continue;
    contributions.push({ label: 'anxious', weight: 1.5, start: e.start, end: e.end, why: 'waited' });
    flags.add('wait');
    flags.add(e.kind === 'return' ? 'afterSales' : 'ship');
  }
  // "where's my refund? returned on the 3rd", "any update? it's my third message": asking where an order is, with
  // the time it has taken or the times asked, is waiting on it
  if (flags.has('tracking') && !flags.has('wait')) {
    const told = TRACKING_TIME.exec(s);
    if (told) {
      contributions.push({ label: 'anxious', weight: 1.5, start: told.index, end: told.index + told[0].length, why: 'waited' });
      flags.add('wait');
    }
  }
  // ...and asked with a deadline, ？？？ or in capitals ("any update? the party is tomorrow", 到哪了？？？, "WHERE IS MY
  // PACKAGE") it is impatience
  const shout = lang === 'en' ? findShouting(text) : undefined;
  if (tracking.length && (flags.has('time') || contributions.some((c) => c.why === 'question') || shout))
    for (const c of tracking) c.weight = Math.max(c.weight, 2);
  // a long wait ("等咗好耐", "taking forever", "5 days") for a parcel is an overdue shipment
  if (flags.has('wait') && flags.has('ship')) flags.add('stuck');

  // A worry or gripe the buyer has since said is over counts a little; the time pressure and the stuck
  // parcel it raised are gone. What comes after the cue ("it came today, but broken") still counts.
  if (resolvedAt >= 0) {
    // a feeling told as past next to the good news ("本来还担心会影响报销", "I was so worried") is over too
    const past = (c: Contribution) => c.why !== 'threat' && c.why !== 'problem' && toldAsPast(s, c.start);
    for (const c of contributions) if (negativeLabels.includes(c.label) && c.why !== 'threat' && (c.start < resolvedAt || past(c))) c.weight *= NOT_LIVE;
    for (const f of ['stuck', 'time', 'wait'] as const) flags.delete(f);
    // nothing left to fix after it ("谢啦 问题解决了"): no after-sales or usage case either
    // and what is left of the story before it are traces, however long the story was
    if (!contributions.some((c) => c.start >= resolvedAt && negativeLabels.includes(c.label) && !past(c))) {
      dropCase(flags);
      for (const c of contributions) if (negativeLabels.includes(c.label) && c.why !== 'threat') c.weight *= NOT_LIVE;
    }
  }

  // "if it arrives damaged, can I return it? just checking before I order": nothing has gone wrong yet
  // "can I still change the address? it hasn't shipped yet", "pause my deliveries for two weeks": the buyer
  // wants it not shipped, so "not shipped" and a span of time are no worry
  if (flags.has('notYet')) for (const c of contributions) if (c.label === 'anxious' && (c.why === 'negated' || c.why === 'waited')) c.weight *= NOT_LIVE;
  // a fault asked about (会不会漏电着火？) is a doubt before buying, unless a real problem is told outside that
  // question (电池鼓包了！！会不会爆炸啊, 电池鼓起来了 放在家里会不会爆炸)
  if (asksAt) {
    const [from, to] = asksAt;
    // a problem word in another question (是不粘内胆吗) tells nothing either
    const told = contributions.some((c) => (c.end <= from || c.start >= to) && negativeLabels.includes(c.label) && c.why !== 'exclaim' && !isQuestion(s, segmentAround(s, c.start, c.end)) && !inYesNoQuestion(s, c.start, c.end));
    if (!told) {
      flags.add('hypothetical');
      flags.add('preSale');
    }
  }
  // what reviews or another shop said is a doubt before buying, unless the buyer goes on to say it happened to
  // them ("看评论说有异味，收到果然有", "reviews said it runs small and sure enough it does")
  // ...and so is a friend's or a colleague's word the buyer asks to have confirmed (朋友说你们家是假货 真的吗)
  const rumour = PERSON_SAID.exec(s);
  if (rumour && IS_IT_TRUE.test(s.slice(rumour.index)) && !OWN_ORDER.test(s) && !flags.has('safety') && !flags.has('harm')) hearsayAt = Math.max(hearsayAt, rumour.index);
  if (hearsayAt >= 0 && !OWN_EXPERIENCE.test(s.slice(hearsayAt))) {
    flags.add('hypothetical');
    flags.add('preSale');
  }
  // "I'm looking at the 65L pack... most packs I've tried ride too low", "想问清楚再下单 之前买过一个杂牌的，用了三个
  // 月就坏了": a buyer who says they have not bought yet tells worries and other shops' faults, not a case
  if (BUYING_INTENT.test(s) && !OWN_ORDER.test(s) && /[?？]|吗|嗎|请问|請問/.test(s)) {
    flags.add('hypothetical');
    flags.add('preSale');
  }
  // "if it arrives damaged, can I return it?": a feeling inside a condition is imagined; a deadline, a wait or a
  // parcel not come in one ("if it doesn't arrive by the 20th") is real
  const conditionals = findConditionals(s);
  if (conditionals.length) {
    const imagined = new Set<Contribution>();
    for (const { start, end } of conditionals) {
      for (const c of contributions) if (c.start >= start && c.start < end && negativeLabels.includes(c.label) && c.why !== 'threat' && c.why !== 'waited' && !(c.why === 'time' && DEADLINE.test(s.slice(c.start, c.end))) && !(c.label === 'anxious' && c.why === 'negated')) imagined.add(c);
    }
    for (const c of imagined) c.weight *= NOT_LIVE;
    // every problem only imagined ("如果买回来尺寸不合适可以退吗"): a question before buying; not a how-to about
    // something the buyer has ("how do I reset the password if I no longer have the old email?")
    const real = (c: Contribution) => (negativeLabels.includes(c.label) && c.why !== 'exclaim' && c.why !== 'question') || c.label === 'confused';
    if (imagined.size && !contributions.some((c) => !imagined.has(c) && real(c))) {
      flags.add('hypothetical');
      flags.add('preSale');
    }
  }
  // "白色的怕被染，洗了不会掉色吧？", "does the serum burn? scared of breakouts before my wedding": a buyer with no order
  // in the message whose every worry sits in a question or in a fear of what might happen is asking before buying
  const aCase = flags.has('afterSales') || flags.has('usage') || flags.has('stuck') || flags.has('ship') || flags.has('digital');
  if (!flags.has('hypothetical') && !aCase && /[?？]|吗|嗎|不[会會].{0,12}吧|会不会|會不會/.test(s) && !OWN_ORDER.test(s)) {
    const worries = fearsAhead(s);
    const live = (c: Contribution) => negativeLabels.includes(c.label) && c.why !== 'exclaim' && c.why !== 'question';
    const feared = (c: Contribution) => worries.some(([a, b]) => c.start >= a && c.start < b);
    const asked = (c: Contribution) => feared(c) || inYesNoQuestion(s, c.start, c.end);
    const doubt = (c: Contribution) => (c.label === 'anxious' || c.label === 'disappointed') && c.why !== 'waited' && (c.why !== 'time' || feared(c)) && asked(c);
    // a word that is mostly a doubt carries its trace of anger along (有没有色差)
    const doubtful = (c: Contribution) => doubt(c) || contributions.some((d) => d !== c && d.start === c.start && d.end === c.end && d.weight > c.weight && doubt(d));
    if (contributions.some(live) && contributions.every((c) => !live(c) || doubtful(c))) {
      flags.add('hypothetical');
      flags.add('preSale');
      // 怕 is no deadline here
      flags.delete('time');
    }
  }
  if (flags.has('hypothetical')) {
    for (const c of contributions) if (negativeLabels.includes(c.label) && c.why !== 'threat') c.weight *= NOT_LIVE;
    dropCase(flags);
    flags.delete('stuck');
    flags.delete('wait');
    flags.delete('safety');
  }

  // 好吃到哭😭, "obsessed 😭", "grandma loved the flowers, she cried": tears beside praise and nothing wrong are joy
  const tears = TEARS_ANYWHERE.test(s) ? contributions.filter((c) => (c.why === 'emoji' ? TEAR_EMOJI : TEAR_WORD).test(s.slice(c.start, c.end))) : [];
  if (tears.length && contributions.some((c) => c.label === 'positive' && c.weight >= 1) && contributions.every((c) => !negativeLabels.includes(c.label) || tears.includes(c)))
    for (const c of tears) if (negativeLabels.includes(c.label)) c.weight = 0;

  // Whether the message is about the order, the product or the service (no topic flag changes after this point).
  const aboutShop = [...topicFlags].some((f) => flags.has(f));
  for (const c of contributions) {
    if (!negativeLabels.includes(c.label)) continue;
    // "he seemed pretty frustrated", "my brother was pissed": someone else's feeling, seen or told
    if (observedFeeling(s, c.start, c.end, aboutShop)) c.weight *= NOT_LIVE;
    // "I want that cabin so bad": longing, not a letdown
    else if (wantsBadly(s, c.start, c.end)) c.weight = 0;
  }

  // what the buyer wants written on a gift card or engraved is not what they feel
  if (hasQuote(s)) {
    const dictated = dictatedQuotes(s);
    for (let i = contributions.length - 1; i >= 0 && dictated.length; i--) {
      const c = contributions[i]!;
      if (dictated.some((q) => c.start >= q.start && c.end <= q.end)) contributions.splice(i, 1);
    }
  }

  // "身高158穿S还是M？谢谢", "麻烦帮我重开发票 谢谢", "Any ETA? 🙏": thanks that only close a question or a request
  // are manners, not praise (agents read these as neutral; thanks with nothing asked stay praise)
  if (courtesy.size && ASKS_OR_REQUESTS.test(s) && contributions.every((c) => c.label !== 'positive' || courtesy.has(c)))
    for (const c of courtesy) if (c.label === 'positive') c.weight *= 0.5;

  for (const c of contributions) raw[c.label] += c.weight;
  let negativeRaw = raw.angry + raw.anxious + raw.disappointed + raw.threatening;

  if (shout) {
    for (const c of contributions) if (negativeLabels.includes(c.label)) c.weight *= 1.3;
    // capitals alone are emphasis; with a complaint they are shouting
    if (raw.positive < 1 || negativeRaw > raw.positive) contributions.push({ label: 'angry', weight: negativeRaw > 0 ? 1.5 : 1, start: shout.start, end: shout.end, why: 'caps' });
  }
  // swearing next to "lol"/"哈哈" is banter more than anger
  if (flags.has('laugh')) for (const c of contributions) if (c.why === 'profanity' || (negativeLabels.includes(c.label) && c.why !== 'threat' && c.why !== 'time')) c.weight *= 0.5;

  // The shop's own promise quoted back next to a sarcasm cue ("Oh sure, 'ships in 24 hours'. Very funny.",
  // 你们说的“正品保证”？佩服) is the complaint the cue needs; its stock reply quoted back as heard again
  // (又是一个“正在处理”, "another week of 'we're looking into it'") is sarcastic on its own.
  const quoting = hasQuote(s);
  if (quoting) {
    const quoted = findQuotedPromise(s);
    if (quoted && (sarcasmAt.length || (quoted.stock && STOCK_AGAIN.test(s)))) {
      contributions.push({ label: 'angry', weight: 1, start: quoted.start, end: quoted.end, why: 'sarcasm' });
      negativeRaw += 1;
      if (!sarcasmAt.length) sarcasmAt.push({ start: quoted.start, clause: WHOLE_MESSAGE });
      // the shop's words quoted back make the whole message ironic: "Oh great, another 'we are checking' reply.
      // Super helpful."
      for (const p of sarcasmAt) p.clause = WHOLE_MESSAGE;
    }
  }

  // Sarcasm with no listed cue: "oh good, another…", a closing "Cool." after a letdown. It is the complaint itself,
  // and the praise around it mocks (counted once where a listed cue such as "oh great" already holds it).
  if (lang === 'en')
    for (const i of findIrony(s)) {
      if (contributions.some((c) => c.why === 'sarcasm' && c.start < i.end && c.end > i.start)) continue;
      if (i.needsLetdown && !contributions.some((c) => complaintLabels.includes(c.label) && c.weight >= 1 && c.end <= i.start)) continue;
      contributions.push({ label: 'angry', weight: 1.2, start: i.start, end: i.end, why: 'sarcasm' });
      negativeRaw += 1.2;
      sarcasmAt.push({ start: i.start, clause: WHOLE_MESSAGE });
    }

  // Praise in scare quotes is irony: 真是「优质」卖家, 'what "great" service', a “fast” courier
  for (const q of quoting ? scareQuotes(s) : []) {
    for (const c of contributions) {
      if (c.label !== 'positive' || c.start < q.start || c.end > q.end) continue;
      c.label = 'angry';
      c.weight *= 0.7;
      c.why = 'sarcasm';
      negativeRaw += c.weight;
    }
  }

  // Sarcasm: praise close to a sarcasm cue, in a message with a complaint, is the complaint
  // ("呵呵，真棒", "great, just great", "love it when it breaks").
  if (sarcasmAt.length && negativeRaw > 0) {
    // a clear complaint (one listed word's worth), not worry or a passing "please"/"help"
    const complaintIn = (range: [number, number] | undefined) => {
      let w = 0;
      if (range) for (let i = range[0]; i < range[1]; i++) if (complaintLabels.includes(contributions[i]!.label)) w += contributions[i]!.weight;
      return w >= 1;
    };
    const inRange = (i: number, range: [number, number] | undefined) => !!range && i >= range[0] && i < range[1];
    // A message-wide cue needs a complaint or a late parcel somewhere (not a mere "how long did it take?"),
    // and a "but" after it makes the praise sincere: "great job, but the box was dented" is mixed,
    // "great job, wrong item again" is not.
    const anyComplaint = complaintIn([0, contributions.length]) || flags.has('stuck') || flags.has('wait');
    const cues = sarcasmAt.filter((p) => (p.clause === -1 ? anyComplaint && !(contrastAt > p.start) : p.clause < 0 || complaintIn(clauses[p.clause])));
    const near = (p: { start: number; clause: number }, c: Contribution, i: number) =>
      p.clause === WHOLE_MESSAGE ? true : p.clause < 0 ? Math.abs(c.start - p.start) <= SARCASM_REACH : inRange(i, clauses[p.clause]);
    for (let i = 0; i < contributions.length; i++) {
      const c = contributions[i]!;
      if (c.label === 'positive' && cues.some((p) => near(p, c, i))) {
        c.label = 'angry';
        c.weight *= 0.7;
        c.why = 'sarcasm';
      }
    }
  }

  for (const l of signalLabels) raw[l] = 0;
  for (const c of contributions) raw[c.label] += c.weight;

  // Clear praise outweighs a passing gripe ("很好用，就是有点贵"): a care label under half the praise counts half.
  // A gripe about something other than the order, the product or the service ("the weather is awful,
  // love the dress!") is outweighed as soon as the praise is larger.
  const outweighed = aboutShop ? 0.5 : OUTWEIGHED_ELSEWHERE;
  // Praise never talks away a threat ("best purchase ever… never buying from you again"), nor a fault the
  // buyer reports after a "but" ("love it, fits perfectly, but a button fell off": it still needs a fix).
  // A fault mentioned in passing in a glowing review stays outweighed.
  let lastPraise = -1;
  for (const c of contributions) if (c.label === 'positive') lastPraise = Math.max(lastPraise, c.start);
  const kept = (c: Contribution) => (c.label === 'threatening' && c.start > lastPraise) || (contrastAt >= 0 && c.start > contrastAt && c.why === 'problem');
  if (raw.positive >= 2) {
    for (const l of negativeLabels) {
      if (raw[l] > 0 && raw[l] < outweighed * raw.positive) {
        for (const c of contributions) if (c.label === l && !kept(c)) { raw[l] -= c.weight * 0.5; c.weight *= 0.5; }
      }
    }
  }
  // "按了都没反应 是坏了吗", "how do I reset it? nothing happens": a buyer asking how to make the product in hand
  // work is puzzled first. The problem stays (care, medium); the badge and the opener read confused.
  if (squash(raw.disappointed) >= PRESENT && raw.angry + raw.anxious + raw.threatening === 0 && flags.has('usage') && !flags.has('afterSales') && !flags.has('ship')) {
    const asked = HOW_OR_WHY.exec(s);
    if (asked) {
      const weight = raw.disappointed - raw.confused + 0.3;
      if (weight > 0) {
        contributions.push({ label: 'confused', weight, start: asked.index, end: asked.index + asked[0].length, why: 'question' });
        raw.confused += weight;
      }
    }
  }
  // "上个月的电暖器有异味…现在味道完全没有了…当时还挺担心…谢谢你们的建议": a long story of a problem that ends
  // in thanks, asks for nothing and is mostly praise is a case closed; the problem in it is history
  if (endsInThanks(s, contributions, raw)) {
    for (const c of contributions) if (negativeLabels.includes(c.label) && c.why !== 'threat') { raw[c.label] -= c.weight * (1 - NOT_LIVE); c.weight *= NOT_LIVE; }
    dropCase(flags);
    for (const f of ['stuck', 'time', 'wait'] as const) flags.delete(f);
  }
  return { raw, contributions, flags, lang };
}

const SENTENCE_END = /[。！!？?.\n]+/g;
/** Thanks to the shop (praise alone can be irony: "Can't wait to order again."). */
const GRATITUDE = /谢谢|感谢|多谢|辛苦|thank|grateful|appreciate/;
const STILL_WANTS = /[?？]|吗|嗎|\b(?:can you|could you|would you|please|pls|asap)\b|麻烦|能不能|能否|尽快|请尽快|帮我/;
/** A message of several sentences that ends in thanks, is mostly praise and asks for nothing. */
function endsInThanks(s: string, contributions: readonly Contribution[], raw: Record<SignalLabel, number>): boolean {
  const negative = raw.angry + raw.anxious + raw.disappointed;
  if (raw.threatening > 0.5 || raw.positive < 2 * negative || raw.positive < 3) return false;
  // several sentences, the last one thanks the shop, and nothing is asked anywhere
  const ends: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(s); m; m = SENTENCE_END.exec(s)) if (m.index + m[0].length < s.length - 1) ends.push(m.index + m[0].length);
  if (ends.length < 2) return false;
  const from = ends[ends.length - 1]!;
  if (STILL_WANTS.test(s) || !GRATITUDE.test(s.slice(from))) return false;
  // and no gripe in its second half that is not told as past ("the charger was missing though. Thanks!")
  const half = Math.min(from, s.length / 2);
  return !contributions.some((c) => c.start >= half && c.weight > 0 && negativeLabels.includes(c.label) && !toldAsPast(s, c.start));
}
