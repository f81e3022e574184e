// The philosophy's channels and their first-response promises, and which of them a helpdesk's
// channel (Zendesk "Via", Freshdesk "Source", Intercom "Channel") stands for.
import { findChannel } from '../catalog/index.js';
import type { Channel } from '../model/schema.js';
import { parseHours, type Schedule } from './business-time.js';

const UNIT_MINUTES: Array<[RegExp, number]> = [
  [/^(s|sec|secs|seconds?|sek|sekunden?)$/, 1 / 60],
  [/^(m|min|mins|minutes?|minuten?)$/, 1],
  [/^(h|hr|hrs|hours?|std|stunden?)$/, 60],
  [/^(d|days?|tage?n?)$/, 1440],
];
// Promises in business time: counted in the channel's hours (see business-time.ts).
const BUSINESS_DAYS = /^(business ?days?|working ?days?|werktage?n?|arbeitstage?n?|geschäftstage?n?)$/;
const BUSINESS_HOURS = /^(business ?hours?|working ?hours?|geschäftsstunden?|arbeitsstunden?)$/;

export interface ResponsePromise {
  /** Calendar minutes, or the business minutes of `businessHours`. */
  minutes?: number;
  /** "1 business day": days of business time, whose length the channel's hours give. */
  businessDays?: number;
  /** "8 business hours": hours of business time. */
  businessHours?: number;
}

/** "4h", "2 min", "1 business day", "30 Sekunden", "2 Werktage"; undefined when it says no time. */
export function parsePromise(text: string | undefined): ResponsePromise | undefined {
  if (!text) return undefined;
  const m = /(\d+(?:[.,]\d+)?)\s*([a-zäöü]+)(?:[\s-]+([a-zäöü]+))?/i.exec(text.trim());
  if (!m) return undefined;
  const value = Number(m[1]!.replace(',', '.'));
  // Two words first ("business day"), then one ("4 h", "Werktage").
  for (const unit of [m[3] ? `${m[2]} ${m[3]}` : undefined, m[2]].filter(Boolean).map((u) => u!.toLowerCase())) {
    if (BUSINESS_DAYS.test(unit)) return { businessDays: value };
    if (BUSINESS_HOURS.test(unit)) return { businessHours: value, minutes: value * 60 };
    for (const [pattern, factor] of UNIT_MINUTES) if (pattern.test(unit)) return { minutes: value * factor };
  }
  return undefined;
}

// What helpdesks write for a channel, reduced to the catalog's channel ids.
const KEYWORDS: Array<[RegExp, string]> = [
  [/mail|web ?form|portal|e-mail/i, 'email'],
  [/chat|messenger|widget|conversation/i, 'chat'],
  [/phone|voice|call|telefon/i, 'phone'],
  [/facebook|twitter|instagram|whatsapp|social|x\.com|tiktok/i, 'social'],
  [/sdk|mobile|in-?app|app/i, 'in-app'],
  [/community|forum/i, 'community'],
  [/help ?cent|knowledge|self/i, 'self-service'],
];

export interface ChannelPromise {
  channel: string;
  /** Calendar minutes; null when the channel promises no time or only business time. */
  promiseMin: number | null;
  /** The promise as the philosophy words it, for the output. */
  promiseText?: string;
  /** A promise in business time (business days or hours) and the channel's hours, if readable. */
  business?: { days?: number; hours?: number; schedule?: Schedule };
}

/** A function from a raw channel to the philosophy's channel (and its promise). */
export function channelMapper(channels: readonly Channel[]): (raw: string) => ChannelPromise | undefined {
  const byKey = new Map<string, ChannelPromise>();
  for (const ch of channels) {
    const promise = parsePromise(ch.firstResponse);
    const entry: ChannelPromise = { channel: ch.name, promiseMin: null };
    if (ch.firstResponse) entry.promiseText = ch.firstResponse;
    if (promise?.businessDays !== undefined || promise?.businessHours !== undefined) {
      const schedule = parseHours(ch.hours);
      entry.business = {
        ...(promise.businessDays !== undefined ? { days: promise.businessDays } : {}),
        ...(promise.businessHours !== undefined ? { hours: promise.businessHours } : {}),
        ...(schedule ? { schedule } : {}),
      };
    } else if (promise?.minutes !== undefined) entry.promiseMin = promise.minutes;
    byKey.set(ch.name.trim().toLowerCase(), entry);
    const id = findChannel(ch.name)?.id;
    if (id && !byKey.has(`#${id}`)) byKey.set(`#${id}`, entry);
  }
  return (raw) => {
    const exact = byKey.get(raw.trim().toLowerCase());
    if (exact) return exact;
    const id = findChannel(raw)?.id ?? KEYWORDS.find(([pattern]) => pattern.test(raw))?.[1];
    return id ? byKey.get(`#${id}`) : undefined;
  };
}
