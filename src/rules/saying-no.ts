import type { Rule } from './types.js';

export const rule: Rule = {
  meta: {
    id: 'saying-no',
    description: {
      en: 'A “no” to a customer is approved by someone with authority, not by anyone.',
      de: 'Ein „Nein“ an Kunden gibt jemand mit Befugnis frei, nicht irgendwer.',
    },
    // A hint: a team may have good reasons to let everyone refuse, and the rule only says why
    // approval is the usual way.
    severity: 'info',
    step: 1,
    docs: {
      why: {
        en: 'Frontline people should decide a lot on their own, but turning a customer away is the one decision that needs a second pair of eyes: the frontline-empowerment example this tool draws on requires leadership approval for every “no”. It keeps refusals rare, makes leaders see where policies hurt customers, and protects the person who would otherwise carry the refusal alone.',
        de: 'Mitarbeitende im Kundenkontakt sollen vieles selbst entscheiden, aber Kunden abzuweisen ist die eine Entscheidung, die ein zweites Paar Augen braucht: Im Beispiel für gestärkte Mitarbeitende, auf das sich dieses Werkzeug stützt, muss die Leitung jedes „Nein“ freigeben. Das hält Absagen selten, zeigt der Leitung, wo Regeln Kunden schaden, und schützt die Person, die die Absage sonst allein tragen würde.',
      },
      bad: ['empowerment:', '  sayingNo: anyone'].join('\n'),
      good: ['empowerment:', '  sayingNo: leadership'].join('\n'),
    },
  },
  messages: {
    anyone: {
      message: {
        en: 'Anyone on the team may say “no” to a customer. In the frontline-empowerment example this philosophy draws on, leadership approves every “no”: that keeps refusals rare and shows where a rule hurts customers.',
        de: 'Jede Person im Team darf Kunden gegenüber „Nein“ sagen. Im Beispiel für gestärkte Mitarbeitende, auf das sich diese Philosophie stützt, gibt die Führung jedes „Nein“ frei: So bleiben Absagen selten, und man sieht, wo eine Regel Kunden schadet.',
      },
      hint: {
        en: 'Let the team lead or leadership approve a “no”. If everyone may refuse on purpose, keep it and write down why in a comment that switches this hint off for the line.',
        de: 'Lass die Teamleitung oder die Führung ein „Nein“ freigeben. Soll bewusst jede Person absagen dürfen, behalte es und schreib den Grund in einen Kommentar, der diesen Hinweis für die Zeile abschaltet.',
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
