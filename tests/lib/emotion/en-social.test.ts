import { describe, expect, it } from 'vitest';
import { careLabels, detectEmotion } from '@/lib/emotion/index';

// lib/emotion/lexicon/en-social.ts: the English of comment threads and group chats.
const labels = (t: string) => detectEmotion(t).emotions.map((e) => e.label);
const care = (t: string) => labels(t).some((l) => (careLabels as readonly string[]).includes(l));

describe('en-social: praise said as a title, with or without a swear word', () => {
  it.each(['That goalkeeper is a fucking legend', 'Mad respect to the nurse who covered every night shift', 'The finale was a masterclass'])('%s', (t) => {
    expect(care(t)).toBe(false);
    expect(labels(t)).toContain('positive');
  });
  it('"Legend." on its own thanks someone; a product or a map legend is no praise', () => {
    expect(labels('Your driver carried the dresser up three flights. Legend.')).toContain('positive');
    expect(detectEmotion('The Legend of Zelda case arrived cracked').main).toBe('disappointed');
    expect(labels('The map legend is printed upside down')).not.toContain('positive');
  });
  it('after a complaint it is sarcasm', () => {
    expect(labels('The router broke again and support says to restart it. Genius.')[0]).toBe('angry');
  });
});

describe('en-social: feelings said without a feeling word', () => {
  it.each<[string, string]>([
    ['disappointed', 'Hearing that song at the wedding hits different now that she is gone'],
    ['disappointed', 'Still can\'t bring myself to delete his number'],
    ['disappointed', 'The second book had so much potential and threw it all away'],
    ['anxious', 'Interview in ten minutes, palms are sweating'],
    ['angry', 'Auto-playing videos with sound should be illegal'],
    ['angry', 'Another reboot nobody asked for'],
  ])('%s: %s', (label, t) => {
    expect(labels(t)).toContain(label);
  });
  it('look-alikes: "not ok with" is a judgement, growing pains are no pain', () => {
    expect(labels('I\'m not ok with that rule but I get why they made it')).not.toContain('disappointed');
    expect(care('Some growing pains with the new app but the team loves it')).toBe(false);
  });
});
