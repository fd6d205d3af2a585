/**
 * Workload for the morphology benchmark: name mentions as Ukrainian and Russian news inflect
 * them (written for this benchmark, not taken from any corpus), timed in CPU time so a busy
 * machine skews the figures less. Shared by bench/morphology.bench.ts (under vitest) and
 * bench/lib/morphology-run.ts (bundled and run in plain Node, where hot loops are not slowed
 * by vitest's module getters).
 */
import type { BaseFormOptions, NameEvidence } from '../../src/morphology/index.js';

type Kind = 'single word' | 'person, 2 words' | 'adj + noun org' | 'unseen word';

interface Group {
  lang: 'uk' | 'ru';
  kind: Kind;
  type: BaseFormOptions['type'];
  names: string[];
  /** Forms "seen elsewhere in the document" for the with-evidence runs. */
  evidence: string[];
}

const GROUPS: Group[] = [
  {
    lang: 'uk', kind: 'single word', type: 'PER',
    names: ['Лаврова', 'Трампу', 'Зеленського', 'Рубіо', 'Путіним', 'Макроном', 'Шольцем', 'Кулебі', 'Сибізі', 'Захаровій', 'Шевченка', 'Кличкові', 'Мерц', 'Стармера', 'Ердоганові', 'Байдена'],
    evidence: ['Лавров', 'Трамп', 'Зеленський', 'Путін', 'Макрон', 'Шольц', 'Кулеба', 'Сибіга', 'Захарова', 'Шевченко', 'Кличко', 'Стармер', 'Ердоган', 'Байден'],
  },
  {
    lang: 'uk', kind: 'person, 2 words', type: 'PER',
    names: ['Сергія Лаврова', 'Марко Рубіо', 'Володимиром Зеленським', 'Дональду Трампу', 'Емманюеля Макрона', 'Олафа Шольца', 'Андрієві Сибізі', 'Марії Захаровій', 'Юлії Тимошенко', 'Віталія Кличка', 'Кіра Стармера', 'Реджепом Ердоганом', 'Джо Байдена', 'Ангели Меркель', 'Дмитру Кулебі', 'Олени Зеленської'],
    evidence: ['Сергій', 'Лавров', 'Марко', 'Володимир', 'Зеленський', 'Дональд', 'Трамп', 'Емманюель', 'Макрон', 'Олаф', 'Шольц', 'Андрій', 'Сибіга', 'Марія', 'Захарова', 'Юлія', 'Віталій', 'Кличко', 'Кір', 'Стармер', 'Реджеп', 'Ердоган', 'Байден', 'Ангела', 'Дмитро', 'Кулеба', 'Олена', 'Зеленська'],
  },
  {
    lang: 'uk', kind: 'adj + noun org', type: 'ORG',
    names: ['Білого дому', 'Верховної Ради', 'Національного банку України', 'Збройних сил', 'Європейської комісії', 'Державного департаменту', 'Генеральному штабу', 'Службою безпеки України', 'Міжнародного валютного фонду', 'Верховній Раді', 'Кабінетом міністрів', 'Українського радіо', 'Конституційного суду', 'Світового банку', 'Європейському парламенті', 'Державної прикордонної служби'],
    evidence: ['Білий', 'Верховна', 'Рада', 'Національний', 'Європейська', 'Державний', 'Світовий'],
  },
  {
    lang: 'ru', kind: 'single word', type: 'PER',
    names: ['Лаврова', 'Трампу', 'Зеленского', 'Рубио', 'Путиным', 'Макроном', 'Шольцем', 'Пескова', 'Захаровой', 'Шойгу', 'Медведеву', 'Навального', 'Байдена', 'Нетаньяху', 'Эрдогану', 'Собянина'],
    evidence: ['Лавров', 'Трамп', 'Зеленский', 'Путин', 'Макрон', 'Шольц', 'Песков', 'Захарова', 'Медведев', 'Навальный', 'Байден', 'Эрдоган', 'Собянин'],
  },
  {
    lang: 'ru', kind: 'person, 2 words', type: 'PER',
    names: ['Сергея Лаврова', 'Марко Рубио', 'Владимиром Путиным', 'Дональду Трампу', 'Дмитрия Пескова', 'Марии Захаровой', 'Алексея Навального', 'Сергею Шойгу', 'Дмитрием Медведевым', 'Эммануэля Макрона', 'Олафа Шольца', 'Джо Байдена', 'Сергея Собянина', 'Юлии Навальной', 'Рамзана Кадырова', 'Ангелы Меркель'],
    evidence: ['Сергей', 'Лавров', 'Марко', 'Владимир', 'Путин', 'Дональд', 'Трамп', 'Дмитрий', 'Песков', 'Мария', 'Захарова', 'Алексей', 'Навальный', 'Медведев', 'Эммануэль', 'Макрон', 'Олаф', 'Шольц', 'Байден', 'Собянин', 'Юлия', 'Навальная', 'Рамзан', 'Кадыров'],
  },
  {
    lang: 'ru', kind: 'adj + noun org', type: 'ORG',
    names: ['Белого дома', 'Государственной думы', 'Центрального банка России', 'Вооруженных сил', 'Европейской комиссии', 'Государственного департамента', 'Генеральному штабу', 'Федеральной службы безопасности', 'Международного валютного фонда', 'Конституционного суда', 'Верховным судом', 'Министерства иностранных дел', 'Следственного комитета', 'Мирового банка', 'Европейском парламенте', 'Совета Федерации'],
    evidence: ['Белый', 'Государственная', 'Дума', 'Центральный', 'Европейская', 'Государственный', 'Мировой'],
  },
];

