// Writes the example exports the README's scorecard is made from (docs/scorecard/): a seeded
// Zendesk-shaped export of 1 200 tickets over six months and a KPI file with NPS per month.
// Run: node scripts/build.mjs scripts/scorecard-example.ts
import { writeFileSync } from 'node:fs';
import { generateRows, HEADERS, toCsv } from '../test/helpers/helpdesk-exports.js';

writeFileSync('docs/scorecard/zendesk-example.csv', toCsv(HEADERS.zendesk, generateRows('zendesk', { seed: 2026, count: 1200 })));
writeFileSync(
  'docs/scorecard/nps-example.csv',
  'period,kpi,value,n\n2026-05,NPS,31,210\n2026-06,NPS,36,190\n2026-07,NPS,44,230\n2026-08,NPS,41,205\n2026-09,NPS,47,260\n2026-10,NPS,52,240\n',
);
