import type { Group } from './types';

// English of comment threads and group chats: praise said with a title ("absolute legend", "mad respect"), a loss
// that "hits different", nerves told by the body, letdowns said as lost potential, and grumbles said as hyperbole
// ("should be illegal", "nobody asked for"). Buyers write this way too when they talk about life around the order.
// Written for this product from everyday speech (no list adapted); found on blind probes of social-media comments
// written by colleagues (probes 33, 35 and 37), checked on others (34 and 36), never on the dev sets.

export const enSocialGroups: Group[] = [
  // "Legend." for a driver who carried the sofa upstairs (not a map legend, The Legend of Zelda or an urban legend)
  { labels: { positive: 2 }, terms: 'legend|legends' },
  { kind: 'ignore', terms: 'map legend|the legend of|legend of|legends of|urban legend|urban legends|league of legends|apex legends' },
  // praise said as a title: "fucking legend", "mad respect", "what a player" (the swear word is emphasis here; not a
  // bare "genius": Genius makes keyboards). Applause, so sarcasm beside a complaint ("down since Monday and support
  // says restart it, what a genius").
  { labels: { positive: 2 }, flags: ['sarcasm'], terms: 'a legend|absolute legend|an absolute legend|total legend|living legend|you legend|fucking legend|a genius|pure genius|absolute genius|you genius|fucking genius|comedic genius|masterpiece|masterclass|mad respect|much respect|major respect|hats off|props to|fair play|what a player|what a career|what an actor|what an athlete|what a save|what a goal|what a shot|what a performance|what a game|what a run|what a legend|what a guy|certified banger|peak fiction|peak cinema' },
  // a loss that lands without a sad word: "hits different", "I'm not okay", "can't bring myself to"
  { labels: { disappointed: 2.5 }, terms: 'hits different|hit different|hits hard|hit hard|hit me hard|hits too close|hit too close|too close to home|hits close to home|hit close to home|hard to watch|i\'m not okay|i am not okay|i\'m not ok|still not okay|still not ok|can\'t bring myself to|couldn\'t bring myself to|never thought i\'d be here|miss that guy|miss that girl|miss that era|miss those days|miss him|miss her|miss them|first year without|first election without|first season without|first game without|first time without' },
  // nerves told by the body
  { labels: { anxious: 2 }, terms: 'palms are sweating|palms sweating|now i\'m sweating|clutching the armrest|chewing my nails|biting my nails|peeking through my fingers|please tell me i\'m not crazy' },
  // a letdown said as lost potential or a hope that failed
  { labels: { disappointed: 2 }, terms: 'was expecting more|i was expecting more|expecting more from|hoped for more|so much potential|had so much potential|such potential|wasted potential|threw it all away|wanted to believe|back to square one|deserved better|deserved so much better|deserves better|used to be good|not the same anymore|went downhill|gone downhill' },
  // a grumble said as hyperbole: "recap episodes should be illegal", "another reboot nobody asked for"
  { labels: { angry: 2 }, terms: 'should be illegal|ought to be illegal|needs to die|need to die|get over yourself|nobody asked for|no one asked for|nobody asked|no one asked|we get it|sure buddy|sure jan|ok boomer|okay boomer|yeah no|crazy work|so tired of|sick and tired of|tired of seeing|tired of hearing|i\'ve given up' },
  // "I hate how hard I laughed": a confession of liking (see also en-life's "I hate how much I love")
  { labels: { positive: 2 }, flags: ['laugh'], terms: 'hate how hard i laughed|hate how much i laughed|hate how hard i\'m laughing|hate that i laughed|hate how addictive|hate how catchy|hate how quotable|hate how well|hate how much this|hate how much i want' },
  // look-alikes in threads: a word for pain or fear that is no feeling here
  { kind: 'ignore', terms: 'i\'m not ok with|i\'m not okay with|not ok with|not okay with|growing pains|pain point|pain points|no pain no gain|horror movie|horror movies|horror game|horror games|horror villain|a bad feeling about this|scared money' },
];
