import type { Rule } from './types.js';

export const rule: Rule = {
  meta: {
    id: 'saying-no',
    description: {
      en: 'A “no” to a customer is approved by someone with authority, not by anyone.',
      de: 'Ein „Nein“ an Kunden gibt jemand mit Befugnis frei, nicht irgendwer.',
    },
    severity: 'warn',
    step: 1,
    docs: {
      why: {
        en: 'Frontline people should decide a lot on their own, but turning a customer away is the one decision that needs a second pair of eyes: the frontline-empowerment example this tool draws on requires leadership approval for every “no”. It keeps refusals rare, makes leaders see where policies hurt customers, and protects the person who would otherwise carry the refusal alone.',
        de: 'Mitarbeitende im Kundenkontakt sollen vieles selbst entscheiden, aber eine Kundin abzuweisen ist die eine Entscheidung, die ein zweites Paar Augen braucht: Im Beispiel für gestärkte Mitarbeitende, auf das sich dieses Werkzeug stützt, muss die Leitung jedes „Nein“ freigeben. Das hält Absagen selten, zeigt der Leitung, wo Regeln Kunden schaden, und schützt die Person, die die Absage sonst allein tragen würde.',
      },
      bad: ['empowerment:', '  sayingNo: anyone'].join('\n'),
      good: ['empowerment:', '  sayingNo: leadership'].join('\n'),
    },
  },
  messages: {
    anyone: {
      message: {
        en: 'Anyone may say “no” to a customer: a refusal is the one decision that should need approval.',
        de: 'Jede und jeder darf Kunden gegenüber „Nein“ sagen: Eine Absage ist die eine Entscheidung, die eine Freigabe braucht.',
      },
      hint: {
        en: 'Set `sayingNo: leadership` (or `team-lead`), or keep `anyone` and say why in a comment with `# philosophy-disable-next-line saying-no -- <reason>`.',
        de: 'Setz `sayingNo: leadership` (oder `team-lead`), oder behalte `anyone` und begründe es mit `# philosophy-disable-next-line saying-no -- <Grund>`.',
      },
      wizard: {
        en: 'Let the team lead or leadership approve a “no”; or keep “anyone on the team” if the team chose it on purpose.',
        de: 'Lass ein „Nein“ von der Teamleitung oder der Unternehmensführung freigeben; oder behalte „jede und jeder im Team“, wenn das bewusst so entschieden ist.',
      },
    },
  },
  check({ model }) {
    return model.empowerment?.sayingNo === 'anyone' ? [{ messageId: 'anyone', pointer: '/empowerment/sayingNo' }] : [];
  },
};
