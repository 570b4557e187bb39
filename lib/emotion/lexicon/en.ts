import type { Group } from './types';

// English lexicon, written for this product from general and e-commerce vocabulary (no list adapted).
// Lower case; "|" separates phrases; a trailing * matches any ending of the word (frustrat* →
// frustrated, frustrating). Apostrophes are folded to ' before matching, and every n't phrase also
// matches without the apostrophe (dont, doesnt), which compile.ts adds.

export const enGroups: Group[] = [
  // ── angry ──────────────────────────────────────────────────────────────────────────────────────
  { labels: { angry: 3 }, terms: 'furious|livid|outraged|outrageous|infuriat*|enraged|fuming|seething|pissed off|disgust*|appalling|appalled|unacceptable|absolutely ridiculous|disgrace*|shame on you|screw you|go to hell|fed up|sick and tired|enough is enough|hate you|hate this|hate it|i hate|rage' },
  {
    labels: { angry: 2 },
    terms: 'angry|angrier|mad at|annoy*|irritat*|frustrat*|ridiculous|pathetic|useless|incompetent|incompetence|clueless|a joke|scam|scammed|scammer*|rip off|ripoff|ripped off|rip-off|fraud*|cheated|cheat|robbed|robbery|stole|stolen|liar|liars|lying|lied|lies|rude|rudely|disrespect*|unprofessional|hate|hated|hates|hating|hateful|sick of|tired of|had enough|terrible|horrible|horrendous|awful|atrocious|abysmal|dreadful|worst|shocking|shameful|trash|garbage|rubbish|sucks|suck|sucked|shoddy|lousy|ignored|ignoring|ignore me|keeps ignoring|blame|your fault|overcharged|charged twice|double charged|hidden fees|are you kidding|you kidding me|kidding me|how hard is it|how difficult is it|seriously?|come on|wtf|wth|ffs|smh|can\'t stand|cannot stand|nonsense|stupid|idiot*|moron*|dumb|clown*|jerk*|unbelievable|insult*|offensive|hostile|nasty|greedy|thieves|thief|bullying|harass*|ugh|argh|grr|grrr|hmph|unfair|gross|eww|ew|yuck|cringe|cringey|toxic|evil|vile|repulsive|hypocrite*|entitled|selfish|lazy|dishonest|shady|sketchy|shut up|get lost|what the heck',
  },
  { labels: { angry: 1 }, terms: 'again|yet again|once again|how many times|every time|one more time|excuse me|what the|why the|why is it so hard|stop' },
  { labels: { angry: 3 }, terms: 'what the hell|what the fuck|how dare you|how dare|despise|loathe' },
  // sarcasm cues: they also turn praise in the same message into anger (analyse.ts)
  { labels: { angry: 2 }, terms: 'just what i needed|just what i need|exactly what i needed|thanks for nothing|thanks a lot for nothing|thank you for nothing|great, just great|just great|oh great|oh wonderful|oh perfect|just perfect|yeah right|sure you did|big surprise|what a surprise|shocker', flags: ['sarcasm'], why: 'sarcasm' },
  // offensive language
  {
    labels: { angry: 3 },
    terms: 'fuck*|motherfuck*|fck|fk|f*ck|f**k|stfu|gtfo|shit*|bullshit|bs|crap|crappy|asshole*|arsehole*|bitch*|bastard*|dickhead*|dick|prick|piss|pissed|pissing|cunt*|wanker*|twat*|douche*|dumbass|jackass|scumbag*|god damn|damn it|dammit|damnit|bloody hell|hell no',
    neg: null,
    flags: ['profanity'],
    why: 'profanity',
  },
  // profanity before praise is emphasis (fucking awesome), before a complaint it is both
  { kind: 'modifier', factor: 1.6, labels: { angry: 2 }, flags: ['profanity'], why: 'profanity', terms: 'fucking|fuckin|fuckin\'|effing' },
  { kind: 'modifier', factor: 1.4, labels: { angry: 1.2 }, flags: ['profanity'], why: 'profanity', terms: 'freaking|freakin|fricking|frickin|frigging|friggin|bloody|damn|damned|goddamn|goddam|flipping|flippin|dang' },
  { labels: { positive: 2 }, neg: null, terms: 'fuck yes|fuck yeah|hell yes|hell yeah|damn good|damn right' },
  // exclamations of surprise, not anger at anyone ("holy shit, it came already"); what follows still counts
  { labels: {}, neg: null, terms: 'holy shit|holy crap|holy fuck|holy moly|holy cow' },

  // ── anxious: worry, impatience, time pressure ─────────────────────────────────────────────────
  { labels: { anxious: 3 }, terms: 'terrified|terrifying|horrifying|panic*|freaking out|freak out|desperate|desperately|emergency|extremely urgent' },
  { labels: { anxious: 2 }, terms: 'oh no|uh oh|yikes|nightmare|creepy|spooky|shaking|trembling|paranoid|insecure|hesitant|tense|on edge|jittery|overwhelmed' },
  { labels: { anxious: 2.5 }, terms: 'worried|worry|worrying|worries|anxious|anxiety|nervous|scared|scary|afraid|fear|fears|feared|frightened|stressed|stress|stressful|uneasy|alarmed|dread|dreading|concerned about', why: 'word' },
  {
    labels: { anxious: 2 },
    flags: ['time'],
    why: 'time',
    terms: 'urgent|urgently|asap|a.s.a.p|right away|immediately|straight away|hurry|in time|by tomorrow|by tonight|by today|by monday|by tuesday|by wednesday|by thursday|by friday|by saturday|by sunday|by the weekend|by next week|by christmas|by eod|by end of day|before monday|before tuesday|before wednesday|before thursday|before friday|before saturday|before sunday|before the weekend|before christmas|expedite|expedited|rush it|rush my order|need it by|need this by|need them by|need it today|need it tomorrow|still waiting|been waiting|keep waiting|waiting for weeks|waiting for days|waiting for hours|how much longer|any news|please help|help me|help please|hello?|follow up|following up|chasing|third time|3rd time|fourth time|on hold|hours on hold|been on hold',
  },
  // "where is my order?", "any update?": a question about the parcel, not yet a worry (like 到哪了 in zh.ts)
  { labels: { anxious: 1 }, flags: ['ship', 'tracking'], why: 'time', terms: 'where is my|where\'s my|where is our|any update|any updates' },
  { labels: { anxious: 2 }, flags: ['time', 'stuck'], why: 'time', terms: 'says delivered but|says it was delivered but|shows delivered but|shows as delivered but|marked as delivered but|marked delivered but|still not here|still isn\'t here|still not there|no sign of it|no sign of my|no sign of the|no update|no updates|no tracking|no tracking info|no information|no word|not moved|hasn\'t moved|not updated|hasn\'t updated|still in transit' },
  { labels: { anxious: 1.5 }, flags: ['time'], why: 'time', terms: 'waiting|waited|delay|delays|delayed|overdue|stuck|pending' },
  { labels: { anxious: 1, disappointed: 1 }, flags: ['time'], why: 'time', terms: 'late|missing' },
  // "many times" alone is often just "often" (it worked many times); asked/called N times is chasing (waits.ts)
  { labels: { anxious: 1 }, flags: ['time'], why: 'time', terms: 'multiple times|several times|many times|numerous times|countless times' },
  { labels: { anxious: 1 }, flags: ['time'], why: 'time', terms: 'can someone|can anyone|how long|quick response|when will|when can|when do|when does|how soon|today|tonight|tomorrow' },
  { labels: { anxious: 0.5 }, terms: 'pls|plz|please' },
  { labels: { anxious: 1.5 }, terms: 'need help|i need help|need some help|need your help|any fix|any solution|kicks me off|kicked me off|kicks me out|incomplete' },
  { labels: { anxious: 0.8 }, terms: 'soon|quickly|right now|deadline' },
  { labels: { disappointed: 0.6 }, terms: 'sorry' },
  { kind: 'modifier', factor: 1.3, labels: { anxious: 0.8 }, why: 'time', terms: 'still' },
  { labels: { anxious: 0.5 }, neg: { angry: 1.2, anxious: 0.5 }, why: 'problem', terms: 'help' },

  // ── disappointed / sad ─────────────────────────────────────────────────────────────────────────
  { labels: { disappointed: 3 }, terms: 'heartbroken|heartbreaking|devastated|devastating|gutted|crushed|so disappointed|very disappointed|extremely disappointed|really disappointed' },
  { labels: { disappointed: 2.5 }, terms: 'disappoint*|let down|letdown|let me down|unhappy|miserable|depressed|depressing|depression|sad|sadly|sadness|saddened|upset|regret*|cry|cries|cried|crying|tears|grief|grieving|heartache|hopeless|lonely|broke my heart|passed away|rest in peace|waste of money|waste of time|not worth|isn\'t worth|wasn\'t worth|never again|rip|sucks to' },
  {
    labels: { disappointed: 2 },
    why: 'problem',
    terms: 'broken|broke|damaged|defective|faulty|cracked|shattered|smashed|dented|torn|ripped|scratched|stained|leaking|leaks|leaked|fell apart|falls apart|stopped working|quit working|no longer works|not as described|wrong item|wrong size|wrong order|wrong colour|wrong color|poor quality|low quality|bad quality|cheaply made|flimsy|counterfeit|fake|knock off|knockoff|used item|dirty|smells|stinks|mould|mold|expired|rotten|spoiled|mediocre|underwhelming|unfortunate|unfortunately|bummer|pity|too bad|what a shame|such a shame|shame|hurts|hurt|painful|pain|missed|miss you|i miss|misses|failed|fails|failure|fail|error|errors|glitch*|bug|bugs|buggy|crash|crashes|crashed|crashing|freezes|frozen|lagging|laggy|bad|worse|poor|poorly|sigh|wasted|worthless|downgrade|cancelled|canceled|cancellation|refused|denied|declined|rejected|so-so|so so',
  },
  // "meh" (unimpressed); closing a clause after other words it is the Singlish particle that asks ("price same meh")
  { labels: { disappointed: 2 }, why: 'problem', tagQuestion: true, terms: 'meh' },
  { labels: { disappointed: 1.3, anxious: 1.3 }, terms: 'slow|too slow|so slow|lost'
  },
  { labels: { disappointed: 1 }, terms: 'problem|problems|issue|issues|trouble|wrong|difficult|hard to|complicated|cheap|small|too small|too big|too large|too tight|doesn\'t fit|didn\'t fit|does not fit|tired|exhausted|miss|lost my|died|death|expensive|pricey|hole|awkward|invisible|wish|i wish|badly made|sorry but' },

  // Praise said through a negation ("couldn't be better", "can't complain"): matched whole, so the
  // negator in it does not flip anything
  { labels: { positive: 2.5 }, neg: null, terms: 'couldn\'t be better|could not be better|couldn\'t be happier|could not be happier|couldn\'t ask for more|couldn\'t ask for better|couldn\'t ask for a better|can\'t ask for more|can\'t complain|cannot complain|can\'t go wrong|can\'t beat|cannot beat|can\'t recommend enough|can\'t recommend it enough|can\'t recommend them enough|can\'t recommend highly enough|can\'t thank you enough|cannot thank you enough|can\'t say enough good|couldn\'t agree more|could not agree more|couldn\'t have said it better|couldn\'t say it better|never disappoints|never fails to|not bad at all|no complaints|zero complaints|without a hitch|no issues at all|no problems at all' },
  { kind: 'ignore', terms: 'quick question|a quick one|quick one' },
  // politeness, not feelings: "I'm afraid I ordered the wrong size", "sorry for the late reply"
  { kind: 'ignore', terms: 'i\'m afraid i|i\'m afraid we|i\'m afraid that|i\'m afraid the|i am afraid i|i am afraid that|afraid so|afraid not|sorry to bother|sorry to bother you|sorry for the late reply|sorry for the late response|sorry for my late reply|sorry for the delay in replying|sorry for asking|sorry for the trouble|sorry for the hassle|sorry to ask|sorry to trouble you' },
  { kind: 'ignore', terms: 'don\'t mind|do not mind|wouldn\'t mind|would not mind|no offense|no offence|no hard feelings' },
  // not negations: "won't hesitate to report you", "don't make me leave a bad review" still threaten
  { kind: 'ignore', terms: 'won\'t hesitate to|will not hesitate to|wouldn\'t hesitate to|would not hesitate to|don\'t make me|do not make me' },

  // ── confused ───────────────────────────────────────────────────────────────────────────────────
  { labels: { confused: 2.5 }, terms: 'confused|confusing|confusion|puzzled|puzzling|baffled|baffling|perplexed|bewildered|makes no sense|make no sense|made no sense|doesn\'t make sense|does not make sense|didn\'t make sense|don\'t understand|do not understand|doesn\'t understand|can\'t understand|cannot understand|don\'t get it|don\'t get how|what do you mean|what does that mean|what does this mean|what is going on|what\'s going on|what happened|wait what|huh', flags: ['usage'] },
  { labels: { confused: 1.5 }, terms: 'not sure|unsure|unclear|no idea|no clue|how do i|how does|how do you|does anyone know|anyone know|wondering|i wonder|weird|strange|lost on|clarify|hmm|hmmm|hm|really?', flags: ['usage'] },
  { labels: { confused: 0.8 }, terms: 'how can i|how to|is it possible|odd|explain|which one|why|why is|why does|why did|what is|what\'s|instructions' },

  // ── threatening ────────────────────────────────────────────────────────────────────────────────
  {
    labels: { threatening: 3, angry: 0.5 },
    neg: null,
    flags: ['threat'],
    why: 'threat',
    terms: 'report you|reporting you|report this|reporting this|bbb|better business bureau|trading standards|consumer protection|consumer affairs|ftc|ombudsman|my lawyer|my lawyers|my attorney|my solicitor|a lawyer|an attorney|a solicitor|our lawyer|our lawyers|our attorney|attorney general|lawyer up|lawyering up|legal team|sue|suing|lawsuit|legal action|take legal|small claims|chargeback|charge back|dispute the charge|dispute this charge|dispute with my bank|contact my bank|call my bank|paypal claim|paypal dispute|file a claim|file a complaint|filing a complaint|formal complaint|make a complaint|complaint|complain to|bad review|negative review|1 star|1-star|one star|one-star|zero stars|warn everyone|going viral|go public|boycott|take my business elsewhere|buy elsewhere|shop elsewhere|go elsewhere|going elsewhere|never buy|never order|never shop|never use you|never using|won\'t be buying|won\'t be ordering|won\'t be shopping|won\'t be using|will not be buying|cancel my account|close my account',
  },
  { labels: { threatening: 2 }, neg: null, flags: ['threat'], why: 'threat', terms: 'escalate|escalating|speak to a manager|talk to a manager|your manager|supervisor|compensation|demand a refund|refund me now|last time i|switching to|unsubscribe|leave a review|tell everyone|the press' },

  // ── positive ───────────────────────────────────────────────────────────────────────────────────
  { labels: { positive: 2.5 }, terms: 'love it|love this|love you|loved it|awesome|amazing|excellent|fantastic|wonderful|brilliant|superb|outstanding|perfect|perfectly|delighted|thrilled|ecstatic|overjoyed|best ever|top notch|highly recommend|can\'t wait|cannot wait|so happy|very happy|really happy' },
  { labels: { positive: 2.5 }, flags: ['courtesy'], terms: 'thank you so much|thanks so much|many thanks|thank you very much|thanks very much' },
  // thanks: praise, unless it only closes a question or a request (see analyse.ts, courtesy)
  { labels: { positive: 2 }, flags: ['courtesy'], terms: 'thank you|thanks|thank|thx|ty|tq|tks' },
  { labels: { positive: 2 }, terms: 'thankful|grateful|appreciate*|love|loved|loves|lovely|loving|great|happy|happily|glad|pleased|satisfied|excited|exciting|enjoy|enjoyed|enjoying|beautiful|gorgeous|cute|adorable|sweet|nice|cool|fun|funny|hilarious|congrats|congratulations|well done|kudos|cheers|impressed|impressive|helpful|recommend|worth it|proud|relieved|relief|kind|friendly|welcome|fabulous|stellar|incredible|fine now|works great|works perfectly|excellent service' },
  { labels: { positive: 1.5 }, terms: 'good|nice one|fast|quick|smooth|easy|best|better|pretty good|like it|liked|useful|solid|beautifully|wonderfully|hope|hopefully|glad to|hopeful' },
  { labels: { positive: 0.8 }, terms: 'fine|okay|ok|alright|interesting|agree|exactly|right|true|yes|yeah|sure|likes|fair|legit|correct|acceptable' },

  // product and service problems as buyers put them
  { labels: { disappointed: 2 }, why: 'problem', terms: 'messed up|screwed up|falling apart|coming apart|fell off|keeps crashing|keeps freezing|keeps dropping|keeps disconnecting|keeps logging me out|keeps happening|keeps breaking|stops working|stopped responding|not available|unavailable|out of stock|sold out|overpriced|endless loop|tragedy|embarrass*|awful service|poor service|bad service|terrible service|customer service sucks|no help|not helpful|unhelpful|ashamed|loss|at a loss|kills me|feel bad|feel so bad|badly|tough|cryin|dislike|dislikes|disliked|lose|losing' },
  { labels: { angry: 2.5 }, terms: 'absolute joke|total joke|complete joke|such a joke|is a joke|get your act together|sort it out|sort yourselves out|hung up|hung up on me|hangs up|kicked me out|locked me out|offended|bigot*|racist*|sexist*|fascist*|nazi*|scum|attacking|violated|get out|screamed|scream|punch|assault' },
  { labels: { angry: 1.3, confused: 0.8 }, terms: 'why is my|why does my|why are my|why do you|why is your|why does your|why are you|why would you|why is it so|why is this so|please explain|what\'s up with that|what is up with|what\'s going on with' },
  { labels: { anxious: 2.5 }, terms: 'almost died|almost die|nearly died|could have died|could\'ve died|could have been killed|dangerous|unsafe|hazard|hazardous|safety issue|locked out|nightmares|disappeared|been trying|tried everything|for the second time|second time|again and again' },
  { labels: { threatening: 2 }, neg: null, flags: ['threat'], why: 'threat', terms: 'complain|complaining|complained|who do i complain' },
  { labels: { positive: 2 }, neg: null, flags: ['laugh'], terms: 'lol|lmao|lmfao|rofl|haha|hahaha|hehe|yay|woohoo|hooray' },
  { labels: { positive: 0.8 }, flags: ['sarcasm'], irony: 'clause', why: 'sarcasm', terms: 'love it when|love when|i love how|love how|gotta love' },
  // sincere on its own; with a complaint in the same clause ("thanks for ruining my morning") it is sarcasm
  { labels: { positive: 2 }, flags: ['sarcasm'], irony: 'clause', terms: 'thanks for|thank you for|thanks a bunch' },
  { labels: { disappointed: 2 }, flags: ['usage'], why: 'problem', terms: 'is down|are down|went down|been down|is out|are out|been out|power is out|outage|power cut|no internet|no power|no signal|no service|no coverage|no wifi|no connection|no luck|not acceptable|unacceptable service|ruined|ruining|ruin|ruins' },
  { labels: { anxious: 2 }, flags: ['time', 'stuck'], why: 'time', terms: 'never came|never showed|never showed up|never turned up' },
  // "this is crazy" is exasperation; "crazy good", "crazy fast" only intensify the listed word after them
  { kind: 'modifier', factor: 1.4, labels: { angry: 1.2 }, terms: 'crazy|insane' },
  { labels: { angry: 1.2 }, terms: 'nuts|how is that fair|how\'s that fair|not fair|common sense' },
  // sympathy for someone ("poor guy", "sorry to hear that") is kindness, not a complaint about the shop:
  // consumed with no weight so "poor" and "sorry" don't read as disappointment
  { labels: {}, neg: null, terms: 'poor thing|poor things|poor guy|poor guys|poor kid|poor kids|poor you|poor girl|poor boy|poor baby|poor man|poor woman|poor lady|poor dude|poor soul|poor souls|poor fella|poor fellow|poor little|poor dog|poor cat|poor driver|poor courier|poor delivery guy|sorry to hear|so sorry to hear|sorry for your loss|sorry about your loss|sorry for you|sorry you|feel sorry for|feel bad for|feel so bad for|my condolences|condolences' },
  // ── modifiers ──────────────────────────────────────────────────────────────────────────────────
  { kind: 'modifier', factor: 1.6, terms: 'extremely|incredibly|absolutely|totally|completely|utterly|seriously|insanely|ridiculously|terribly|horribly|awfully|hugely|massively|way too|far too|beyond|deeply|truly|highly|most|never been this|never been so|never felt so|never been more|never felt this|never seen such|never seen so' },
  { kind: 'modifier', factor: 1.3, labels: { disappointed: 1 }, alone: 'word', terms: 'too' },
  { kind: 'modifier', factor: 1.3, terms: 'very|so|really|super|such|such a|quite|pretty|especially|particularly|even|more|much|so much' },
  { kind: 'modifier', factor: 0.6, terms: 'a bit|a little|a little bit|slightly|somewhat|kind of|kinda|sort of|sorta|a tad|mildly|fairly|rather|partly|almost|barely|hardly' },
  { kind: 'post', factor: 1.5, terms: 'as hell|af|at all|beyond belief|to death|like crazy' },

  // ── negators ───────────────────────────────────────────────────────────────────────────────────
  { kind: 'negator', factor: 1, terms: 'unable to|not able to|not|no|never|none|nothing|nobody|no one|nowhere|neither|nor|without|don\'t|doesn\'t|didn\'t|isn\'t|aren\'t|wasn\'t|weren\'t|won\'t|wouldn\'t|can\'t|cannot|couldn\'t|shouldn\'t|haven\'t|hasn\'t|hadn\'t|ain\'t|no longer|lack|lacks|lacking|zero|yet to|fails to|failed to|refuse to|refuses to|refused to' },
  { kind: 'negator', factor: 0.7, terms: 'not very|not that|not too|not so|not really|not exactly|not particularly|not quite|not entirely|not overly' },

  // ── turns ──────────────────────────────────────────────────────────────────────────────────────
  { kind: 'contrast', terms: 'but|however|instead|except' },
  { kind: 'concessive', terms: 'although|though|even though|even if|despite|in spite of|while' },

  // ── events: nothing on their own, a problem when negated (haven't received, no response) ────────
  { labels: {}, neg: { anxious: 2 }, flags: ['ship'], negFlags: ['stuck', 'time'], why: 'problem', terms: 'received|receive|arrived|arrive|arrives|delivered|deliver|shipped|ship|dispatched|sent|send|showed up|turned up|here yet|get it|got it|got my|gotten|updated|tracking|moved|moving' },
  { labels: {}, neg: { angry: 1.2, anxious: 1 }, why: 'problem', terms: 'respond|responded|responding|response|responses|reply|replied|replies|replying|answer|answered|answering|heard back|hear back|heard anything|get back|got back|call back|called back|contacted|contact me|acknowledged|helped|helping|listened|listen|care|cares' },
  { labels: {}, neg: { angry: 1.5 }, flags: ['afterSales'], why: 'problem', terms: 'fixed|fix|fix it|resolved|resolve|solved|solve|refunded|refund|refunds|credited|reimbursed|replaced|sorted out|honor|honour|honored|honoured' },
  { labels: {}, neg: { disappointed: 2 }, flags: ['usage'], why: 'problem', terms: 'proceed|check out|checkout|place an order|place my order|complete the order|complete my order|complete the payment|pay|work|works|working|worked|function|functions|functioning|turn on|turns on|power on|charge|charges|charging|load|loads|loading|connect|connects|connecting|open|opens|log in|login|sign in|fit|fits|match|matches|match the|print|prints|printing|scan|scans|scanning|sync|syncs|syncing|activate|recognize|recognized|recognised|boot|boots|start|starts|stream|streaming|download|downloading|install|installing|pair|pairing|accept|accepts|accepted|valid' },

  // Knowing and remembering: "I didn't know that", "never knew" state what someone knew, not a fault
  // with an order; listed with no weight so the negation before them is spent and not left dangling
  { labels: {}, neg: null, terms: 'know|knew|known|remember|remembered|recall|realize|realized|realise|realised|disagree|doubt' },

  // ── topics (urgency tiers) ─────────────────────────────────────────────────────────────────────
  { labels: {}, neg: null, flags: ['ship'], terms: 'order|orders|ordered|package|packages|parcel|parcels|delivery|deliveries|shipment|shipping|courier|postman|ups|fedex|usps|dhl|amazon|item|items|purchase|purchased' },
  { labels: {}, neg: null, flags: ['afterSales'], terms: 'return|returns|returned|returning|refund request|exchange|replacement|replace|repair|warranty|guarantee|rma|damaged item|money back|store credit|cancel my order|cancel order|cancel the order' },
  { labels: {}, neg: null, flags: ['usage'], terms: 'manual|setup|set up|installation|settings|bluetooth|password|account|app|update the|firmware' },
  { labels: {}, neg: null, flags: ['preSale'], terms: 'free shipping|express shipping|in stock|back in stock|available|availability|price|prices|discount|coupon|promo|promo code|sale|size chart|sizing|which size|do you have|do you sell|do you ship|ship to|how much|cost|costs|colours|colors|pre-order|preorder' },

  // idioms whose words look like a complaint but are not one: a softener (I hate to say), banter (just
  // a joke), "very much" (want it so bad), everyday losses (lost track)
  { kind: 'ignore', terms: 'hate to say|hate to admit|hate to ask|hate to bother|hate to break it|hate to be that|i hate to say|i hate to admit|i hate to ask|i hate to bother|i hate to break it|i hate to be that|just a joke|only a joke|as a joke|a joke about|make a joke|made a joke|tell a joke|told a joke|inside joke|running joke|want it so bad|wanted it so bad|want this so bad|need it so bad|lost track|lost count|lost weight' },
  { labels: { positive: 1.5 }, terms: 'badass|bad ass' },
  { labels: { confused: 2 }, flags: ['usage'], terms: 'i\'m lost|i am lost|i\'m so lost|i\'m a bit lost|totally lost|completely lost|a bit lost|a little lost' },

  // ── look-alikes ────────────────────────────────────────────────────────────────────────────────
  {
    kind: 'ignore',
    terms:
      'no problem|not a problem|no worries|no rush|no hurry|not only|not just|no matter|no doubt|nothing but|never mind|nevermind|can\'t help but|couldn\'t help but|no wonder|not to mention|i\'m sure|sure thing|pretty much|so far|so that|so to speak|so i|so we|so it|so you|so he|so she|so they|too much to|like that|like this|looks like|feel like|feels like|seems like|sounds like|would like|i like|hell of a|kind regards|best regards|regards|please advise|please let me know|please confirm|thank you in advance|thanks in advance|hope you|hope this|hope that helps|still in|still have|still has|still got|still use|still using|still the|still a|all the best|all good|all right|you\'re right|right here|that\'s right|all of|at least|the best way|the right|right to|to the right|fine print|good morning|good afternoon|good evening|good night|good day|well well|me too',
  },
];
