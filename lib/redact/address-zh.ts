import type { Candidate } from './types';

// Chinese addresses as a chain of parts: admin units (省/市/区/县/镇/街道…), streets (路/街/巷/弄…),
// estates and venues (小区/花园 homes; 大厦/广场/大学… places), buildings (3号楼/2单元/501室), house numbers (90号). A chain counts
// as an address only once it reaches a door (see isAddress): "发到杭州市西湖区要几天" names a region,
// not a person, and stays readable for the team lead. The mask runs from the first admin unit through the
// last part (house number, building, room).

// Characters that never start or sit inside a place name here: they belong to the sentence around it
// ("我住在…", "寄到…", "地址是…"). This keeps the mask from swallowing the words before an address.
// 发 is in many place names (兴发路, 发展大道), so only 发到/发往/发去/发给/发货 stop a name; a chain that
// still starts before a 发 ("能发杭州市…") is moved past it (see detectAddressZh).
const stop = '我你您他她它的了是在住到寄送址吗呢吧啊呀哦么请帮给把想这那哪被让叫说问找买要不没很也还就';
const notPlace = `(?![${stop}]|发[到往去给货])`;
const han = `(?:${notPlace}[\\u4e00-\\u9fa5])`;
const hanOrAlnum = `(?:${notPlace}[\\u4e00-\\u9fa5A-Za-z0-9])`;
const num = '[0-9一二三四五六七八九十百零两]';

const provinces =
  '北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门';

type Level = 'admin' | 'street' | 'estate' | 'venue' | 'number' | 'building' | 'room';

// Tried at each position; the shortest match wins so a chain splits into its real parts
// ("西湖区" + "文三路", not one "西湖区文三路" street), ties going to the earlier entry (so "1888弄"
// is a door number, not a street).
const parts: { level: Level; re: RegExp; notFirst?: boolean }[] = [
  { level: 'admin', re: new RegExp(`(?:${provinces})(?:省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)?`, 'y') },
  // Homes: a door by themselves ("阳光花园7栋", "杭州市西湖区阳光小区").
  { level: 'estate', re: new RegExp(`${hanOrAlnum}{2,12}?(?:小区|花园|家园|新村|公寓|大厦|大楼|苑|庭|公馆|社区)(?:小区|社区|公寓|大厦)?`, 'y') },
  // Public places: part of an address, but "北京中医药大学" alone is nobody's door.
  { level: 'venue', re: new RegExp(`${hanOrAlnum}{2,12}?(?:广场|园区|软件园|产业园|科技园|工业园|中心|商城|城|大学|学院|中学|小学|医院|公司|酒店|宾馆)(?:小区|社区|公寓|大厦)?`, 'y') },
  { level: 'admin', re: new RegExp(`${han}{2,7}?(?:特别行政区|自治区|自治州|自治县|省|市|地区|盟|街道|区|县|旗|镇|乡)`, 'y') },
  { level: 'number', re: new RegExp(`${num}{1,5}(?:-${num}{1,5})?\\s?(?:号(?!线)(?:楼|院|之${num}{1,2})?|弄)`, 'y') },
  { level: 'building', re: new RegExp(`(?:${num}{1,4}\\s?(?:栋|幢|座|单元|层|楼|室|户|号房|组)|[A-Za-z](?:座|栋|幢|区))`, 'y') },
  // 3-2-501 (building-unit-room), never first: alone it reads like a date.
  { level: 'building', re: /\d{1,3}-\d{1,3}-\d{2,5}(?![\d:-])/y, notFirst: true },
  { level: 'street', re: new RegExp(`${hanOrAlnum}{1,10}?(?:大道|大街|胡同|路|街(?!道)|巷|弄|道|村|屯)`, 'y') },
  // Sections of a long road: 四段, and by direction 北段/中段 ("天府大道北段1700号").
  { level: 'street', re: new RegExp(`(?:${num}{1,3}|[东西南北中])段`, 'y') },
];
// A bare room number ("2单元501") only right after a building part.
const room = /\d{2,5}(?:室|房)?(?![\d:])/y;
// Only spaces and 、 join parts: a comma usually starts a new clause ("西临漕西北路，东接创世纪花园").
const gap = /[\s、]{0,2}/y;
const provinceAnywhere = new RegExp(provinces);

