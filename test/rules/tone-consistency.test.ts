import { describe, expect, it } from 'vitest';
import { register } from '../../src/rules/tone-consistency.js';
import { lintRule } from '../helpers/lint.js';

const RULE = 'tone-consistency';

const doc = (channels: Array<[string, string?]>, shared?: string, language: 'en' | 'de' = 'en') =>
  [
    'version: 1',
    `language: ${language}`,
    'company: { name: Acme, mission: Robots anyone can run. }',
    'needs:',
    '  channels:',
    ...channels.flatMap(([name, tone]) => [`    - name: ${name}`, ...(tone ? [`      tone: ${JSON.stringify(tone)}`] : [])]),
    'values:',
    '  core:',
    '    - name: Integrity',
    '      action: Say what you mean.',
    'vision:',
    '  statement: Every robot owner knows what happens next.',
    ...(shared ? ['sharing:', `  toneOfVoice: ${JSON.stringify(shared)}`] : []),
    '',
  ].join('\n');

const found = (yaml: string, lang: 'en' | 'de' = 'en') => lintRule(RULE, yaml, { lang }).map((f) => [f.messageId, f.line]);

describe(RULE, () => {
  it('fires on a channel whose tone contradicts the shared one, at that channel', () => {
    const yaml = doc([['chat', 'casual, emojis welcome'], ['phone', 'formal, last names']], 'Plain words, first names.');
    expect(found(yaml)).toEqual([['contradicts', 9]]);
  });

  it('fires in German on "per Sie" against a shared "per du"', () => {
    const yaml = doc([['chat', 'kurz, per du'], ['telefon', 'förmlich, per Sie']], 'Einfache Worte, wir duzen.', 'de');
    const [finding] = lintRule(RULE, yaml, { lang: 'de' });
    expect(finding?.messageId).toBe('contradicts');
    expect(finding?.message).toContain('förmlich');
  });

  it('asks for a shared tone when two channels describe theirs without one', () => {
    expect(found(doc([['chat', 'short sentences'], ['email', 'a greeting and a signature']]))).toEqual([['noSharedTone', 7]]);
  });

  it('stays quiet on consistent tones, on one toned channel, on no tones and on mixed descriptions', () => {
    expect(found(doc([['chat', 'first names, short'], ['phone', 'first names, calm pace']], 'Friendly, first names.'))).toEqual([]);
    expect(found(doc([['chat', 'short']]))).toEqual([]);
    expect(found(doc([['chat'], ['phone']], 'Friendly.'))).toEqual([]);
    expect(found(doc([['phone', 'formal until the customer switches to first names']], 'Casual.'))).toEqual([]);
  });

  it('places texts on the scale', () => {
    expect(register('We use first names')).toBe('familiar');
    expect(register('Wir siezen unsere Kundschaft')).toBe('formal');
    expect(register('Friendly and plain')).toBeUndefined();
  });
});
