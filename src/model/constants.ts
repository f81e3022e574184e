// Plain constants of format v1, importable at run time without loading TypeBox
// (schema.ts builds the schema from them, and is needed only at build time).

import { LANGUAGES, type Language } from '../core/bilingual.js';

export { LANGUAGES, type Language };
export const FORMAT_VERSION = 1;
export const AIMS = ['delight', 'reduce-effort', 'both'] as const;
export const SAYING_NO = ['anyone', 'team-lead', 'leadership'] as const;
export const REVIEW_CADENCES = ['monthly', 'quarterly', 'half-yearly', 'yearly'] as const;
export const TARGET_OPS = ['gte', 'gt', 'lte', 'lt', 'eq'] as const;
/** Kinds of business: the catalog's suggestions (values, channels, KPIs, teams) follow the profile. */
export const PROFILES = ['ecommerce', 'saas', 'hospitality', 'finance', 'public', 'shop'] as const;
export const DIRECTIONS = ['higher', 'lower'] as const;
export const KPI_ID_PATTERN = '^[A-Z][A-Z0-9_]{0,39}$';

export type TargetOp = (typeof TARGET_OPS)[number];
export type Profile = (typeof PROFILES)[number];
export type Direction = (typeof DIRECTIONS)[number];

/** Characters no text of a philosophy may contain: C0 controls but tab and line feed, DEL, C1
 * controls, and the bidirectional embeddings, overrides and isolates. The text-controls rule
 * reports them; documents are rendered without them. */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