function partAt(text: string, pos: number, prev: Level | undefined): { level: Level; end: number } | undefined {
  let best: { level: Level; end: number } | undefined;
  for (const p of parts) {
    if (p.notFirst && !prev) continue;
    p.re.lastIndex = pos;
    const m = p.re.exec(text);
    if (m && (!best || pos + m[0].length < best.end)) best = { level: p.level, end: pos + m[0].length };
  }
  if (!best && prev === 'building') {
    room.lastIndex = pos;
    const m = room.exec(text);
    if (m) best = { level: 'room', end: pos + m[0].length };
  }
  return best;
}

const maxParts = 14;

function chainAt(text: string, start: number): { end: number; levels: Level[]; firstEnd: number } | undefined {
  const levels: Level[] = [];
  const ends: number[] = [];
  let pos = start;
  // Real addresses have about a dozen parts at most; the cap keeps long runs of text linear.
  while (levels.length < maxParts) {
    const part = partAt(text, pos, levels[levels.length - 1]);
    if (!part) break;
    levels.push(part.level);
    ends.push(part.end);
    gap.lastIndex = part.end;
    pos = part.end + (gap.exec(text)?.[0].length ?? 0);
  }
  // A street after the last door starts the next sentence ("堵塞小区道路"): it is not this address.
  const isDoor = (l: Level) => l === 'number' || l === 'building' || l === 'room' || l === 'estate';
  while (levels.length > 1 && levels[levels.length - 1] === 'street' && levels.some(isDoor)) {
    levels.pop();
    ends.pop();
  }
  const end = ends[ends.length - 1];
  const firstEnd = ends[0];
  return end !== undefined && firstEnd !== undefined ? { end, levels, firstEnd } : undefined;
}

// Personal once it pins down a door: a house number, building or estate, below a street or estate
// ("文三路90号", "阳光小区7栋"). A street alone ("南京东路步行街") or a region is public geography.
function isAddress(levels: Level[]): boolean {
  if (levels.length < 2) return false;
  const door = levels.some((l) => l === 'number' || l === 'building' || l === 'estate');
  const place = levels.some((l) => l === 'street' || l === 'estate' || l === 'venue' || l === 'building');
  return door && place;
}

export function detectAddressZh(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    // Chains start at a Han character or a digit (a road with no city: "文三路90号").
    const digit = c >= 48 && c <= 57;
    // Never start inside a number ("2007-7-11" must not become "007-7-11").
    if (!((c >= 0x4e00 && c <= 0x9fa5) || digit) || (digit && /[\d.\-:]/.test(text[i - 1] ?? ''))) {
      i++;
      continue;
    }
    const chain = chainAt(text, i);
    if (chain && isAddress(chain.levels)) {
      // "家北京市…": the chain began a character early; start at the province it contains.
      let start = i;
      const first = text.slice(i, chain.firstEnd);
      const inFirst = first.search(provinceAnywhere);
      if (inFirst > 0) start = i + inFirst;
      else {
        // "能发杭州市…": the chain took in the verb; start after the 发 when the rest is still the same address.
        const fa = first.lastIndexOf('发');
        const after = fa >= 0 ? chainAt(text, i + fa + 1) : undefined;
        if (after && after.end === chain.end && isAddress(after.levels)) start = i + fa + 1;
      }
      out.push({ kind: 'address', start, end: chain.end, score: 50, detector: 'address-zh' });
      i = chain.end;
    } else i++;
  }
  // Postcodes after a postcode word.
  const post = /(?:邮编|邮政编码)[\s:：]*(\d{6})(?!\d)/g;
  for (let m = post.exec(text); m; m = post.exec(text)) {
    const start = m.index + m[0].length - 6;
    out.push({ kind: 'address', start, end: start + 6, score: 80, detector: 'address-zh' });
  }
  return out;
}
