import { digitCount } from './guards';
import { spans, type Candidate } from './types';

// Parcel tracking numbers: couriers' own prefixes (顺丰 SF, 圆通 YT, 极兔 JT, 京东 JD…, 中通 ZTO,
// 申通 STO, 韵达 YD, 德邦 DPK, UPS 1Z, Amazon TBA, Cainiao LP), UPU S10 codes (EA123456789CN),
// USPS 22-digit numbers (also spaced 4-4-4-4-4-2); anything with 6+ digits after a tracking word or a
// courier's name (Chinese couriers, DHL, FedEx…), also in groups of four ("tracking: 9400 1118 …").
// A courier prefix outranks an order word ("顺丰单号SF…" is a parcel, though 单号 also labels orders).
const prefixed =
  /(?<![A-Za-z0-9])(?:SF\d{12,15}|YT\d{13,18}|JT\d{13,15}|JD[A-Z]{0,2}\d{11,15}|ZTO\d{10,15}|STO\d{10,15}|YD\d{13,15}|DPK\d{10,15}|1Z[0-9A-Z]{16}|TBA\d{12}|LP\d{14}|[A-Z]{2}\d{9}[A-Z]{2}|9[1-5]\d{20})(?![A-Za-z0-9])/gi;
const usps = /(?<![A-Za-z0-9])9[1-5]\d{2}(?:\s\d{4}){4}\s\d{2}(?![A-Za-z0-9]|\s\d)/g;
const couriers = '(?<![A-Za-z])(?:DHL|FedEx|UPS|USPS|EMS|TNT|Aramex|DPD|GLS|Evri|Yodel|Hermes|Purolator|OnTrac|SingPost|Pos\\s?Laju|Ninja\\s?Van|Royal\\s+Mail|Canada\\s+Post|Australia\\s+Post)(?![A-Za-z])(?:\\s*(?:tracking|number|no\\.?|#))*';
const cued = new RegExp(
  `(?:(?:顺丰|中通|圆通|申通|韵达|极兔|邮政|德邦|百世|天天|京东)(?:快递|速运|物流)?的?(?:快递单号|运单号|单号)?|快递单号|快递号|运单号|运单|物流单号|物流号|快递|物流|${couriers}|tracking(?:\\s*(?:number|no\\.?|#|id|code))?|waybill|AWB)[\\s:：#]*(?:是|为|is)?\\s*([A-Za-z0-9][A-Za-z0-9-]{7,30}|\\d{4}(?:\\s\\d{4}){2,5}(?:\\s\\d{2})?)(?![A-Za-z0-9-])`,
  'dgi',
);

export function detectTracking(text: string): Candidate[] {
  const out: Candidate[] = [...spans(prefixed, text), ...spans(usps, text)].map(({ start, end }) => ({ kind: 'tracking', start, end, score: 88, detector: 'tracking' }));
  for (const { start, end, match } of spans(cued, text, 1)) {
    if (digitCount(match[1] ?? '') >= 6) out.push({ kind: 'tracking', start, end, score: 95, detector: 'tracking' });
  }
  return out;
}
