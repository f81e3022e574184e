import { findChannel } from '../catalog/index.js';
import type { Channel } from '../model/schema.js';
import { readerTexts } from './text/fields.js';
import { findAvailabilityPromise, isRoundTheClock } from './text/promises.js';
import type { Rule, RuleReport } from './types.js';

export const rule: Rule = {
  meta: {
    id: 'promise-honesty',
    description: {
      en: 'A promise of round-the-clock availability is backed by a staffed channel that is open round the clock.',
      de: 'Ein Versprechen, rund um die Uhr erreichbar zu sein, wird von einem besetzten Kanal gedeckt, der rund um die Uhr offen ist.',
    },
    severity: 'error',
    step: 3,
    docs: {
      why: {
        en: 'A vision has to be honest about what the team can deliver. A small team that answers the phone on weekdays cannot promise to be there day and night: the first customer who calls on a Sunday learns that the philosophy is a slogan. Only a channel with people behind it keeps a promise of being there: a knowledge base, a chatbot or a community forum open at night does not. The rule compares every availability promise in the texts customers and new hires read (vision, principles, meanings, behaviours, action statements, funnel and sharing texts) with the hours of the staffed channels.',
        de: 'Eine Vision muss ehrlich sagen, was das Team leisten kann. Ein kleines Team, das werktags ans Telefon geht, kann nicht versprechen, Tag und Nacht da zu sein: Wer am Sonntag anruft, merkt sofort, dass die Philosophie nur ein Slogan ist. Nur ein Kanal, hinter dem Menschen sitzen, hält das Versprechen, da zu sein: Eine Wissensdatenbank, ein Chatbot oder ein Forum, das nachts offen ist, hält es nicht. Die Regel vergleicht jedes Erreichbarkeitsversprechen in den Texten, die Kunden und neue Mitarbeitende lesen (Vision, Grundsätze, Bedeutungen, Verhaltensweisen, Handlungssätze, Service-Trichter und Texte zur Weitergabe), mit den Zeiten der besetzten Kanäle.',
      },
      bad: [
        'needs:',
        '  channels:',
        '    - name: phone',
        '      hours: Mon-Fri 09:00-17:00 CET',
        'vision:',
        '  statement: We are there for you 24/7.',
      ].join('\n'),
      good: [
        'needs:',
        '  channels:',
        '    - name: phone',
        '      hours: Mon-Fri 09:00-17:00 CET',
        '    - name: self-service',
        '      hours: 24/7',
        'vision:',
        '  statement: We answer the phone on weekdays; the help centre is open 24/7.',
      ].join('\n'),
    },
  },
  messages: {
    unbackedPromise: {
      message: {
        en: 'The text promises round-the-clock availability (“{promise}”), but no channel is open round the clock: {hours}.',
        de: 'Der Text verspricht Erreichbarkeit rund um die Uhr („{promise}“), aber kein Kanal ist rund um die Uhr offen: {hours}.',
      },
      hint: {
        en: 'Promise only what the channels deliver: reword the promise, or give the channel that keeps it the hours “24/7”.',
        de: 'Versprich nur, was die Kanäle leisten: Formuliere das Versprechen um oder gib dem Kanal, der es hält, die Zeiten „24/7“.',
      },
    },
    unstaffed: {
      message: {
        en: 'The text promises round-the-clock availability (“{promise}”), but only self-service is open round the clock ({open}); no staffed channel is.',
        de: 'Der Text verspricht Erreichbarkeit rund um die Uhr („{promise}“), aber rund um die Uhr offen ist nur Self-Service ({open}), kein besetzter Kanal.',
      },
      hint: {
        en: 'Say what is open when: e.g. “the help centre is open day and night, people answer on weekdays”.',
        de: 'Sag, was wann offen ist, z. B. „das Hilfe-Center ist Tag und Nacht offen, Menschen antworten werktags“.',
      },
    },
    noChannels: {
      message: {
        en: 'The text promises round-the-clock availability (“{promise}”), but no channels are listed to check it against.',
        de: 'Der Text verspricht Erreichbarkeit rund um die Uhr („{promise}“), aber es sind keine Kanäle angegeben, an denen sich das prüfen ließe.',
      },
      hint: {
        en: 'List the channels with their hours, so that the promise can be checked.',
        de: 'Führ die Kanäle mit ihren Zeiten auf, damit sich das Versprechen prüfen lässt.',
      },
      wizard: {
        en: 'Name the channels customers use, each with its hours (step 1), so that the promise can be checked.',
        de: 'Nenne die Kanäle, über die Kunden euch erreichen, jeweils mit ihren Zeiten (Schritt 1), damit sich das Versprechen prüfen lässt.',
      },
    },
  },
  check({ model }) {
    const channels = model.needs?.channels ?? [];
    const allDay = channels.filter((channel) => channel.hours !== undefined && isRoundTheClock(channel.hours));
    if (allDay.some(isStaffed)) return [];
    const reports: RuleReport[] = [];
    for (const { text, pointer } of readerTexts(model, 'promise')) {
      const promise = findAvailabilityPromise(text);
      if (promise === undefined) continue;
      // The finding sits on the text that makes the promise, so the user lands on the words to change.
      if (channels.length === 0) {
        reports.push({ messageId: 'noChannels', pointer, data: { promise } });
      } else if (allDay.length > 0) {
        reports.push({ messageId: 'unstaffed', pointer, data: { promise, open: allDay.map((c) => c.name).join(', ') } });
      } else {
        // A channel without hours reads as "?" so the user sees which ones still need them.
        const hours = channels.map((channel) => `${channel.name}: ${channel.hours ?? '?'}`).join('; ');
        reports.push({ messageId: 'unbackedPromise', pointer, data: { promise, hours } });
      }
    }
    return reports;
  },
};

// Self-service, a community and bots answer without a person: they cannot keep a promise of
// being there for someone.
const UNSTAFFED = new Set(['self-service', 'community']);
const BOT = /(?:^|[^\p{L}])(?:chat)?bots?(?:$|[^\p{L}])|chatbot/iu;

function isStaffed(channel: Channel): boolean {
  const known = findChannel(channel.name);
  if (known !== undefined && UNSTAFFED.has(known.id)) return false;
  return !BOT.test(channel.name);
}
