import "server-only";

/** The README inside the all-data ZIP: what each file and column holds. */
export const ALL_DATA_README = `# REE Monitor: all data

Japan's dependence on Chinese rare earths and other critical minerals: every trade observation,
escalation incident and diversification project the monitor holds, each with its source.
Files are UTF-8 CSV with a byte-order mark and a header row. An empty cell is unknown, never zero.
Text cells that a spreadsheet would read as a formula start with an apostrophe.
Columns ending in Ja hold the Japanese text of the column before them (titleJa of title); an empty
one means no Japanese text yet (the site then shows the English one, marked 英語).

## trade_shares.csv — one observation of a country's imports of a material from a partner
- id: the observation's id. year, period (annual, half_year, monthly, point_in_time, range), month, half (H1/H2).
- material: material slug (see materials.csv). partner: ISO 3166 alpha-3 (WLD = the world total).
- sharePct: the partner's share of imports, in percent. low, high: a range ("60–70%").
  bound: lower ("more than") or upper ("less than") when sharePct is a bound.
- volumeTonnes, valueUsd: the flow itself where the source gives it.
- basis: value, volume or unspecified (what the share is a share of).
- estimate, derived, mirror (reported by the exporter), headline (the value the chart's line draws
  for that material, partner and year; the others are drawn as other sources): 1 or 0.
- sourceId and sourceTitle, sourcePublisher, sourcePublished, sourceUrl, sourceKind: the source.

## incidents.csv — China–Japan escalation and de-escalation events
- id, date (YYYY, YYYY-MM or YYYY-MM-DD as precise as the source), datePrecision (year, month, day).
- title, titleJa, category (export_control, trade_retaliation, diplomatic, military, legal, agreement,
  de_escalation, other), actor, actorJa, target, targetJa, severity (1–5).
- materials: slugs separated by ";" (empty = all materials). summary, summaryJa.
- duplicateOf: the id of the record of the same event by another source (drawn once).
- sourceId and the source columns as above.

## projects.csv — Japan's diversification projects outside China (and some for context)
- id, name, nameJa, countries (ISO alpha-3, ";"), partners, type, status, materials (";").
- investmentUsd, capacityTonnesPerYear, startYear.
- japaneseParticipation: 0 for projects recorded for context with no Japanese participant.
- capacityKind: output (plant capacity), offtake (contracted from others' output) or one_off; empty = read from the type.
- expansionOf: the plant this project expands (its capacity is the plant's total after it).
- duplicateOf: another record of the same plant or financing (never summed twice).
- summary, summaryJa, sourceId and the source columns.

## sources.csv — every source
- id, title (as published), publisher, published (as precise as known), url, kind
  (official_statistics, official_statement, report, news, seed_article, dataset, user_import), locator (table, page or section).

## materials.csv
- slug, name, nameJa, group, hsCodes (";"), description, descriptionJa, seriesYears (years with a China line value).
`;
