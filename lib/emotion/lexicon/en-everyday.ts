import type { Group } from './types';

// English beyond shopping words: how people say they are angry, let down or afraid in everyday speech
// (cruelty, contempt, dread, despair, giving up, idioms), and the complaint constructions and service
// failures buyers put in their own words. Written for this product (no list adapted); see en.ts for the
// conventions ("|" separates phrases, a trailing * matches any ending).

export const enEverydayGroups: Group[] = [
  // ── angry: contempt, exasperation, idioms ─────────────────────────────────────────────────────
  { labels: { angry: 2 }, terms: 'cruel|cruelty|abusive|betray*|arrogant|arrogance|insufferable|obnoxious|aggravat*|exasperat*|resent*|spiteful|vindictive|contempt*|despicable|deplorable|revolting|sickening|nauseating|repugnant|abhorrent|horrific|heinous|inexcusable|unforgivable|condescending|patroniz*|patronis*|smug|stupidity|stupidest|stupider|dumbest|dumber|idiotic|imbecile*|filthy|pervert*|lunatic*|hypocrisy|hypocritical|irked|irate|indignant|outrage|angered|anger|angrily|hatred|loathing|fury|furiously|wrath|yelled at|yelling at|shouted at|grow up|get a life|are you serious|screw this|screw that|screw them|damn you|piss off|mad|so mad|madder' },
  { labels: { angry: 1.5 }, terms: 'hell|petty|ignorant|bitter|troll|trolling|facepalm' },
  { labels: { angry: 2 }, terms: 'irritable|grumpy|cranky|snarky|passive aggressive|absurd|absurdity|preposterous|laughable|delusional|brainwashed|braindead|brain dead|ignorance|shameless|sleazy|slimy|degenerate|trashy|loser|losers|coward|cowardly|spineless|manipulative|narcissist*|abuser*|degrading|humiliating|belittl*|hostility|aggressive|angriest|horrid|hideous' },
  { labels: { angry: 2 }, terms: 'who cares|fool|fools|foolish|childish|bugging me|makes me sick|make me sick|made me sick' },
  { labels: { angry: 2 }, terms: 'jeez|geez|sheesh|pfft|for god\'s sake|for fuck\'s sake|for christ\'s sake|good grief|give me a break|gimme a break|you\'ve got to be kidding|you have got to be kidding|you\'ve gotta be kidding|omfg|jfc|i\'ve had it|i have had it|sick to death|wits end|wit\'s end|last straw|final straw|not again|here we go again|every single time|this always happens|why does this always|why me' },
  { labels: { angry: 2.5 }, terms: 'what\'s wrong with you|what is wrong with you|what\'s your problem|what is your problem' },
  { labels: { angry: 2.5 }, terms: 'waste of space|kiss my ass|pain in the ass|pain in the neck|smartass|asshat|dumbfuck|retard|retarded|bugger off|tosser|muppet|twit|nitwit|halfwit|dimwit|buffoon|cretin|simpleton|barf|puke|vomit*|nauseous|rancid|putrid|stench|repulsed|icky' },
  { labels: { angry: 2 }, terms: 'bothers me|gets on my nerves|on my nerves|drives me crazy|drives me nuts|driving me crazy|driving me nuts|pet peeve|enough already|stop it|knock it off|cut it out|give it a rest|for crying out loud|are you for real|not cool|uncalled for|out of line' },
  { labels: { angry: 2.5 }, terms: 'pisses me off|pissed me off|ticked off|teed off|peeved|miffed|vexed|cheesed off|hacked off|up in arms|seeing red|lost my temper|losing my patience|lost patience|running out of patience|patience is wearing thin|out of patience|incensed|aggrieved|displeased|disgruntled|had it up to here|grossed out|sickened|turns my stomach' },
  { labels: { angry: 2 }, terms: 'could at least|the least you could do|would it kill you|is it too much to ask|too much to ask|how hard can it be|how difficult can it be|what\'s the point|what is the point|why bother|why do i even|every damn time|no one cares|nobody cares' },
  { labels: { angry: 1 }, terms: 'how come|you always|all the time' },
  { labels: { angry: 1.5 }, terms: 'i\'m done|i am done|so done|i\'m so done|done with this|done with you|over it|i quit' },
  // ── offensive language not covered by the stems in en.ts ─────────────────────────────────────
  { labels: { angry: 3 }, neg: null, flags: ['profanity'], why: 'profanity', terms: 'dipshit|horseshit|bullcrap|shut the fuck up|shut the hell up|don\'t give a shit|don\'t give a fuck|don\'t give a damn|couldn\'t give a shit|couldn\'t give a fuck|who gives a shit|who gives a fuck|who gives a damn' },

  // ── disappointed / sad: despair, hurt, being let down, giving up ─────────────────────────────
  { labels: { disappointed: 2.5 }, terms: 'misery|sorrow*|despair*|tragic|tragically|sobbing|weeping|mourn*|helpless|loneliness|bummed|unsatisfied|not satisfied|pointless|suffering|burnt out|burned out' },
  { labels: { disappointed: 1.5 }, terms: 'gloomy|struggling|exhausting|boring|mess|messy|a waste' },
  { labels: { disappointed: 2.5 }, terms: 'disapoint*|dissapoint*|dissappoint*|dispoint*|dissatisf*' },
  { labels: { disappointed: 2.5 }, terms: 'tearing up|choked up|bawling|wept|missing you|numb|hurting|aching|feeling down|feel down|feeling low|unloved' },
  { labels: { disappointed: 2 }, terms: 'didn\'t go well|did not go well|not going well|isn\'t going well|wasn\'t going well|problematic|harsh' },
  { labels: { disappointed: 2.5 }, terms: 'breaks my heart|breaking my heart|hurts my feelings|hurt my feelings|bummed out|down in the dumps|cried my eyes out|tears in my eyes|disheartened|despondent|dejected|forlorn|woeful|glum|downcast|crestfallen|empty inside|my heart sank|heart sank|underwhelmed|not what i expected|not as expected|expected better|expected more|hoped for better|false advertising|misleading|not worth the money' },
  { labels: { disappointed: 2.5 }, terms: 'fml|oof|nooo|i give up|gave up on|lost hope|no hope|hopelessly|feel empty|feel like crap|feel like shit|rough day|bad day|tough day|hard time|going through a lot|broke down|teared up|tear up|let down again' },
  { labels: { disappointed: 2.5 }, terms: 'heartbreak|grieve|melancholy|disheartening|discouraging|discouraged|demoralizing|demoralising|deflated|dismayed|disillusioned|hurtful|heartless|homesick|humiliated|humiliation|mortified|sadder|saddest|miserably|suicide|suicidal|kill myself|wanna die|want to die|end my life|self harm|self-harm' },
  { labels: { disappointed: 2 }, terms: 'unlucky|downer|dismal|bleak|grim|sucky|lame|subpar|sub-par|inferior|unimpressed|unimpressive|not impressed|abandoned|neglected|missed out|too late|ugly|smelly|stink|yucky|alas' },

  // ── anxious: dread and nerves ─────────────────────────────────────────────────────────────────
  { labels: { anxious: 2.5 }, terms: 'horrified|frightening|intimidat*|menacing|ominous|petrified|spooked|unsettling|disturbing|disturbed|alarming|apprehensive|fearful|scares me|scared me|creeps me out|scarier|scariest|can\'t sleep|cannot sleep|is concerning|very concerning|really concerning|so concerning|i\'m concerned|i am concerned|very concerned|really concerned' },
  { labels: { anxious: 1.5 }, terms: 'danger|risky|horror' },
  { labels: { anxious: 2.5 }, terms: 'freaking me out|freaks me out|gives me the creeps|the creeps|gives me anxiety|eek|please no' },
  { labels: { anxious: 2.5 }, terms: 'jumpy|edgy|on pins and needles|nail-biting|sweating bullets|apprehension|trepidation|uneasiness|scared stiff|creeped out|panicky' },
  { labels: { anxious: 2.5 }, terms: 'losing my mind|going crazy|can\'t stop thinking|nerve-wracking|nerve wracking|scared to death|keeps me up at night|keeping me up at night|heart racing|i hope not' },
  { labels: { anxious: 2.5 }, terms: 'worrisome|worried sick|nervously|anxiously|nervousness|terror|terrified of|traumatic|traumatized|traumatised|shaken|startled|eerie|freaked|freaked out|freaky|scare|scares|scaring|paranoia|stressing|stressed out|worst case|at risk|life threatening|life-threatening|shocked' },

  // ── service and product failures as buyers put them ───────────────────────────────────────────
  { labels: { angry: 2 }, terms: 'uncooperative|unresponsive|unreliable|disorganized|disorganised|inefficient|negligent|negligence|careless|sloppy|no one helps|nobody helps|no one is helping|nobody is helping' },
  { labels: { disappointed: 2 }, flags: ['usage'], why: 'problem', terms: 'keeps going off|keep going off|keeps going out|keep going out|keeps cutting out|keep cutting out|died on me|dead battery|dead batteries|battery died|no sound|no picture|no display|blank screen|black screen|won\'t turn on|will not turn on|not powering on|won\'t power on|doesn\'t power on' },
  { labels: { angry: 2 }, why: 'problem', terms: 'can\'t get anyone|can\'t get anybody|can\'t reach anyone|can\'t reach anybody|can\'t get through|cannot get through|can\'t get hold of|can\'t get a hold of|unable to reach|unable to contact|no way to contact|no one to talk to|nobody to talk to' },
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: 'nothing like the photo|nothing like the photos|nothing like the picture|nothing like the pictures|not as pictured|not like the picture|not like the photos|looks nothing like' },
  { labels: { disappointed: 2 }, flags: ['usage'], why: 'problem', terms: 'drains|draining|drains fast' },
  { labels: { angry: 2 }, terms: 'this is how you treat|is this how you treat|how you treat your customers|how you treat customers|loyal customer for' },
  { labels: { disappointed: 1.5 }, why: 'problem', terms: 'having issues|having problems|having trouble|have an issue with|have a problem with|has an issue|has a problem|there\'s an issue with|there is an issue with|there\'s a problem with|there is a problem with|got a problem with|ran into a problem|ran into an issue' },
  // nothing on their own, a complaint when negated: "never get my order right"
  { labels: {}, neg: { angry: 2 }, why: 'problem', terms: 'get it right|got it right|get the order right|get my order right|get anything right|get this right|get orders right' },
  // "won't buy from you again" is a threat; "will buy from you again" is praise
  { labels: { positive: 2 }, neg: { threatening: 2, angry: 0.5 }, negFlags: ['threat'], terms: 'buy again|buying again|order again|ordering again|use you again|using you again|buy from you again|buying from you again|order from you again|ordering from you again|shop with you again|shopping with you again|shop here again|use your company again|using your company again|fly with you again|flying with you again|recommend you to anyone' },

  // lost, missing or short: the parcel or part of it never reached the buyer
  { labels: { disappointed: 2, anxious: 1 }, flags: ['afterSales'], why: 'problem', terms: 'is missing|are missing|was missing|were missing|went missing|gone missing|goes missing|missing item|missing items|missing part|missing parts|missing piece|missing pieces|missing accessories' },
  // no topic flag: "hasn't lost my bag this year" is praise, and the label alone makes a real loss medium
  { labels: { disappointed: 2, anxious: 1 }, why: 'problem', terms: 'lost my luggage|lost our luggage|lost my bag|lost my bags|lost our bags|lost my suitcase' },
  // what arrived, or how: cold, opened, used, without its parts, at the wrong door
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: 'arrived cold|came cold|arrived late|arrived broken|arrived open|arrived opened|arrived used|arrived wet|arrived melted|arrived spoiled|arrived rotten|arrived leaking|arrived dirty|didn\'t come with|did not come with|doesn\'t come with|without a charger|without the charger|no charger|item was used|clearly used|obviously used|already been used|been used before|open box|someone else\'s order|somebody else\'s order|someone else\'s package|someone else\'s parcel|wrong card|wrong account|dead pixel|dead pixels|dead on arrival|left in the rain|left outside in the rain|outside in the rain|left outside|left it outside|left my box outside|left my parcel outside|left my package outside|soaking wet|soaked through|water damaged|water damage|thrown over the fence|threw my parcel|threw my package' },
  // asking before buying is not a complaint
  { labels: {}, neg: null, flags: ['preSale'], terms: 'does it run small|do they run small|does it run large|do they run large|does it run big|do they run big|does it run true to size|do they run true to size' },
  { labels: { disappointed: 1 }, why: 'problem', terms: 'runs small|run small|runs large|run large|runs big|run big|sizes run small|sizing is off' },
  { labels: { anxious: 2 }, flags: ['usage'], why: 'problem', terms: 'account suspended|account was suspended|account got suspended|account has been suspended|account is suspended|account locked|account was locked|account is locked|account blocked|account was blocked|account banned|account was banned|account got banned|account disabled|account was disabled|account got locked|account got blocked|account got disabled' },
  { labels: { angry: 1 }, terms: 'for no reason|for no apparent reason|without any reason|without telling me|without telling us|without notice|without any notice|without warning|without asking me' },
  { labels: { disappointed: 1.5 }, terms: 'bill went up|price went up|prices went up|bill doubled|price doubled' },
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: 'wrong model|wrong version|wrong one|sent the wrong|got the wrong|sent me the wrong' },
  { labels: { disappointed: 2 }, flags: ['usage'], why: 'problem', terms: 'says no sim|no sim|sim not detected|only one side works|only one earbud|one earbud doesn\'t work|left earbud|right earbud|won\'t pair|will not pair|not pairing|doesn\'t pair' },
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: 'wasn\'t in the box|weren\'t in the box|not in the box|missing from the box|not included|wasn\'t included|weren\'t included|has a typo|typo on the|misspelled|misspelt|spelled wrong|spelt wrong|printed wrong|wrong name on' },
  { labels: { anxious: 2 }, flags: ['usage'], why: 'problem', terms: 'balance shows 0|balance shows $0|balance is 0|balance is $0|balance is gone|balance disappeared|points disappeared|points are gone|points have disappeared|credit disappeared|credit is gone' },
  // the parcel or the bag that did not turn up; "is it lost??"
  { labels: { anxious: 2 }, flags: ['ship', 'stuck'], why: 'problem', terms: 'didn\'t show up|did not show up|hasn\'t shown up|has not shown up|is it lost|was it lost|has it been lost|did you lose it|did they lose it|still haven\'t come|still haven\'t arrived|still have not arrived|still haven\'t shipped' },
  // deadlines given by an event or a departure
  { labels: { anxious: 2 }, flags: ['time'], why: 'time', terms: 'appointment is on|appointment is tomorrow|appointment is monday|appointment is tuesday|appointment is wednesday|appointment is thursday|appointment is friday|appointment is saturday|appointment is sunday|my interview is|interview is on|interview is tomorrow|my exam is|exam is on|exam is tomorrow|will it make it|will it get here|will it arrive before|flight leaves|my flight is|boarding in|check in closes|check-in closes|for the wedding|for my wedding|daughter\'s wedding|son\'s wedding|wedding is on|for the funeral|funeral is|party is at|party\'s at|the party starts' },
  // changing or cancelling before it ships: an order request with a deadline, not a stuck parcel (urgency.ts)
  { labels: {}, neg: null, flags: ['notYet', 'afterSales', 'time'], terms: 'change the delivery address|want to add something|want to add an item|add something to my order|add an item to my order|can i add to my order|can i change the address|can i change my address|can i change the shipping address|can you change the address|could you change the address|change my shipping address|update my address|update the address|can i still change|can i still cancel|can i still add|can i still update|is it too late to change|is it too late to cancel|before it ships|before it\'s shipped|before it is shipped|before you ship|could you deliver to|can you deliver to|can u deliver to|can you deliver it to|deliver to my office|deliver it to my office|change delivery to|change the delivery to|switch to pickup|can i cancel one|cancel one of them|cancel one of the|accidentally ordered|ordered two by mistake|ordered it twice' },
  { labels: {}, neg: null, flags: ['hypothetical', 'preSale'], terms: 'does the warranty cover|is it covered by the warranty|is it covered by warranty|warranty cover' },
  { labels: {}, neg: null, flags: ['ship'], terms: 'on the way|on its way' },
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: 'arrived as crumbs|in crumbs|arrived in pieces|came in pieces|in pieces' },
  { labels: { anxious: 2 }, flags: ['ship', 'stuck'], why: 'problem', terms: 'stuck in customs|held at customs|held in customs|stuck at customs|supposed to come|was supposed to be here|supposed to be here|should have come' },
  { labels: { positive: 2.5 }, terms: 'smells incredible|smells amazing|smells great|smells good|smells nice|smells lovely|smells divine|smells wonderful' },
  { kind: 'ignore', terms: 'didn\'t expect that|did not expect that|didn\'t expect it|wasn\'t expecting that' },
  { labels: { threatening: 2.5, angry: 0.5 }, neg: null, flags: ['threat'], why: 'threat', terms: 'consumer group|consumer groups|consumer rights|consumer watchdog' },
  { labels: {}, neg: null, flags: ['hypothetical', 'preSale'], terms: 'if i order today|if i order now|if i buy today|if i buy now|if i place the order|if ordered today' },
  { labels: {}, neg: null, flags: ['preSale'], terms: 'run true to size|is this true to size|is it true to size|are they true to size|is this one true to size|got warranty|have warranty|any warranty|with warranty or not' },
  { labels: { positive: 2.5 }, neg: null, terms: 'never been better|never tasted better|never looked better|never felt better|never been happier' },
  { labels: { disappointed: 2 }, flags: ['usage'], why: 'problem', terms: 'battery dies|dies within|dies in an hour|dies after an hour|only lasts an hour|only lasts a few' },
  { labels: { anxious: 2 }, flags: ['wait'], why: 'waited', terms: 'taking longer than|longer than promised|longer than expected|longer than standard' },
  { labels: {}, neg: null, flags: ['ship'], terms: 'eta|the eta|expedited shipping|paid for express|paid for expedited|guaranteed delivery|next day delivery|next-day delivery' },
  { labels: { threatening: 2.5, angry: 0.5 }, neg: null, flags: ['threat'], why: 'threat', terms: 'post this whole chat|post the whole chat|post this chat|post this on reddit|post it on reddit|post this on tiktok|post it on tiktok|going to post this|gonna post this|will post this' },
  // a greeting, not a chase ("hello, anyone there?"); arrived in time is relief; a region the shop cannot serve
  { labels: {}, neg: null, terms: 'anyone there|is anyone there|anybody there' },
  { labels: { positive: 2 }, flags: ['resolved'], terms: 'just in time|arrived in time|made it in time|got here in time|came in time' },
  { labels: {}, neg: null, flags: ['preSale'], terms: 'not available in my area|not available in my country|not available in my region|doesn\'t ship to my|does not ship to my|can\'t ship to my' },
  { labels: { threatening: 2.5, angry: 0.5 }, neg: null, flags: ['threat'], why: 'threat', terms: 'take my business to|taking my business to|switching to another|switch to another provider|switching providers|switching carriers' },
  { labels: { anxious: 2 }, flags: ['wait'], why: 'waited', terms: 'we\'re on day|we are on day|it\'s day|today is day|now on day|now it\'s day' },
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: 'smelled like smoke|smells like smoke|smelled of smoke|smells of smoke|smell of smoke|smelled like cigarettes|smells like cigarettes' },
  { labels: { disappointed: 2, angry: 0.5 }, flags: ['afterSales'], why: 'problem', terms: 'renewed without|auto-renewed|auto renewed|autorenewed|charged without|billed without|renewed without warning|charged me without' },
  // how-to after buying: a usage question
  { labels: { confused: 1.5 }, flags: ['usage'], terms: 'how do i reset|how to reset|factory reset|how do i clean|how to clean|how do i remove|how do i replace|how do i set up|how to set up|how do i turn|where do i find my|where is my boarding pass|how do i get my boarding pass' },
  { labels: { anxious: 2 }, flags: ['afterSales', 'wait'], why: 'waited', terms: 'haven\'t seen the refund|haven\'t seen my refund|no sign of the refund|no sign of my refund|refund hasn\'t shown up|refund still hasn\'t' },
  { labels: { angry: 2.5 }, terms: 'done being polite|done being nice|fix this now|fix it now|sort it out now|sort this out now' },
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: 'higher than my plan|more than my plan|higher than usual|more than i was quoted|more than quoted|refunded the wrong amount|wrong refund amount' },
  { labels: {}, neg: null, flags: ['notYet', 'afterSales'], terms: 'pause my|pause the deliveries|pause deliveries|pause my subscription|skip next week|skip a delivery|skip the next delivery|hold my deliveries' },
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: 'snapped off|broke off|broken off|handle snapped|handle broke' },
  { labels: { angry: 2 }, terms: 'worst hotel|worst stay|fix my problem|just fix the problem|stop asking me to rate|third time i\'m explaining|third time i am explaining' },
  { labels: { threatening: 2.5, angry: 0.5 }, neg: null, flags: ['threat'], why: 'threat', terms: 'post the video|posting the video|post a video of|posting a video of|upload the video' },
  // money taken wrongly
  { labels: { angry: 2 }, flags: ['afterSales'], why: 'problem', terms: 'charged me twice|charged us twice|charged me two times|charged me double|billed me twice|billed twice|charged me again|charged again|charged the wrong amount|charged me the wrong|wrongly charged|unauthorized charge|unauthorised charge|still charged me|took my money|taken my money|took the money twice' },
  // not what the listing showed
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: 'different from the picture|different from the pictures|different from the photo|different from the photos|different than the picture|different than the pictures|different than the photo|different than the photos|different from the description|doesn\'t match the picture|doesn\'t match the pictures|doesn\'t match the photo|doesn\'t match the photos|doesn\'t match the description|does not match the description|not what was advertised|not as advertised|not as shown' },
  // impatience in plain words
  { labels: { anxious: 2 }, flags: ['wait'], why: 'waited', terms: 'taking so long|taking too long|taking forever|takes forever|still no reply|still no answer|still no response' },
  // …and said of a parcel that has come: a gripe, not a wait
  { labels: { disappointed: 1.5 }, terms: 'took forever|took so long|took ages|took way too long' },
  // …and about the parcel itself: an overdue shipment
  { labels: { anxious: 2 }, flags: ['wait', 'stuck', 'ship'], why: 'waited', terms: 'taking so long to ship|taking so long to arrive|taking too long to ship|taking too long to arrive|taking forever to ship|taking forever to arrive|takes forever to ship|takes forever to arrive|so long to ship|too long to ship|forever to ship|so long to arrive|too long to arrive|forever to arrive|so long to deliver|still hasn\'t come|still hasn\'t arrived|still not arrived|still not shipped|still hasn\'t shipped|still not delivered|still no tracking|still no update' },

  // ── praise as buyers write it in messages and reviews ─────────────────────────────────────────
  { labels: { positive: 2.5 }, terms: 'five stars|five star|5 stars|5 star|10/10 would|ten out of ten|a+ seller|a+ service|exceeded my expectations|exceeded expectations|exceeds expectations|beyond my expectations|worth every penny|worth every cent|money well spent|best purchase|over the moon|blown away|pleasantly surprised|fits like a glove|fits perfectly|lifesaver|life saver|you rock|you guys rock|you\'re the best|you are the best|you guys are the best|legendary|chef\'s kiss|spot on|stoked|top quality|high quality|great quality|excellent quality|good quality|well made|well-made|so comfy|comfy|comfortable|true to size|as described|as pictured|exactly as described|exactly as pictured|arrived early|arrived quickly|arrived fast|fast shipping|quick shipping|fast delivery|quick delivery' },
  // an apology in two words, not a complaint: "my bad, wrong address"
  { kind: 'ignore', terms: 'my bad|our bad' },
  // a joke told (the rest is in en.ts), not a service called one; being out of money is not a defect
  { kind: 'ignore', terms: 'making a joke|makes a joke|telling a joke|i\'m broke|i am broke|we\'re broke|flat broke|so broke|go broke|went broke|gone broke' },
  { labels: { angry: 2 }, terms: 'stop calling me|stop emailing me|stop texting me|stop messaging me|stop sending me|stop spamming' },

  // the problem is over: what the buyer said before this counts little (analyse.ts)
  { labels: { positive: 2 }, flags: ['resolved'], terms: 'refund showed up|refund arrived|refund has arrived|refund just arrived|money showed up|refund came through|refund went through|money came through|it came today|it arrived today|it just came|it just arrived|finally arrived|finally came|finally got it|finally received it|got it now|got it today|just got it|found it|found the package|found my package|found the parcel|found my parcel|nvm|all good now|all sorted|it\'s sorted|sorted now|problem solved|all fixed|fixed it|refund received|received the refund|received my refund|got the refund|got my refund|got my money back|replacement arrived|the replacement came|replacement came|works perfectly now|issue fixed|problem fixed|bug fixed|it\'s fixed|fixed now|fixed my issue|fixed the issue|fixed the problem|issue resolved|problem resolved|resolved my issue|false alarm|ignore my last message|ignore my previous message|disregard my last message|it\'s fine now|working now|works now|it works now' },
  // a code or an email that did not come: a login problem, not a lost parcel (urgency.ts)
  { labels: { disappointed: 1 }, flags: ['digital'], why: 'problem', terms: 'confirmation email|confirmation emails|verification email|verification code|confirmation code|reset link|reset email|password reset|login code|one-time code|one time code|otp|sms code|activation email|activation link' },
  // plainly wrong: an empty box, someone else in the account
  { labels: { disappointed: 2.5 }, flags: ['afterSales'], why: 'problem', terms: 'it was empty|it\'s empty|it is empty|was completely empty|box was empty|box is empty|package was empty|package is empty|parcel was empty|parcel is empty|arrived empty|came empty|empty box|empty package|empty parcel|missing one|missing a piece|missing the screws|missing screws' },
  { labels: { anxious: 2.5 }, flags: ['usage'], why: 'problem', terms: 'hacked|got hacked|been hacked|account hacked|someone used my card|someone else used my card|didn\'t place this order|did not place this order|unauthorized order|unauthorised order|unauthorized purchase|unauthorised purchase' },
  // nobody answering, and the worst service: a clear complaint ("love how nobody answers" is sarcasm)
  { labels: { angry: 2 }, why: 'problem', terms: 'nobody answers|no one answers|nobody replies|no one replies|nobody responds|no one responds|nobody answered|no one answered|nobody replied|no one replied|nobody ever answers|no one ever answers' },
  { labels: { angry: 3 }, terms: 'worst airline|worst airlines|worst carrier|worst courier|worst delivery|worst customer service|worst service|worst company|worst experience|worst seller|worst store|worst shop|worst support|wrong with your company|wrong with this company|wrong with your store|wrong with your shop|wrong with your service|wrong with you guys' },
  { labels: { angry: 1.5 }, flags: ['sarcasm'], why: 'sarcasm', terms: 'said no one ever|said nobody ever|said no one|said nobody' },
  // chargebacks and claims worded every way
  { labels: { threatening: 3, angry: 0.5 }, neg: null, flags: ['threat'], why: 'threat', terms: 'a-z claim|a to z claim|atoz claim|a-to-z claim|a-z guarantee claim|disputing this|disputing the charge|disputing it|dispute this with|dispute it with|filing a dispute|file a dispute|filed a dispute|open a dispute|opening a dispute|opened a dispute|filing a claim|opening a claim|open a claim|opened a claim|reverse the charge|reversing the charge' },
  // a parcel they did not order, instructions that disagree: puzzlement more than anger
  { labels: { confused: 2 }, flags: ['afterSales'], terms: 'i didn\'t order this|i did not order this|didn\'t order this|never ordered this|two different things|says different things|contradicts|contradictory|conflicting information|conflicting info|mixed messages' },
  // wear and tear after first use
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: 'shrank|shrunk|shrinks|faded|fades|fading|pilling|pilled|peeling|peeled off|came off|came apart|frayed|fraying' },
  { labels: { disappointed: 2 }, flags: ['usage'], why: 'problem', terms: 'keeps failing|keep failing|kept failing|payment failed|payment failing|payment declined|card declined|card was declined|transaction failed|checkout failed|shows unpaid|says unpaid|still unpaid|marked as unpaid|marked unpaid' },
  // short, stuck at the label, a code refused
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: 'only 1 of|only 2 of|only 3 of|only 4 of|only 5 of|only one of|only two of|only three of|only four of|only five of|only got one|only got 1|only received one|only received 1|only received part|only half of|scratch|scratches|has a scratch|a dent' },
  { labels: { anxious: 2 }, flags: ['stuck', 'ship'], why: 'waited', terms: 'estimated delivery was|delivery date has passed|past the delivery date|was supposed to arrive|was supposed to be delivered|supposed to arrive|should have arrived|should have been delivered|should have been here|label created|still says label created|label has been created|only a label|pre-shipment|preshipment|awaiting carrier pickup|waiting for carrier' },
  { labels: { disappointed: 1.5 }, flags: ['usage'], why: 'problem', terms: 'says invalid|is invalid|code invalid|invalid code|not valid|isn\'t valid|code expired|coupon expired|voucher expired|code doesn\'t work|coupon doesn\'t work|voucher doesn\'t work' },
  { labels: { threatening: 3, angry: 0.5 }, neg: null, flags: ['threat'], why: 'threat', terms: 'a-to-z|a to z guarantee|atoz guarantee|opening a case|open a case|opened a case|filing a case|file a case|disputing with|dispute with' },
  // a deadline in plain words: the buyer leaves or needs it on a day
  { labels: { anxious: 2 }, flags: ['time'], why: 'time', terms: 'before then|before i fly|before i leave|before we leave|i fly out|i\'m flying out|we fly out|i leave on|we leave on|leaving on|i leave tomorrow|leaving tomorrow|need it before|need this before|need them before|needed it by' },
  { labels: { angry: 2 }, terms: 'are you people serious|are you guys serious|you people|you guys are useless|do you even care|does anyone even work there|does anyone work there' },
  // asking before buying about a problem that may never happen, or an apology for one's own slip
  { labels: {}, neg: null, flags: ['hypothetical', 'preSale'], terms: 'just checking before|before i order|before ordering|before i buy|before buying|before i purchase|before purchasing|thinking of buying|thinking about buying|planning to buy|planning on buying|just in case|in case it|what if it' },
  { kind: 'ignore', terms: 'scratch that|not complaining|i\'m not complaining|not a complaint|just curious|sent the wrong message|wrong chat|wrong person|typo on my end|my mistake|my fault' },
  // leaving for a rival, going public
  { labels: { threatening: 2.5, angry: 0.5 }, neg: null, flags: ['threat'], why: 'threat', terms: 'buy from amazon|buying from amazon|get it from amazon|order from amazon instead|just buy from amazon|i\'ll just buy|buy it somewhere else|buy somewhere else|taking my business elsewhere|post about it everywhere|post about this everywhere|post this everywhere|posting about it everywhere|posting about this everywhere|posting this everywhere|posting it everywhere|tell all my followers|my followers|tell everyone i know|make this go viral' },
  // defects in plain words, money not back, anger at being made to repeat
  { labels: { disappointed: 2 }, flags: ['usage'], why: 'problem', terms: 'flicker*|keeps shutting off|keeps turning off|keeps restarting|keeps rebooting|shuts off by itself|turns off by itself|chipped|a chip on|chip on the|cracked glaze' },
  { labels: { anxious: 2 }, flags: ['afterSales', 'wait'], why: 'waited', terms: 'nothing in my account|not in my account yet|hasn\'t hit my account|hasn\'t shown up in my account|not showing in my account|still no refund|still no money' },
  { labels: { angry: 2 }, flags: ['time'], why: 'time', terms: 'third time explaining|explaining this again|explain this again|for the third time|for the fourth time|for the fifth time|repeat myself|repeating myself' },
  { labels: { angry: 1.5 }, flags: ['sarcasm'], why: 'sarcasm', terms: 'love that for me|love this for me|just what i wanted' },
  // asking about returns or repairs before anything has gone wrong
  { labels: {}, neg: null, flags: ['hypothetical', 'preSale'], terms: 'if it doesn\'t fit|if it does not fit|how long is the warranty|what\'s the warranty|is there a warranty|does it have a warranty|does it come with a warranty' },
  // a return asked about for an unopened item: after-sales, but nothing is wrong with it
  { labels: {}, neg: null, flags: ['afterSales'], terms: 'if i haven\'t opened|if it\'s unopened|if unopened|still sealed|unopened' },
  // the buyer says there is no hurry: the delay they mention is not pressure (like a resolution)
  { labels: { positive: 1.5 }, flags: ['resolved'], terms: 'not in a hurry|i\'m not in a hurry|not in any hurry|take your time|don\'t worry about the delay|don\'t worry about it' },
  // a bad review that was not written
  { kind: 'ignore', terms: 'was going to leave a bad review|almost left a bad review|was about to leave a bad review|was going to complain|was about to complain|almost complained' },
  // running out of something the buyer needs daily: a deadline
  { labels: { anxious: 2 }, flags: ['time'], why: 'time', terms: 'one day left|only one day left|two days left|only two days left|running out|ran out|almost out of|about to run out' },
  // applause for a failure: sarcasm when a complaint sits in the message without a "but" (analyse.ts)
  { labels: { positive: 2 }, flags: ['sarcasm'], terms: 'very funny|real funny|how funny|great job|good job|nice job|nice work|great work|truly impressive|so impressive|very impressive|real impressive|really impressive|bravo|slow clap|round of applause|top marks' },
  // canned answers, going public on social media, a deadline today
  { labels: { angry: 2 }, terms: 'copy paste|copy-paste|copy and paste|copy pasted|canned response|canned answer|canned responses|automated response|automated responses|actually read my|read my message|read my messages|talking to a bot|talk to a human|talk to a real person|speak to a real person|speak to a human' },
  { labels: { threatening: 2.5, angry: 0.5 }, neg: null, flags: ['threat'], why: 'threat', terms: 'posting the whole conversation|posting this on|post this on|posting it on|post it on|posting screenshots|post screenshots|on social media|all over social media|going public' },
  { labels: { anxious: 2 }, flags: ['time'], why: 'time', terms: 'before end of day|before the end of the day|before eod|end of day today|by end of today|by the end of today|within the hour|in the next hour' },
  { labels: { angry: 3 }, terms: 'absolute scam|total scam|complete scam|such a scam|what a scam|this is a scam|actually incompetent|so incompetent|completely incompetent' },
  // yes/no questions: "do I send it back or not?" is not a negation
  { kind: 'ignore', terms: 'or not' },
  // praise in slang
  { labels: { positive: 2.5 }, terms: 'slaps|killer deal|obsessed|lowkey obsessed|so obsessed|banger|absolute banger|game changer|game-changer|goated|bussin' },
  // the parcel has not moved: an overdue shipment
  { labels: { anxious: 2 }, flags: ['stuck', 'ship'], why: 'waited', terms: 'still says processing|still processing|still pending|still shows pending|still says pending|stuck on processing|stuck in processing|stuck at processing|still hasn\'t moved|has not moved|no movement|not moving|tracking hasn\'t moved|tracking not updating|tracking isn\'t updating' },

  // surprise, not praise: "wow, a whole week for one parcel" (the rest of the message says which way)
  { labels: {}, neg: null, terms: 'wow|whoa|woah|omg|oh my god|oh my gosh' },

  // a parcel lost, delivered elsewhere, or "attempted" while the buyer was home: the buyer does not have it (stuck)
  { labels: { disappointed: 2, anxious: 1 }, flags: ['afterSales', 'ship', 'stuck'], why: 'problem', terms: 'lost in the mail|lost in transit|lost in the post|lost my package|lost my parcel|lost my order|lost the package|lost the parcel|lost the order|parcel is gone|package is gone|order is gone|went to the wrong address|delivered in a different city|delivered to a different|wrong city|wrong state|delivered to the wrong|given to the wrong' },
  { labels: { anxious: 2, angry: 0.5 }, flags: ['ship', 'stuck'], why: 'problem', terms: 'customer not available|recipient not available|customer unavailable|i was home all day|i was home the whole day|i was at home all day|was home all day|been home all day|nobody knocked|no one knocked|didn\'t even knock|didn\'t knock|never knocked|didn\'t ring the bell|never rang the bell|failed delivery|failed delivery attempt|delivery attempt failed|returned to sender|return to sender|being returned to the seller' },
  { labels: { anxious: 2 }, flags: ['ship', 'stuck'], why: 'problem', terms: 'said it would come|said it would arrive|said it would be here|said it would be delivered|it would arrive by|was promised delivery|promised delivery|expected delivery was|tracking has been stuck|tracking is stuck|tracking stuck|been stuck at|been stuck in|stuck in transit|stuck at the hub|stuck at hub|stuck in the same' },
  // threats in chat shorthand, never again from this shop
  { labels: { threatening: 3, angry: 0.5 }, neg: null, flags: ['threat'], why: 'threat', terms: 'posting this chat|posting the chat|posting our chat|posting this conversation|post this conversation|screenshotting this|consumer council|consumer association|consumer tribunal|taking this to|take this further|taking this further|taking it further|reporting u|report u|report ur|reporting ur|report your shop|reporting your shop|report your store|report the seller|reporting the seller|never buying|never ordering|never shopping|never buying again|never ordering again' },
  { labels: { positive: 2 }, neg: { threatening: 2, angry: 0.5 }, negFlags: ['threat'], terms: 'buying from this shop again|buy from this shop again|buy from this store again|buying from this store again|buy from this seller again|buying from this seller again|buy from them again|buying from them again|buy here again|buying here again|order here again|ordering here again' },
  // questions asked before buying or about the shop's rules, what reviews say: nothing has gone wrong yet
  { labels: {}, neg: null, flags: ['hypothetical', 'preSale'], terms: 'what happens if|what would happen if|restock|restocked|be restocked' },
  { labels: {}, neg: null, flags: ['hearsay'], terms: 'reviews say|reviews said|some reviews|a review said|one review said|reviews mention|i read that|i heard that|people say|people are saying' },
  { labels: {}, neg: null, flags: ['preSale'], terms: 'return policy|refund policy|exchange policy|returns policy|warranty policy|warranty details|warranty info|warranty information|warranty period|return window|how many days to return' },
  // thanks for a fix, a problem the buyer says is over
  { labels: { positive: 2 }, flags: ['resolved'], terms: 'issue solved|got the package fine|got it fine|arrived fine|came fine|got my package fine|the new one works|new one works|replacement works|thanks for the replacement|thank you for the replacement|thanks for the refund|thank you for the refund|thanks for sorting|thank you for sorting|thanks for fixing|thank you for fixing|helpful with my return|thanks for processing|thank you for processing' },
  // the buyer's own slip (an order to change: after-sales, not the shop's fault), a reason to cancel, idioms of 'close'
  { labels: {}, neg: null, flags: ['afterSales'], terms: 'i ordered the wrong|i picked the wrong|i chose the wrong|i selected the wrong|i bought the wrong|i clicked the wrong' },
  { kind: 'ignore', terms: 'found it elsewhere|found it cheaper|found one cheaper|found a cheaper one|found it somewhere else|found it for less|loose fit|loose fitting|loose-fitting|relaxed fit|not even close|nowhere near close|come close|came close|comes close|anything close|close to|close friend|close friends|too close|so close|close call|up close|close by|close enough' },
  // calm fault reports: lids that won't close, loose or wobbly parts, stains, opened or half-empty packs, paying twice
  { labels: {}, neg: { disappointed: 2 }, flags: ['usage'], why: 'problem', terms: 'close|closes|close properly|shut|shuts|shut properly|lock|locks|latch|latches|stay closed|stay shut|stay on|stick|sticks|seal|seals' },
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: 'wobbly|wobbles|wobble|came loose|is loose|are loose|too loose|rattles|rattling|stain|stains|a stain|half empty|half-empty|already opened|was opened|been opened|seal was broken|seal is broken|broken seal|tampered|different from what i ordered|not what i ordered|isn\'t what i ordered|wasn\'t what i ordered' },
  { labels: { anxious: 2 }, flags: ['afterSales'], why: 'problem', terms: 'paid twice|i paid twice|paid two times|paid double|double payment|double paid' },
  { labels: { confused: 1.5 }, flags: ['usage'], terms: 'blank pages|prints blank|printing blank|device offline|says offline|shows offline|keeps saying|keeps showing|keeps telling me|keeps popping up' },
  { labels: { confused: 1.5 }, flags: ['usage'], terms: 'is it normal|is this normal|is that normal|normal for it to|supposed to do that|supposed to look like this' },
  // harm done or narrowly missed is escalated (urgency.ts): fire, a shock, a swollen battery, illness, a cut
  { labels: { anxious: 2.5, disappointed: 1 }, neg: null, flags: ['afterSales', 'safety'], why: 'problem', terms: 'caught fire|catches fire|burst into flames|sparks came out|sparked|electric shock|gave me a shock|shocked me|it exploded|battery exploded|charger exploded|phone exploded|exploded in my hand|swollen battery|battery is swollen|battery swelled|battery has swollen|food poisoning|made my son sick|made my daughter sick|made my kid sick|made my baby sick|made us sick|got sick after|threw up after|allergic reaction|broke out in a rash|gave me a rash|cut my finger|cut my hand|burned my hand|burnt my hand|burned my finger|burnt my finger' },
  { labels: { anxious: 1.5 }, flags: ['usage'], terms: 'not sure if it\'s safe|safe to keep using|still safe to use|afraid to use it|scared to use it' },
  // an event the parcel is for: pressure, counted with the date or the question that asks about it
  { labels: { anxious: 1 }, flags: ['time'], why: 'time', terms: 'for a wedding|for our wedding|for a party|for the party|for my party|for his birthday|for her birthday|for my birthday|for my son\'s birthday|for my daughter\'s birthday|for my mom\'s birthday|for my wife\'s birthday|for my husband\'s birthday|birthday is on|christmas gift|christmas present|for the trip|for my trip|trip is on|school starts' },
  // after the fourteenth probe: reported already (or about to, in Pidgin), long overdue, left at the wrong house,
  // cracks, snaps, spoiled fruit; "no worries if not" is not a negated problem
  { labels: { threatening: 3, angry: 0.5 }, neg: null, flags: ['threat'], why: 'threat', terms: 'reported to|reported you|reported this|reported the seller|i have reported|i\'ve reported|already reported|i go report|go report una|will report una' },
  { labels: { anxious: 2 }, flags: ['ship', 'stuck'], why: 'problem', terms: 'long overdue|way overdue|is overdue|left it at the wrong|dropped it at the wrong|delivered it to the wrong|at the wrong house|to the wrong house|wrong house|at the wrong door|wrong door' },
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: 'a crack in|crack in the|cracks in|has a crack|with a crack|snapped|snaps|overripe|over ripe|too ripe|bruised|mushy|moldy|mouldy' },
  // after the fifteenth probe: smoke and swelling are fire risks, a child cut is harm done; wanting to report is a
  // threat; out for delivery since yesterday is stuck; reviews seen and other sellers are hearsay; a return policy
  // asked "if" it doesn't fit is pre-sale; a fix confirmed closes the case; "missing the remote" is a part short
  { labels: { anxious: 2.5, disappointed: 1 }, neg: null, flags: ['afterSales', 'safety'], why: 'problem', terms: 'burning smell|smells like burning|smell of burning|smelled like burning|smells burnt|burnt smell|burning plastic|too hot to touch|nearly cut|almost cut|started smoking|began smoking|was smoking|smoke came out|smoke coming out|smoke was coming|started swelling|started to swell|is swelling|swelling up|swelled up|puffed up|nearly shocked|almost shocked|almost electrocuted|nearly electrocuted|got a cut|got a small cut|cut himself|cut herself|cut his finger|cut her finger|cut his hand|cut her hand' },
  { labels: { threatening: 2.5, angry: 0.5 }, neg: null, flags: ['threat'], why: 'threat', terms: 'tell all my friends|telling all my friends|tell everyone not to buy|dont buy here|don\'t buy here|report the listing|i report|want to report|wanna report|going to report|gonna report|will report you|report already' },
  { labels: { anxious: 2 }, flags: ['ship', 'stuck'], why: 'problem', terms: 'out for delivery since yesterday|out for delivery since last|out for delivery for days|out for delivery for two days|out for delivery for 2 days|out for delivery for a week' },
  { labels: {}, neg: null, flags: ['hearsay'], terms: 'saw a review|read a review|seen reviews|saw reviews|another seller|other sellers|another shop|other shops' },
  { labels: {}, neg: null, flags: ['hypothetical', 'preSale'], terms: 'return policy if|policy if|if size not fit|if the size doesn\'t fit|if the size does not fit|in case it doesn\'t fit' },
  { labels: { positive: 2 }, flags: ['resolved'], terms: 'is fixed|is now fixed|has been fixed|got fixed|close the ticket|close this ticket|close the case|thanks for the quick|thank you for the quick|thanks for the fast|thank you for the fast' },
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: 'missing the' },
  { labels: {}, neg: null, flags: ['ship'], terms: 'at the depot|in the depot|at the warehouse|at the sorting centre|at the sorting center|at the hub' },
  { labels: { anxious: 2 }, flags: ['ship', 'stuck'], why: 'problem', terms: 'still not reach|not reach yet|still not arrive|still not receive|not yet receive|still never receive' },
  // after the nineteenth probe: PayPal disputes, a burned hand, bots, an ETA pushed back, a soaked parcel; past
  // purchases from other shops and "if they don't fit" are pre-sale; a lost manual is no lost parcel
  { labels: { threatening: 3, angry: 0.5 }, neg: null, flags: ['threat'], why: 'threat', terms: 'dispute it|dispute this|dispute on paypal|dispute the payment|dispute the transaction' },
  { labels: { anxious: 2.5, disappointed: 1 }, neg: null, flags: ['afterSales', 'safety'], why: 'problem', terms: 'burned my|burnt my|burned her|burned his|burns on' },
  { labels: { angry: 2 }, terms: 'real person|a real human|stop sending me bots|not a bot' },
  { labels: { anxious: 2 }, flags: ['ship', 'stuck'], why: 'problem', terms: 'keeps getting pushed back|keeps getting delayed|pushed back again|delayed again|postponed again|keeps changing the date' },
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: 'stopped cooling|stopped heating|not cooling|not heating|won\'t cool|won\'t heat|doesn\'t cool|doesn\'t heat' },
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: 'soaked|left it in the rain|left my package in the rain|left my parcel in the rain' },
  { labels: {}, neg: null, flags: ['hearsay'], terms: 'other shop|other seller|from other shop|from another seller' },
  { kind: 'ignore', terms: 'because last time|last time i bought from|last time i buy from|last time i ordered from|lost the paper one|lost the manual|lost the paper|lost the receipt|lost my receipt|fresh or frozen|frozen or fresh' },
  { labels: {}, neg: null, flags: ['hypothetical', 'preSale'], terms: 'if they don\'t fit|if they do not fit|if the shoes don\'t fit|if the size is wrong|thinking of ordering|thinking about ordering|planning to order' },
  // after the twenty-first probe: "if it gets lost" is asked before it happens; answer me; censored swearing;
  // customs is about the parcel; brakes that barely work; a ring that turned a finger green; beeping alarms
  { labels: {}, neg: null, flags: ['hypothetical', 'preSale'], terms: 'if the package gets lost|if the parcel gets lost|if it gets lost|if it gets damaged|if it breaks' },
  { labels: { angry: 2 }, terms: 'answer me|reply me|respond to me|f***|f***ing|wtf is this' },
  { labels: {}, neg: null, flags: ['ship'], terms: 'customs is asking|customs are asking|held by customs|customs held|customs hold' },
  { labels: {}, neg: null, flags: ['resolved'], terms: 'no stress' },
  { labels: { anxious: 2.5, disappointed: 1 }, neg: null, flags: ['afterSales', 'safety'], why: 'problem', terms: 'brakes barely work|brakes don\'t work|brakes do not work|nearly rolled into|nearly crashed|almost crashed|could have crashed' },
  { labels: { disappointed: 2 }, flags: ['afterSales'], why: 'problem', terms: 'turned my finger green|turned my skin green|turned green|nothing like the swatch|keeps beeping|barely works|barely work' },
  { kind: 'ignore', terms: 'if not|no worries if not|no problem if not' },
  // after the twenty-fifth probe (support tweets): going public on a named network, to the CEO, to the card issuer
  { labels: { threatening: 3, angry: 0.5 }, neg: null, flags: ['threat'], why: 'threat', terms: 'going on tiktok|going on twitter|going on reddit|going on facebook|going on instagram|posting everything|post everything on|sharing this experience|share this experience|facebook group|people deserve to know|everyone deserves to know|escalated this to|escalating this to|your ceo|to the ceo|on linkedin|card issuer|my credit card company' },
  // after the twenty-sixth probe (Singapore, Malaysia, the Philippines): sparks, scorching heat, smoke named in Malay
  // and Tagalog are fire risks
  { labels: { anxious: 2.5, disappointed: 1 }, neg: null, flags: ['afterSales', 'safety'], why: 'problem', terms: 'spark|sparking|spark when|nag-spark|nagspark|nag spark|umuusok|nasunog|terbakar|berasap|meletup|nearly burn|almost burn|become very hot|becomes very hot|became very hot|very hot when charging|gets very hot when' },
  // regret for a real purchase ("if I'd known, I'd never have bought it"): the condition is not imagined
  { labels: { disappointed: 2.5 }, neg: null, terms: 'never have bought|never should have bought|should never have bought|shouldn\'t have bought|should not have bought|wish i never bought|wish i hadn\'t bought|wish i had not bought|never have ordered|never should have ordered|should never have ordered|shouldn\'t have ordered|wish i never ordered|wish i hadn\'t ordered' },
  // the shop told to answer for it
  { labels: { angry: 2 }, terms: 'i want answers|i demand answers|want some answers|who is responsible for this|who is going to take responsibility|take responsibility for this|you had one job|do you even want my business|do you want my business or not' },
  // the awaited thing happened, or nothing more is needed (long follow-ups that close a case)
  { labels: { positive: 2 }, flags: ['resolved'], terms: 'it turned up|turned up today|showed up today|hit my account|in my account now|no need to do anything|nothing further needed|no further action|you can close this|you can close the case|back to normal|working normally again|works normally now' },
  { labels: {}, neg: null, flags: ['resolved'], terms: 'tracking just updated|tracking finally updated|it just updated|tracking updated' },
  // after the twenty-eighth probe: a child choking on or swallowing a part, poison and fumes, a reaction bad enough for
  // a doctor, bleeding are harm done or narrowly missed; a rash or itching alone is a worry to handle now (medium)
  { labels: { anxious: 2.5, disappointed: 1 }, neg: null, flags: ['afterSales', 'safety'], why: 'problem', terms: 'choking|choked|choke on|choking hazard|swallowed|swallow it|in his mouth|in her mouth|in the baby\'s mouth|toxic gel|toxic smell|smells toxic|toxic fumes|chemical fumes|poisoned|poisoning|went to the er|went to the hospital|to the emergency room|took her to the doctor|took him to the doctor|the doctor said|urgent care|dermatitis|hives|itchy and swollen|red and swollen|swollen and itchy|swollen and red|bleeding|was bleeding|started bleeding|got hurt|hurt himself|hurt herself' },
  { labels: { anxious: 2 }, flags: ['afterSales', 'harm'], why: 'problem', terms: 'rash|a rash|itchy|itching|skin irritation|irritated my skin|broke out in|breakout|breakouts' },
  // after the twenty-ninth probe: a competitor plus telling everyone, negative feedback and a report are threats;
  // censored and mild swearing at the shop; an early arrival closes the worry; kindness to the agent is warmth;
  // a crazy day is a busy one
  { labels: { threatening: 2.5, angry: 0.5 }, neg: null, flags: ['threat'], why: 'threat', terms: 'buying from your competitor|buy from your competitor|buying from a competitor|going to your competitor|telling everyone why|telling everyone about|tell everyone about|everyone on tiktok|everyone on facebook|everyone on twitter|everyone on instagram|everyone on reddit|negative feedback|leave negative feedback|leaving negative feedback|file a report|filing a report' },
  { labels: { angry: 2.5 }, flags: ['profanity'], why: 'profanity', terms: 'sh*t|sh!t|s**t|sh1t|screw your' },
  { labels: { positive: 2 }, flags: ['resolved'], terms: 'came early|days early|ahead of schedule|earlier than expected|sooner than expected' },
  { labels: { positive: 1.5 }, neg: null, terms: 'don\'t apologize|no need to apologize|not your fault|no need to apologise|don\'t apologise' },
  { kind: 'ignore', terms: 'crazy day|crazy busy|crazy week|crazy time|crazy times|crazy month|crazy season' },
  // after the twenty-ninth probe, letdowns: a hope told as past ("was really looking forward to this"), a thing
  // smaller or thinner than expected; an apology for the buyer's own mix-up is no confusion
  { labels: { disappointed: 2 }, why: 'problem', terms: 'expected way better|expected much better|expected a lot better|expected so much better|expected more for the price|not what i hoped for|not what i was hoping for|not what i\'d hoped for|was hoping for more|i was really looking forward to|was really looking forward to|was so looking forward to|i was looking forward to|had high hopes|had such high hopes|had higher hopes' },
  { labels: { disappointed: 2 }, flags: ['usage'], why: 'problem', terms: 'smaller than expected|smaller than i expected|smaller than i thought|thinner than expected|thinner than i expected|thinner than i thought|flimsier than|flimsier than expected|worse than expected|worse than i expected|shorter than expected|shorter than i expected|weaker than expected|cheaper looking than|looks cheaper than|lower quality than|doesn\'t look like the picture|doesn\'t look like the photo|different from the listing' },
  // asked for the same proof again: photos sent twice, "what else do you need from me"
  { labels: { angry: 2 }, flags: ['time'], why: 'time', terms: 'sent the photos twice|sent photos twice|sent you photos twice|sent the pictures twice|sent the pics twice|what else do you need from me|what else do u need from me|what more do you need from me|what more do u need|how many times do i have to|how many times do i need to|how many more times' },
  // after the twenty-fifth probe, again: a thing that stopped doing its job is the problem; thanks for a fix closes
  // the case; "not in a rush", "nobody home" and "not gonna lie" are no complaint
  { labels: { disappointed: 2 }, flags: ['usage'], why: 'problem', terms: 'stopped syncing|stopped connecting|stopped pairing|stopped charging|stopped turning on|stopped spinning|stopped loading|stopped updating|stopped tracking|stopped draining|stopped holding a charge' },
  { labels: { positive: 2 }, flags: ['resolved'], terms: 'thanks for replacing|thank you for replacing|thanks for resolving|thank you for resolving|thanks for refunding|thank you for refunding|you resolved it|you sorted it|you fixed it|for helping me recover|for helping me get it sorted' },
  { kind: 'ignore', terms: 'not in a rush|in no rush|in no hurry|nobody home|no one home|nobody\'s home|no one\'s home|nobody will be home|no one will be home|not gonna lie|not going to lie' },
  // after the thirtieth probe: marked delivered and not here is a stuck parcel; buying from another shop and exposing
  // the shop on social media are threats; a thing that gets too hot is a problem and a worry
  { labels: { anxious: 2 }, flags: ['ship', 'stuck'], why: 'time', terms: 'marked it as delivered but|marked it delivered but|says it\'s delivered but|shows it as delivered but|said it was delivered but|says it was delivered and|marked as delivered and' },
  { labels: { threatening: 2.5, angry: 0.5 }, neg: null, flags: ['threat'], why: 'threat', terms: 'buy from another shop|buying from another shop|buy from another seller|buying from another seller|order from another shop|ordering from another shop|gonna buy from another|going to buy from another|expose this shop|expose your shop|expose this seller|expose you guys|expose u guys|exposing this shop|exposing you' },
  { labels: { anxious: 2, disappointed: 1 }, flags: ['usage'], why: 'problem', terms: 'overheats|overheating|gets too hot|gets very hot|gets really hot|gets so hot|gets super hot|gets extremely hot|getting really hot|getting very hot|getting too hot|gets way too hot' },
  { kind: 'ignore', terms: 'sorry for the confusion|sorry about the confusion|apologies for the confusion|sorry for any confusion' },
];
