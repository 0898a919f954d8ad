-- Seed-article citations name the article and its outlet, not the file the seed came from (issue 16).
-- Matched by id, kind and the old locator, so a row an administrator has edited is left alone.
UPDATE `sources` SET `title` = 'China–Japan rivalry and the rare-earth flashpoint [untitled article; outlet not known]', `locator` = 'section The Role of Rare Earth Elements' WHERE `id` = 1 AND `kind` = 'seed_article' AND `locator` = 'seed file 000_25dd45b6340077c1.txt; section The Role of Rare Earth Elements';
--> statement-breakpoint
UPDATE `sources` SET `title` = 'China''s dual-use export ban on Japan and its consequences [untitled article; outlet not known]', `locator` = 'paragraphs on the 6 January ban and Japan''s reliance' WHERE `id` = 2 AND `kind` = 'seed_article' AND `locator` = 'seed file 001_783e5a9974d295da.txt; paragraphs on the 6 January ban and Japan''s reliance';
--> statement-breakpoint
UPDATE `sources` SET `title` = 'China''s rare-earth leverage over Japan seen as backfiring [untitled article; outlet not known]', `locator` = NULL WHERE `id` = 3 AND `kind` = 'seed_article' AND `locator` = 'seed file 002_b358535cc9f5817c.txt; no research row cites it';
--> statement-breakpoint
UPDATE `sources` SET `locator` = 'Critical Questions (Baskaran, Schwartz), answers A1, A3, A4' WHERE `id` = 4 AND `kind` = 'seed_article' AND `locator` = 'seed file 003_8fa24eb2fdc297cd.txt; Critical Questions (Baskaran, Schwartz), answers A1, A3, A4';
--> statement-breakpoint
UPDATE `sources` SET `title` = 'China''s rare-earth curbs on Japan, by Jeff Pao [headline not known]', `locator` = 'sections on the January 2026 measures and on 2010' WHERE `id` = 5 AND `kind` = 'seed_article' AND `locator` = 'seed file 004_ca08fb494ddf4931.txt; sections on the January 2026 measures and on 2010';
