import { findAvailabilityPromise, isRoundTheClock } from './text/promises.js';
import type { Rule, RuleReport } from './types.js';

export const rule: Rule = {
  meta: {
    id: 'promise-honesty',
    description: {
      en: 'A promise of round-the-clock availability is backed by a channel that is open round the clock.',
      de: 'Ein Versprechen, rund um die Uhr erreichbar zu sein, wird von einem Kanal gedeckt, der rund um die Uhr offen ist.',
    },
    severity: 'error',
    step: 3,
    docs: {
      why: {
        en: 'A vision has to be honest about what the team can deliver. A small team that answers the phone on weekdays cannot promise to be there day and night: the first customer who calls on a Sunday learns that the philosophy is a slogan. The rule compares every availability promise in the vision and the action statements with the hours of the channels.',
        de: 'Eine Vision muss ehrlich sagen, was das Team leisten kann. Ein kleines Team, das werktags ans Telefon geht, kann nicht versprechen, Tag und Nacht da zu sein: Wer am Sonntag anruft, merkt sofort, dass die Philosophie nur ein Slogan ist. Die Regel vergleicht jedes Erreichbarkeitsversprechen in der Vision und in den Handlungsleitsätzen mit den Zeiten der Kanäle.',
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
        '  statement: We are there for you 24/7.',
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
    noChannels: {
      message: {
        en: 'The text promises round-the-clock availability (“{promise}”), but no channels are listed to check it against.',
        de: 'Der Text verspricht Erreichbarkeit rund um die Uhr („{promise}“), aber es sind keine Kanäle angegeben, an denen sich das prüfen ließe.',
      },
      hint: {
        en: 'List the channels under `needs.channels` with their `hours`, so the promise can be checked.',
        de: 'Führe die Kanäle unter `needs.channels` mit ihren Zeiten (`hours`) auf, damit sich das Versprechen prüfen lässt.',
      },
    },
  },
  check({ model }) {
    const channels = model.needs?.channels ?? [];
    if (channels.some((channel) => channel.hours !== undefined && isRoundTheClock(channel.hours))) return [];
    const reports: RuleReport[] = [];
    // Pointer and hours are made for a finding only: most files make no such promise.
    const check = (text: string | undefined, pointer: () => string) => {
      if (text === undefined) return;
      const promise = findAvailabilityPromise(text);
      if (promise === undefined) return;
      // A channel without hours reads as "?" so the user sees which ones still need them.
      const hours = channels.map((channel) => `${channel.name}: ${channel.hours ?? '?'}`).join('; ');
      // The finding sits on the text that makes the promise, so the user lands on the words to change.
      reports.push(
        channels.length === 0
          ? { messageId: 'noChannels', pointer: pointer(), data: { promise } }
          : { messageId: 'unbackedPromise', pointer: pointer(), data: { promise, hours } },
      );
    };
    check(model.vision.statement, () => '/vision/statement');
    model.values.core.forEach((value, i) => check(value.action, () => `/values/core/${i}/action`));
    return reports;
  },
};
