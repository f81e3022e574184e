// The philosophy's channels and their first-response promises, and which of them a helpdesk's
// channel (Zendesk "Via", Freshdesk "Source", Intercom "Channel") stands for.
import { findChannel } from '../catalog/index.js';
import type { Channel } from '../model/schema.js';

const UNIT_MINUTES: Array<[RegExp, number]> = [
  [/^(s|sec|secs|seconds?|sek|sekunden?)$/, 1 / 60],
  [/^(m|min|mins|minutes?|minuten?)$/, 1],
  [/^(h|hr|hrs|hours?|std|stunden?)$/, 60],
  [/^(d|days?|tage?n?|business ?days?|werktage?n?|arbeitstage?n?)$/, 1440],
];

/** "4h", "2 min", "1 business day", "30 Sekunden" in minutes; undefined when it says no time. */
export function promiseMinutes(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const m = /(\d+(?:[.,]\d+)?)\s*([a-zäöü ]+?)\b(?:\s|$|[.,;)])/i.exec(text.trim() + ' ');
  if (!m) return undefined;
  const value = Number(m[1]!.replace(',', '.'));
  const unit = m[2]!.trim().toLowerCase();
  for (const [pattern, factor] of UNIT_MINUTES) if (pattern.test(unit)) return value * factor;
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
  promiseMin: number | null;
}

/** A function from a raw channel to the philosophy's channel (and its promise). */
export function channelMapper(channels: readonly Channel[]): (raw: string) => ChannelPromise | undefined {
  const byKey = new Map<string, ChannelPromise>();
  for (const ch of channels) {
    const entry = { channel: ch.name, promiseMin: promiseMinutes(ch.firstResponse) ?? null };
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
