/**
 * The cross-document memo of base forms: a remembered result is reused only when the new call's
 * evidence answers every question the first computation asked the same way.
 */
import { describe, expect, it } from 'vitest';
import { EvidenceMemo } from '../../src/morphology/memo.js';
import type { NameEvidence } from '../../src/morphology/index.js';

const seen = (...forms: string[]): NameEvidence => {
  const set = new Set(forms);
  return { has: (form) => set.has(form) };
};

/** A stand-in computation: Лаврова → Лавров unless the evidence has a feminine form. */
function counted(): { runs: () => number; compute: (evidence: NameEvidence | undefined) => string } {
  let n = 0;
  return {
    runs: () => n,
    compute: (evidence) => {
      n++;
      return evidence?.has('Лавровій') ? 'Лаврова' : 'Лавров';
    },
  };
}

describe('EvidenceMemo', () => {
  it('reuses a result when the evidence answers as before', () => {
    const memo = new EvidenceMemo();
    const c = counted();
    expect(memo.run('ukPER|Лаврова', seen('Сергій', 'Лавров'), c.compute)).toBe('Лавров');
    expect(memo.run('ukPER|Лаврова', seen('Рубіо'), c.compute)).toBe('Лавров');
    expect(c.runs()).toBe(1);
  });

  it('recomputes when an answer differs', () => {
    const memo = new EvidenceMemo();
    const c = counted();
    expect(memo.run('ukPER|Лаврова', seen('Лавров'), c.compute)).toBe('Лавров');
    expect(memo.run('ukPER|Лаврова', seen('Лавровій'), c.compute)).toBe('Лаврова');
    expect(memo.run('ukPER|Лаврова', seen('Лавровій', 'Марія'), c.compute)).toBe('Лаврова');
    expect(c.runs()).toBe(2);
  });

  it('keeps calls with and without evidence apart, and keys apart', () => {
    const memo = new EvidenceMemo();
    const c = counted();
    expect(memo.run('ukPER|Лаврова', undefined, c.compute)).toBe('Лавров');
    expect(memo.run('ukPER|Лаврова', undefined, c.compute)).toBe('Лавров');
    expect(c.runs()).toBe(1);
    expect(memo.run('ukPER|Лаврова', seen('Лавровій'), c.compute)).toBe('Лаврова');
    expect(c.runs()).toBe(2);
    expect(memo.run('ukPERf|Лаврова', seen('Лавровій'), c.compute)).toBe('Лаврова');
    expect(c.runs()).toBe(3);
  });
});
