import type { Group } from './types';

// Buyers in Singapore, Malaysia and the Philippines (Shopee, Lazada, TikTok Shop) write English mixed with
// Singlish particles, Malay (tak sampai, rosak, penipu) and Tagalog (wala pa, sira, bobo). Written for this
// product from everyday usage (no list adapted); conventions as in en.ts. Particles that carry no feeling
// (lah, leh, po, naman) need no entry: unknown words are skipped.

export const seaGroups: Group[] = [
  // ── negation: Malay tak/belum, Tagalog hindi/wala/ayaw ("tak sampai", "wala pa rin", "ayaw gumana") ──────
  // Malay "di" (at) and Tagalog "di" (not) collide, so only Tagalog's unambiguous "di" phrases are listed.
  { kind: 'negator', factor: 1, tagQuestion: true, terms: 'tak|tidak' },
  { kind: 'negator', factor: 1, terms: 'takde|tak ada|tiada|belum|masih belum|bukan|hindi|hindi pa|di pa|di pa rin|di ko|di nyo|di na|di man lang|wala|wala pa|wala pa rin|walang|ayaw|ayaw na' },

  // ── a parcel that has not come: the negated verb is a stuck shipment (like "not arrived") ─────────────
  { labels: {}, neg: { anxious: 2 }, flags: ['ship'], negFlags: ['stuck', 'time'], why: 'problem', terms: 'sampai|sampai lagi|dapat barang|terima|diterima|dihantar|hantar|pos|dumating|dumarating|natanggap|nareceive|na-receive|naship|na-ship|nai-ship|nadeliver|na-deliver|gumagalaw|gumalaw|bergerak|gerak|reach|reached' },
  // ── a product that does not work, fit or connect ───────────────────────────────────────────────────────
  { labels: {}, neg: { disappointed: 2 }, flags: ['usage'], why: 'problem', terms: 'berfungsi|boleh guna|boleh pakai|boleh on|hidup|menyala|nyala|muat|gumagana|gumana|gagana|umaandar|kasya|magamit|ma-connect|maconnect|mabuksan|bumubukas|lumabas|ma-on|mag-on|nag-on|assemble|put together' },
  // Singlish: "the fan cannot on", "spoil already"
  { labels: { disappointed: 2 }, flags: ['usage'], why: 'problem', terms: 'cannot on|can\'t on|cannot off|cannot switch on|spoil|spoilt|spoil already|kena spoil|rosak|sudah rosak|dah rosak|sira|nasira|sira na|may sira' },
  // ── damaged, wrong, short, used, smelly ──────────────────────────────────────────────────────────────
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: 'pecah|koyak|retak|calar|kemek|bocor|basag|nabasag|gasgas|may gasgas|punit|may punit|yupi|nayupi|tumatagas|salah|salah warna|salah saiz|salah size|hantar salah|mali|maling|mali mali|mali po|kurang|kulang|kulang ng|luma|parang luma|mabaho|may amoy|iba yung|iba ang|ibang kulay|iba kulay|colour wrong|color wrong|size wrong|model wrong|item wrong|screw missing|part missing|parts missing|piece missing|pieces missing|one missing|1 missing|cable missing|charger missing|item missing|items missing' },
  // a fault asked about before buying ("if spoil how?", "kung masira"): nothing has gone wrong yet
  { labels: {}, neg: null, flags: ['hypothetical', 'preSale'], terms: 'if spoil|if spoilt|if rosak|kalau rosak|kung masira|kung sira|pag nasira' },
  // ── feelings named in Malay and Tagalog ────────────────────────────────────────────────────────────────
  { labels: { angry: 2.5 }, terms: 'marah|geram|bengang|menyampah|sakit hati|galit|nagagalit|nakakagalit|inis|nakakainis|naiinis|bwisit|buwisit|nakakabwisit|badtrip|bad trip|kainis' },
  { labels: { angry: 2 }, terms: 'wah lau|walao|wah lau eh|walau|how come like that|how can like that|like that also can|what lah|wat lah' },
  { labels: { disappointed: 2.5 }, terms: 'kecewa|sangat kecewa|frust|nakakadismaya|dismayado|nakakalungkot|malungkot|sayang pera|sayang ang pera|sayang lang' },
  { labels: {}, neg: { disappointed: 2.5 }, terms: 'puas hati|berpuas hati' },
  { labels: { anxious: 2.5 }, terms: 'risau|bimbang|takut|natakot|takot|kinakabahan|kabado|nag-aalala|nag aalala|nangangamba' },
  { labels: { anxious: 1.5 }, terms: 'alamak|aiyo|aiyoh|aiya|aiyah|adoi|aduh|haiz|haiyo' },
  { labels: { confused: 2.5 }, flags: ['usage'], terms: 'keliru|naguguluhan|nalilito|litong-lito|lito ako|lito po' },
  { labels: {}, neg: { confused: 2.5 }, flags: ['usage'], terms: 'faham|paham|gets ko|maintindihan|naintindihan' },
  // ── insults and cheating: anger ─────────────────────────────────────────────────────────────────────
  { labels: { angry: 3 }, neg: null, flags: ['profanity'], why: 'profanity', terms: 'bodoh|bangang|bengap|sial|celaka|babi|bobo|tanga|gago|gaga|ulol|tangina|putangina|tang ina|puta|pakyu|leche|letse|chibai|cheebye|kanina|lanjiao|knn' },
  { labels: { angry: 3 }, terms: 'penipu|tipu|kaki tipu|menipu|scammer lah|manloloko|niloko|niloloko|panloloko|mandurugas|modus|u cheat|you cheat|cheat customer|cheat my money|cheat me' },
  // "hindi na ako magpapaloko" (I won't be fooled again) is anger either way
  { labels: { angry: 2 }, neg: { angry: 2.5 }, terms: 'magpapaloko|magpaloloko|paloloko' },
  // ── threats: the platform, the police, consumer bodies, going viral ──────────────────────────────────
  { labels: { threatening: 3, angry: 0.5 }, neg: null, flags: ['threat'], why: 'threat', terms: 'report to shopee|report to lazada|report to tiktok|report shopee|report lazada|report kat shopee|report kat lazada|will report|i\'ll report|police report|make police report|made police report|lodge police report|lodge a police report|report to police|report polis|buat report|call the police|go to the police|polis|pulis|saman|tribunal|kpdn|kpdnhep|dti|ire-report|irereport|i-report ko|ireport ko|ipa-tulfo|ipapatulfo|ipapa-tulfo|i viral|make viral|make it viral|viralkan|viral kan|ipo-post ko|ipopost ko|post in facebook|post on facebook|post in fb|post on fb|post fb|expose you|expose u|humanda kayo|humanda ka|bagi 1 star|kasi 1 star' },
  // ── waiting and chasing ─────────────────────────────────────────────────────────────────────────────
  { labels: { anxious: 2 }, flags: ['ship', 'stuck'], why: 'time', terms: 'mana barang|mana parcel|mana barang saya|nasaan na|nasan na|asan na|still to ship|still havent ship|still haven\'t ship|still not ship|still havent reach|still haven\'t reach|still never reach|never reach|still havent receive|still haven\'t receive|since kahapon|since semalam|dari semalam|delivered daw|status delivered but|show delivered but|shown delivered|delivered to someone else|delivered to other people|delivered to other person|courier say wrong address|courier said wrong address|rider say wrong address|cannot find my block|cannot find my house|can\'t find my block|return to hub|returned to hub|back to hub' },
  { labels: { anxious: 1.5 }, flags: ['time'], why: 'time', terms: 'ang tagal|tagal|sobrang tagal|lambat|lembab|lama sangat|lama gila|lamanya|bila nak sampai|bila sampai|bila nak ship|bila nak hantar|bila nak pos|kailan darating|kailan po darating|kelan darating|kailan dadating|cepat sikit|cepat la|bilisan|pakibilisan|how long more' },
  { labels: { anxious: 2 }, flags: ['ship', 'stuck', 'time'], why: 'time', terms: 'hanggang ngayon wala|hanggang ngayon po wala|hanggang ngayon wala pa|hanggang ngayon po wala pa|until now still haven\'t|until now still never|until now still not|till now still never|till now still not|sampai sekarang belum|sampai sekarang tak' },
  // hoping it comes in time for an event: pressure
  { labels: { anxious: 1 }, flags: ['time'], why: 'time', terms: 'sana po ma-deliver|sana ma-deliver|sana dumating|sana po dumating|birthday na po|birthday na|birthday ng anak|birthday ni' },
  // an exchange wanted (Malay tukar, Tagalog palit) is after-sales; size off is the reason
  { labels: {}, neg: null, flags: ['afterSales'], terms: 'tukar|nak tukar|can tukar|palit|papalitan|ipapalit|pa-exchange' },
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: 'natanggal|natanggal na|tanggal na|tercabut|tertanggal|sole come off|sole came off|sole comes off|come off already|came off already' },
  // ── praise and thanks ───────────────────────────────────────────────────────────────────────────────
  { labels: { positive: 2 }, flags: ['courtesy'], terms: 'salamat|salamat po|maraming salamat|terima kasih|tqvm|tysm' },
  { labels: { positive: 2.5 }, terms: 'sulit|sulit na sulit|ang ganda|napakaganda|ang bilis|mantap|terbaik|puas hati sangat|legit seller|legit shop|very legit|steady lah|shiok|power lah' },
];