/** One row of the result table. */
export interface MorphologyRow {
  lang: string;
  kind: Kind;
  evidence: 'no' | 'yes';
  callsPerSec: number;
  usPerCall: number;
}

/** The function measured (baseFormOfName or a replacement with the same signature). */
export type BaseForm = (text: string, options: BaseFormOptions) => string;

/** CPU microseconds of the process so far (user + system). */
function cpuMicros(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

/**
 * Times `fn` on every group, without and with evidence: a warm-up, then the best of `runs`
 * rounds of `calls` calls each (CPU time).
 */
export function measureMorphology(fn: BaseForm, calls = 20000, runs = 5): MorphologyRow[] {
  const rows: MorphologyRow[] = [];
  let sink = 0;
  for (const g of GROUPS) {
    for (const withEvidence of [false, true]) {
      const forms = new Set(g.evidence);
      const evidence: NameEvidence = { has: (form) => forms.has(form) };
      const options: BaseFormOptions = withEvidence ? { lang: g.lang, type: g.type, evidence } : { lang: g.lang, type: g.type };
      const round = (n: number) => {
        for (let i = 0; i < n; i++) sink += fn(g.names[i % g.names.length]!, options).length;
      };
      round(calls / 4);
      let best = Infinity;
      for (let r = 0; r < runs; r++) {
        const t = cpuMicros();
        round(calls);
        best = Math.min(best, cpuMicros() - t);
      }
      const us = best / calls;
      rows.push({ lang: g.lang, kind: g.kind, evidence: withEvidence ? 'yes' : 'no', callsPerSec: 1e6 / us, usPerCall: us });
    }
  }
  // Words the caches have never seen (the first mention of a name in a long-running process):
  // synthetic surnames from syllables and real endings, each called once.
  for (const lang of ['uk', 'ru'] as const) {
    const words = unseenWords(lang, calls * (runs + 1));
    let next = 0;
    let best = Infinity;
    for (let r = 0; r <= runs; r++) {
      const t = cpuMicros();
      for (let i = 0; i < calls; i++) sink += fn(words[next++]!, { lang, type: 'PER' }).length;
      if (r > 0) best = Math.min(best, cpuMicros() - t); // round 0 warms up
    }
    const us = best / calls;
    rows.push({ lang, kind: 'unseen word', evidence: 'no', callsPerSec: 1e6 / us, usPerCall: us });
  }
  if (sink < 0) throw new Error('unreachable');
  return rows;
}

const SYLLABLES = ['Ко', 'ва', 'ле', 'Ма', 'рин', 'То', 'лук', 'Бо', 'гда', 'ни', 'Че', 'пур', 'ска', 'Ли', 'тви', 'нен', 'Да', 'шев', 'Ро', 'мор'];
const ENDINGS: Readonly<Record<'uk' | 'ru', readonly string[]>> = {
  uk: ['ова', 'ову', 'овим', 'ової', 'ка', 'кові', 'енка', 'енком', 'ського', 'ській', 'ія', 'ієм', 'ою', 'і', 'а', 'у'],
  ru: ['ова', 'ову', 'овым', 'овой', 'ка', 'ку', 'енко', 'ским', 'ской', 'ия', 'ием', 'ой', 'е', 'ы', 'а', 'у'],
};

/** `count` distinct capitalised words: three or four syllables and an inflectional ending. */
function unseenWords(lang: 'uk' | 'ru', count: number): string[] {
  const out: string[] = [];
  const n = SYLLABLES.length;
  const endings = ENDINGS[lang];
  for (let i = 0; out.length < count; i++) {
    const a = SYLLABLES[i % n]!;
    const b = SYLLABLES[Math.floor(i / n) % n]!.toLowerCase();
    const c = SYLLABLES[Math.floor(i / (n * n)) % n]!.toLowerCase();
    const d = i >= n * n * n ? SYLLABLES[Math.floor(i / (n * n * n)) % n]!.toLowerCase() : '';
    out.push(a + b + c + d + endings[Math.floor(i / 7) % endings.length]!);
  }
  return out;
}
