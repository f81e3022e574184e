import { describe, expect, it } from 'vitest';
import { MESSAGE_CATALOGS, detectLanguage } from '../src/i18n/index.js';
import { RULES, PSEUDO_RULES } from '../src/rules/index.js';

describe('messages', () => {
  it('English and German catalogs have the same keys and placeholders', () => {
    const { en, de } = MESSAGE_CATALOGS;
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(holes(de[key]), key).toEqual(holes(en[key]));
      expect(de[key].trim(), key).not.toBe('');
    }
  });

  it('every rule message and hint exists in both languages with the same placeholders', () => {
    for (const rule of [...RULES, ...PSEUDO_RULES]) {
      for (const [id, m] of Object.entries(rule.messages)) {
        const holes = (s: string) => [...new Set(s.match(/\{\w+\}/g) ?? [])].sort();
        expect(m.message.de.trim(), `${rule.meta.id}/${id}`).not.toBe('');
        expect(holes(m.message.de), `${rule.meta.id}/${id}`).toEqual(holes(m.message.en));
        expect(holes(m.hint.de), `${rule.meta.id}/${id} hint`).toEqual(holes(m.hint.en));
        expect(m.message.en).not.toMatch(/\n/);
      }
      expect(rule.meta.description.de).not.toBe('');
      expect(rule.meta.docs.why.de).not.toBe('');
    }
  });

  it('the language comes from --lang, then LC_ALL, LC_MESSAGES, LANG', () => {
    expect(detectLanguage({ LANG: 'de_DE.UTF-8' })).toBe('de');
    expect(detectLanguage({ LANG: 'de_DE.UTF-8' }, 'en')).toBe('en');
    expect(detectLanguage({ LC_ALL: 'en_US.UTF-8', LANG: 'de_DE' })).toBe('en');
    expect(detectLanguage({ LC_MESSAGES: 'de_AT', LANG: 'en_GB' })).toBe('de');
    expect(detectLanguage({ LANG: 'C' })).toBe('en');
    expect(detectLanguage({})).toBe('en');
  });
});
