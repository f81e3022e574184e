// Plain constants of the config format, importable at run time without TypeBox (config-schema.ts
// builds the schema from them and is needed only at build time).

/** The fields of the scorecard's tickets view that a column map (`scorecard.columns`) may name. */
export const SCORECARD_COLUMNS = ['id', 'createdAt', 'solvedAt', 'status', 'channel', 'rating', 'firstReplyMinutes', 'firstReplyBusinessMinutes', 'resolutionMinutes', 'resolutionBusinessMinutes', 'replies', 'reopens', 'handleMinutes'] as const;
