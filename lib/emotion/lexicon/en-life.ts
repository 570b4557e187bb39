import type { Group } from './types';

// English for what buyers (and people anywhere) say about their lives beyond the order: a death or a lost job
// behind a cancellation, resignation, exasperation said without a feeling word, and self-mockery that is no anger.
// Written for this product from everyday speech (no list adapted); checked against a blind probe of general
// social-media comments (probe 31), not against the dev sets.

const KIN = ['mom', 'mum', 'mother', 'dad', 'father', 'grandma', 'grandpa', 'grandmother', 'grandfather', 'nan', 'nana', 'granny', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'uncle', 'aunt', 'cousin', 'friend', 'best friend', 'dog', 'cat', 'baby'];
const DIED = ['died', 'passed', 'passed away', 'is gone', 'just died', 'recently passed'];
/** "my grandpa passed", "since my mom died": a death in the family (died alone is weak: "my phone died"). */
const bereavement = KIN.flatMap((k) => DIED.map((d) => `${k} ${d}`)).join('|');

export const enLifeGroups: Group[] = [
  { labels: { disappointed: 2.5 }, terms: `${bereavement}|lost my mom|lost my mum|lost my dad|lost my mother|lost my father|lost my grandma|lost my grandpa|lost my wife|lost my husband|lost my son|lost my daughter|lost my brother|lost my sister|lost my best friend|lost my dog|lost my cat|had to put him down|had to put her down|had to put my|had to put our|put to sleep|funeral|miscarriage|laid off|got fired|lost my job|gonna miss|going to miss|will miss|i'll miss|gonna miss it|will be missed` },
  // resignation: the buyer gives up on it ("oh well, thanks anyway", "guess I'll live with it")
  { labels: { disappointed: 1.5 }, terms: 'oh well|guess i\'ll live with it|i\'ll live with it|it is what it is|it\'s whatever|whatever then|fine, whatever|never mind then' },

  // ── from an independent list of everyday feeling words (written blind by a colleague, not from any dataset) ──
  // anger and disgust said as idioms
  { labels: { angry: 2.5 }, terms: 'drives me up the wall|driving me up the wall|makes my blood boil|made my blood boil|blood is boiling|on my last nerve|the last straw|a slap in the face|slap in the face|the audacity|the nerve of|some nerve|flipped out|blew up at|went off on|went ballistic|blow a gasket|hot under the collar|bent out of shape|spare me|raging|hangry|off-putting|off putting|backstabber|bollocks|goddammit|goddamnit|so over it|i\'m so over|rant incoming|rant time' },
  { labels: { angry: 2 }, terms: 'reeks|stinks to high heaven|makes me gag|made me gag|stomach-turning|stomach turning|blech|bleh|creep|creepy guy|eye roll|*eye roll*|rolls eyes|*rolls eyes*' },
  // fear and nerves
  { labels: { anxious: 2.5 }, terms: 'knot in my stomach|pit in my stomach|sick to my stomach|heart is pounding|heart was pounding|heart pounding|heart is racing|heart in my throat|bundle of nerves|nervous wreck|nerves are shot|beside myself|out of my mind with worry|in over my head|out of my depth|hyperventilating|frazzled|rattled|unsettled|on high alert|impending doom|sense of dread|eating me alive|kept me up at night|couldn\'t sleep|losing sleep|wigging out|spiraling|spiralling|cold feet|jitters|stage fright|sweaty palms|cold sweat|white-knuckle|white knuckle|jumped out of my skin|heebie-jeebies|heebie jeebies|chills down my spine|worrywart|we\'re doomed|we are doomed|we\'re screwed|we are screwed|i\'m screwed|i\'m doomed|gonna kill me|going to kill me|bricking it|pray for me|trying not to panic|trying not to freak out|trying not to worry' },
  { labels: { anxious: 1.5 }, terms: 'bracing myself|holding my breath|the suspense is killing me|suspense is killing me|counting the minutes|hanging by a thread|on thin ice|looking over my shoulder|what have i done|nervy|flustered|skittish|restless|agonizing|agonising|gulp' },
  // sadness and letdowns
  { labels: { disappointed: 2.5 }, terms: 'lump in my throat|heavy heart|with a heavy heart|gut-wrenching|gut wrenching|heartsick|bereft|dispirited|downhearted|hopes were dashed|my hopes were dashed|gone too soon|in a dark place|dark place|first christmas without|first birthday without|not the same without|feel so alone|feel alone|feeling alone|so alone|so lonely|feels empty|feel so empty|feeling empty|feel left out|felt left out|feel unwanted|feel forgotten|feel so isolated|so isolated|in a funk|in a slump|feeling blue|been pretty low|been so low|teary|waterworks|could weep|i could cry|feeling sorry for myself|in my feels|empty nest|wistful|bittersweet|mopey|pining|sadge|devo|still not over|not over her|not over him|took an l|took the l|ghosted|got ghosted|the one that got away|end of an era' },
  // exasperation without a feeling word: "did you even read my message", "answer me for once"
  { labels: { angry: 2 }, terms: 'did you even|do you even|did anyone even|does anyone even|did u even|do u even|for once|for the love of god' },
  // a grumble about how things always go: "why does every listing want…", "why is everyone so…"
  { labels: { angry: 1.5, confused: 0.5 }, terms: 'why does every|why is every|why do all|why are all|why do people|why does everyone|why is everyone|why does everybody|why is everybody' },
  // calling oneself silly is embarrassment, not anger: "I feel dumb now", "I'm an idiot, wrong size"
  { kind: 'ignore', terms: 'i feel dumb|i feel so dumb|i feel stupid|i feel so stupid|i feel like an idiot|i feel like such an idiot|i\'m an idiot|i am an idiot|i\'m such an idiot|i\'m so dumb|silly me|stupid me|dumb me|effective immediately' },
  // "I hate how much I love it": a confession of liking; "get out of the first round" is no "get out!"
  { labels: { positive: 2 }, terms: 'hate how much i love|hate how much i like|hate how good|hate how relatable|hate how accurate|hate how true|hate how cute|hate how funny|hate that i love|i hate how much i love|i hate how much i like|i hate how good|i hate how relatable|i hate how accurate|i hate how true|i hate how cute|i hate how funny|i hate that i love' },
  { kind: 'ignore', terms: 'get out of|got out of|getting out of' },
  { labels: { angry: 2.5 }, terms: 'get out of here|get out of my face|get out of my sight' },
  // look-alikes: names and technical terms that hold a feeling word, praise said with one, sympathy
  { kind: 'ignore', terms: 'panic button|panic attack button|panic buying|stress test|stress testing|stress-free|stress free|anxiety disorder|nervous system|great depression|tropical depression|gross income|gross margin|gross profit|all the rage|furious pace|angry birds|grumpy cat|lost and found|a far cry|fear not|no drama|down for maintenance|i feel your pain|feel your pain' },
  { labels: { positive: 2 }, terms: 'scary good|stupid good|mad good|crazy good|sick as hell|crushed it|killed it|nailed it|smashed it|hurts so good|evil genius|disgustingly good|disgustingly talented|disgustingly cute' },
  { labels: { positive: 2 }, flags: ['laugh'], terms: 'crying laughing|cry laughing|cried laughing|laughed so hard i cried|laughing so hard i\'m crying|dying laughing|died laughing|i\'m dead' },
];
