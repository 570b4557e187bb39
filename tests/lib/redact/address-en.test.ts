import { describe, expect, it } from 'vitest';
import { redact } from '@/lib/redact';

const masked = (text: string) => redact(text).text;

describe('address-en', () => {
  it('masks a city line below the street, a PO box with its city, and Malaysian addresses', () => {
    expect(masked('123 Main St\nSpringfield, IL 62704')).toBe('〔address〕');
    expect(masked('PO Box 1234, Austin TX 78701')).toBe('〔address〕');
    expect(masked('No. 12, Jalan Bukit Bintang, 55100 Kuala Lumpur')).toBe('〔address〕');
    expect(masked('send to 8 Jalan Ampang, thanks')).toBe('send to 〔address〕, thanks');
  });

  it('masks a bare "N Words Suffix" only after an address word', () => {
    expect(masked('send it to 55 oak st instead')).toBe('send it to 〔address〕 instead');
    expect(masked('I live at 12 Baker Street, thanks')).toBe('I live at 〔address〕, thanks');
    expect(masked('Ship to 742 Evergreen Terrace please')).toBe('Ship to 〔address〕 please');
  });

  it('keeps product names that end in a street word', () => {
    for (const t of ['I bought 2 Tennis Court shoes', 'ordered 4 Timing Belt Drive kits', '2 King Size Terrace sheets', 'the 5 Jalan stalls']) {
      expect(masked(t)).toBe(t);
    }
    expect(masked('PO Box 1234, Anchorage')).toBe('〔address〕, Anchorage');
  });
});
