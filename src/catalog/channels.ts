import type { ChannelDef } from './types.js';

// Ids are the names the file format suggests for `needs.channels[].name`.
export const CHANNELS: readonly ChannelDef[] = [
  { id: 'email', name: { en: 'Email', de: 'E-Mail' } },
  { id: 'chat', name: { en: 'Chat', de: 'Chat' } },
  { id: 'phone', name: { en: 'Phone', de: 'Telefon' } },
  { id: 'social', name: { en: 'Social media', de: 'Soziale Medien' } },
  { id: 'self-service', name: { en: 'Self-service', de: 'Self-Service' } },
  { id: 'in-app', name: { en: 'In-app', de: 'In der App' } },
  { id: 'community', name: { en: 'Community', de: 'Community' } },
  { id: 'in-person', name: { en: 'In person', de: 'Vor Ort' } },
];
