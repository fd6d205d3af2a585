import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../src/quotes/lexicon.js';

describe('cue lexicons', () => {
  it('Ukrainian has well over 150 cue forms', () => {
    expect(lexiconFor('uk').cues.size).toBeGreaterThan(400);
  });
  it('Russian and English are of similar reach', () => {
    expect(lexiconFor('ru').cues.size).toBeGreaterThan(400);
    expect(lexiconFor('en').cues.size).toBeGreaterThan(300);
  });

  const uk: [string, string, 'm' | 'f' | 'n' | undefined, 'sg' | 'pl' | undefined][] = [
    ['сказав', 'сказати', 'm', 'sg'], ['сказала', 'сказати', 'f', 'sg'], ['сказало', 'сказати', 'n', 'sg'], ['сказали', 'сказати', undefined, 'pl'],
    ['заявив', 'заявити', 'm', 'sg'], ['заявляє', 'заявляти', undefined, 'sg'], ['заявляють', 'заявляти', undefined, 'pl'],
    ['зазначила', 'зазначити', 'f', 'sg'], ['наголосив', 'наголосити', 'm', 'sg'], ['додав', 'додати', 'm', 'sg'], ['підкреслив', 'підкреслити', 'm', 'sg'],
    ['повідомили', 'повідомити', undefined, 'pl'], ['розповів', 'розповісти', 'm', 'sg'], ['розповіла', 'розповісти', 'f', 'sg'], ['пояснює', 'пояснювати', undefined, 'sg'],
    ['припустив', 'припустити', 'm', 'sg'], ['вважає', 'вважати', undefined, 'sg'], ['наполягає', 'наполягати', undefined, 'sg'], ['наполіг', 'наполягти', 'm', 'sg'],
    ['переконує', 'переконувати', undefined, 'sg'], ['запевнив', 'запевнити', 'm', 'sg'], ['звинуватив', 'звинуватити', 'm', 'sg'], ['заговорив', 'заговорити', 'm', 'sg'],
    ['вимагав', 'вимагати', 'm', 'sg'], ['написала', 'написати', 'f', 'sg'], ['відповів', 'відповісти', 'm', 'sg'], ['каже', 'казати', undefined, 'sg'],
    ['зізнався', 'зізнатися', 'm', 'sg'], ['зізналася', 'зізнатися', 'f', 'sg'], ['йдеться', 'йтися', undefined, undefined],
  ];
  for (const [form, lemma, gender, number] of uk) {
    it(`uk ${form} → ${lemma}`, () => {
      const c = lexiconFor('uk').cues.get(form);
      expect([c?.lemma, c?.gender, c?.number]).toEqual([lemma, gender, number]);
    });
  }

  const ru: [string, string, 'm' | 'f' | undefined, 'sg' | 'pl'][] = [
    ['сказал', 'сказать', 'm', 'sg'], ['сказала', 'сказать', 'f', 'sg'], ['заявили', 'заявить', undefined, 'pl'], ['говорит', 'говорить', undefined, 'sg'],
    ['признался', 'признаться', 'm', 'sg'], ['призналась', 'признаться', 'f', 'sg'], ['опроверг', 'опровергнуть', 'm', 'sg'],
  ];
  for (const [form, lemma, gender, number] of ru) {
    it(`ru ${form} → ${lemma}`, () => {
      const c = lexiconFor('ru').cues.get(form);
      expect([c?.lemma, c?.gender, c?.number]).toEqual([lemma, gender, number]);
    });
  }

  it('en forms: says/said/saying, irregular told, bare nouns are not cues', () => {
    const en = lexiconFor('en').cues;
    expect(en.get('says')).toMatchObject({ lemma: 'say', number: 'sg' });
    expect(en.get('said')?.lemma).toBe('say');
    expect(en.get('told')?.lemma).toBe('tell');
    expect(en.get('replied')?.lemma).toBe('reply');
    expect(en.get('noted')?.lemma).toBe('note');
    expect(en.has('post')).toBe(false);
    expect(en.has('report')).toBe(false);
  });

  it('cue forms carry tense and aspect', () => {
    const uk = lexiconFor('uk').cues;
    expect([uk.get('сказав')?.tense, uk.get('сказав')?.aspect]).toEqual(['past', 'perf']);
    expect([uk.get('каже')?.tense, uk.get('каже')?.aspect]).toEqual(['present', 'imperf']);
    expect([uk.get('казав')?.tense, uk.get('казав')?.aspect]).toEqual(['past', 'imperf']);
    expect(lexiconFor('ru').cues.get('заявляет')).toMatchObject({ tense: 'present', aspect: 'imperf' });
    expect(lexiconFor('en').cues.get('said')?.tense).toBe('past');
  });

  it('pronouns carry gender and number', () => {
    expect(lexiconFor('uk').pronouns.get('вона')).toMatchObject({ gender: 'f', number: 'sg' });
    expect(lexiconFor('ru').pronouns.get('они')).toMatchObject({ number: 'pl' });
    expect(lexiconFor('en').pronouns.get('he')).toMatchObject({ gender: 'm', number: 'sg' });
  });

  it('speaker nouns match their case forms, other words do not', () => {
    const uk = lexiconFor('uk');
    for (const w of ['очільник', 'очільника', 'міністра', 'речниця', 'джерела', 'голови']) expect(uk.isSpeakerNoun(w), w).toBe(true);
    for (const w of ['переговори', 'розмови', 'україна']) expect(uk.isSpeakerNoun(w), w).toBe(false);
    expect(uk.isNameContext('агентства')).toBe(true);
    expect(uk.isNameContext('партії')).toBe(true);
  });

  it('the two-letter screen lets every form of a known noun through and turns the rest away', () => {
    const uk = lexiconFor('uk');
    // Forms that share their first two letters with a speaker noun, and forms of the noun itself.
    for (const w of ['прем’єра', 'міністрові', 'очільниці', 'речникові', 'президентом']) expect(uk.isSpeakerNoun(w), w).toBe(true);
    for (const w of ['очі', 'мі', 'міст', 'президія', 'речі', 'о', '', 'Міністр']) expect(uk.isSpeakerNoun(w), w).toBe(false);
    expect(uk.isNameContext('агентствам')).toBe(true);
    for (const w of ['аг', 'агент', 'Агентства', 'а']) expect(uk.isNameContext(w), w).toBe(false);
    // Asked twice, an answer stays the same (the memo only remembers it).
    for (let n = 0; n < 2; n++) expect([uk.isSpeakerNoun('міністра'), uk.isSpeakerNoun('мир')]).toEqual([true, false]);
  });
});
