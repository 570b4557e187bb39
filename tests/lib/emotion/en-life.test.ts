import { describe, expect, it } from 'vitest';
import { careLabels, detectEmotion } from '@/lib/emotion/index';

// lib/emotion/lexicon/en-life.ts: what people say about their lives beyond the order.
const labels = (t: string) => detectEmotion(t).emotions.map((e) => e.label);
const care = (t: string) => labels(t).some((l) => (careLabels as readonly string[]).includes(l));

describe('en-life: a loss behind the message is sadness', () => {
  it.each([
    'My dad passed last week, please cancel the suit I ordered for him',
    'Since my mom died I have not been able to open the parcels she ordered',
    'We had to put our dog down, can I return the unopened food?',
    'Got laid off yesterday so I need to cancel the sofa',
    'Lost my job, is there any way to pause the subscription',
    'Last order from you before you close, gonna miss this shop',
  ])('%s', (t) => {
    expect(labels(t)).toContain('disappointed');
  });
  it('a device that died is a fault, not a bereavement', () => {
    expect(detectEmotion('the battery died on day two').main).toBe('disappointed');
    expect(detectEmotion('the battery died on day two').urgency).toBe('medium');
  });
});

describe('en-life: resignation is a quiet letdown', () => {
  it.each(['Sold out again? Oh well.', 'guess I\'ll live with it then', 'It is what it is, I will keep it'])('%s', (t) => {
    expect(labels(t)).toContain('disappointed');
  });
});

describe('en-life: feelings said as idioms', () => {
  it.each<[string, string]>([
    ['angry', 'This chat bot drives me up the wall'],
    ['angry', 'Charging me again for the return label is a slap in the face'],
    ['angry', 'The audacity of sending me a survey after that'],
    ['angry', 'Honestly I am on my last nerve with this courier'],
    ['anxious', 'I have had a knot in my stomach since the bank called about the charge'],
    ['anxious', 'The parcel has my passport in it, I am a nervous wreck'],
    ['anxious', 'I am out of my depth with this router setup, we\'re screwed if it is not online by Monday'],
    ['anxious', 'Trying not to panic but the box was open when it arrived'],
    ['disappointed', 'With a heavy heart I am returning the dress, it was for my mum'],
    ['disappointed', 'My hopes were dashed when I opened the box'],
    ['disappointed', 'Feeling so alone with all this, nobody will help'],
  ])('%s: %s', (label, t) => {
    expect(labels(t)).toContain(label);
  });
});

describe('en-life: look-alikes carry no feeling', () => {
  it.each([
    'Press the panic button on the remote to stop the alarm',
    'We ran a stress test on the charger, all good',
    'Wide-leg jeans are all the rage, do you have them in 28?',
    'Fear not, I found the receipt',
    'Returned the boots with no drama at all',
    'This hot sauce is scary good',
    'Crying laughing at the note you put in the box',
    'You nailed it with the gift wrap',
    'Is there a lost and found at the pickup point?',
  ])('%s', (t) => {
    expect(care(t)).toBe(false);
  });
  it('the same words used for a real feeling still count', () => {
    expect(care('I am in a panic, the parcel is lost')).toBe(true);
    expect(care('So much stress because of this late order')).toBe(true);
  });
});

describe('en-life: grumbles and self-mockery', () => {
  it('a grumble about how things always go is annoyance', () => {
    expect(labels('Why does every courier leave it at the wrong door')).toContain('angry');
  });
  it('calling oneself silly is no anger at the shop', () => {
    for (const t of ['I feel so dumb, it was in the side pocket all along', "I'm an idiot, I ordered the wrong size. Can I swap?"]) expect(labels(t)).not.toContain('angry');
  });
  it('the announcement of a change is no hurry', () => {
    expect(care('He resigned on Monday, effective immediately')).toBe(false);
  });
});

describe('threats: a lawyer the writer brings, not one in a story', () => {
  it.each(['I will be contacting my lawyer', 'Next step is a lawyer', 'I have reported you to the Attorney General'])('%s', (t) => {
    expect(labels(t)).toContain('threatening');
  });
  it('a lawyer in a show or a job title is none', () => {
    expect(labels('Same actor played the lawyer in that crime show')).not.toContain('threatening');
  });
});

describe('en-life: a confession of liking, and "get out of"', () => {
  it('"I hate how much I love it" is praise', () => {
    expect(labels('I hate how much I love this hoodie')).toEqual(['positive']);
  });
  it('"get out of" a place or a round is no "get out!"', () => {
    expect(care('Did not expect us to get out of the first round')).toBe(false);
    expect(labels('Get out of here with that excuse')).toContain('angry');
  });
});
