import { findTeam, teamsFor } from '../catalog/index.js';
import { nameKey } from '../core/text.js';
import type { Rule, RuleReport } from './types.js';

export const rule: Rule = {
  meta: {
    id: 'team-coverage',
    description: {
      en: 'The team table covers every team, once, each with metrics.',
      de: 'Die Teamtabelle deckt jedes Team einmal ab, jedes mit Kennzahlen.',
    },
    severity: 'warn',
    step: 7,
    docs: {
      why: {
        en: 'A support philosophy reaches far beyond support: sales, design, product, HR, leadership and marketing each read the values in their own way and watch other metrics. The team table records how every team lives the philosophy and how it measures that. A team left out is a team that was never asked. A team the company does not have (no design team in a four-person shop) is listed under `teamsAbsent` instead, and the rule does not ask for it.',
        de: 'Eine Support-Philosophie reicht weit über den Support hinaus: Vertrieb, Design, Produkt, HR, Führung und Marketing lesen die Werte jeweils auf ihre Weise und achten auf andere Kennzahlen. Die Teamtabelle hält fest, wie jedes Team die Philosophie lebt und woran es das misst. Ein fehlendes Team ist eines, das nie gefragt wurde. Ein Team, das es im Unternehmen nicht gibt (kein Design-Team in einem Laden mit vier Leuten), steht stattdessen unter `teamsAbsent`, und die Regel fragt nicht danach.',
      },
      bad: ['teams:', '  - team: support', '    metrics: [CSAT, NPS]', '  - team: sales'].join('\n'),
      good: [
        'teams:',
        '  - team: support',
        '    metrics: [CSAT, NPS, CES, CRR]',
        '  - team: sales',
        '    metrics: [SQL, CHURN]',
        '  - team: design',
        '    metrics: [BRAND_LOYALTY]',
        '  - team: product',
        '    metrics: [USAGE, CSAT, CRR]',
        '  - team: hr',
        '    metrics: [ETR]',
        '  - team: leadership',
        '    metrics: [ESAT]',
        '  - team: marketing',
        '    metrics: [WOM, MQL]',
      ].join('\n'),
    },
  },
  messages: {
    missingTable: {
      message: {
        en: 'The philosophy has no team table.',
        de: 'Die Philosophie hat keine Teamtabelle.',
      },
      hint: {
        en: 'Add a team table: each team, its key activities and its metrics; the team catalog is a starting point.',
        de: 'Leg eine Teamtabelle an: jedes Team, seine wichtigsten Aufgaben und Kennzahlen; der Teamkatalog ist ein Ausgangspunkt.',
      },
      wizard: {
        en: 'Fill in the team table: each team, what it does and the numbers it watches; the catalog has a starting point.',
        de: 'Füll die Teamtabelle aus: jedes Team, was es tut und auf welche Zahlen es achtet; der Katalog bietet einen Ausgangspunkt.',
      },
    },
    missingTeams: {
      message: {
        en: 'The team table leaves out: {teams}.',
        de: 'In der Teamtabelle fehlen: {teams}.',
      },
      hint: {
        en: 'Ask each of these teams how it reads the values and add a row for it; list a team the company does not have as absent.',
        de: 'Frag jedes dieser Teams, wie es die Werte versteht, und ergänze eine Zeile dafür; ein Team, das es im Unternehmen nicht gibt, führst du als nicht vorhanden auf.',
      },
      wizard: {
        en: 'Ask each of these teams how it reads the values and add it; untick a team the company does not have.',
        de: 'Frag jedes dieser Teams, wie es die Werte versteht, und nimm es auf; nimm den Haken bei einem Team heraus, das es im Unternehmen nicht gibt.',
      },
    },
    duplicateTeam: {
      message: {
        en: 'Team “{team}” appears twice in the team table.',
        de: 'Das Team „{team}“ steht zweimal in der Teamtabelle.',
      },
      hint: {
        en: 'Merge the two rows into one.',
        de: 'Führe die beiden Zeilen zusammen.',
      },
    },
    noMetrics: {
      message: {
        en: 'Team “{team}” has no metrics.',
        de: 'Das Team „{team}“ hat keine Kennzahlen.',
      },
      hint: {
        en: 'Name the KPIs this team watches; the team catalog shows typical ones.',
        de: 'Nenn die Kennzahlen, auf die dieses Team achtet; der Teamkatalog zeigt typische.',
      },
      wizard: {
        en: 'Choose the KPIs this team watches; the catalog shows typical ones.',
        de: 'Wähle die Kennzahlen, auf die dieses Team achtet; der Katalog zeigt typische.',
      },
    },
  },
  check({ model }) {
    const teams = model.teams ?? [];
    if (teams.length === 0) {
      return [{ messageId: 'missingTable', pointer: model.teams === undefined ? '' : '/teams' }];
    }
    const reports: RuleReport[] = [];
    const seen = new Set<string>();
    teams.forEach((entry, i) => {
      const known = findTeam(entry.team);
      // Teams outside the catalog are welcome; they are compared by their written name.
      const id = known?.id ?? nameKey(entry.team);
      if (seen.has(id)) {
        reports.push({ messageId: 'duplicateTeam', pointer: `/teams/${i}/team`, data: { team: entry.team } });
      }
      seen.add(id);
      if (entry.metrics === undefined || entry.metrics.length === 0) {
        reports.push({
          messageId: 'noMetrics',
          pointer: entry.metrics === undefined ? `/teams/${i}` : `/teams/${i}/metrics`,
          data: { team: entry.team },
        });
      }
    });
    // A team the company does not have (`teamsAbsent`) is not missing from the table, nor is one
    // its kind of business has not (a profile proposes its teams: a shop has no product team).
    const absent = new Set((model.teamsAbsent ?? []).map((name) => findTeam(name)?.id ?? nameKey(name)));
    const missing = teamsFor(model.company.profile).filter((team) => !seen.has(team.id) && !absent.has(team.id));
    if (missing.length > 0) {
      // Named in the reader's language, as the profile words them (a shop's owner, not `leadership`).
      const teams = { en: missing.map((team) => team.name.en).join(', '), de: missing.map((team) => team.name.de).join(', ') };
      reports.push({ messageId: 'missingTeams', pointer: '/teams', data: { teams, count: missing.length } });
    }
    return reports;
  },
};
