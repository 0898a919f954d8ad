-- Table rebuilds (the imports kind check takes 'baci'; trade shares take importer and hs_code).
-- db/index.ts runs migrations with foreign keys off and checks them afterwards.
CREATE TABLE `__new_imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`file_name` text NOT NULL,
	`kind` text NOT NULL,
	`sha256` text NOT NULL,
	`rows_read` integer DEFAULT 0 NOT NULL,
	`rows_written` integer DEFAULT 0 NOT NULL,
	`rows_skipped` integer DEFAULT 0 NOT NULL,
	`actor` text NOT NULL,
	`created_at` text NOT NULL,
	`outcome` text NOT NULL,
	`errors` text,
	`error_count` integer DEFAULT 0 NOT NULL,
	CONSTRAINT "imports_kind_check" CHECK(kind IN ('comtrade', 'mof', 'trade_shares', 'incidents', 'projects', 'baci')),
	CONSTRAINT "imports_outcome_check" CHECK(outcome IN ('accepted', 'rejected', 'dry_run')),
	CONSTRAINT "imports_sha_check" CHECK(length("__new_imports"."sha256") = 64)
);
--> statement-breakpoint
INSERT INTO `__new_imports`("id", "file_name", "kind", "sha256", "rows_read", "rows_written", "rows_skipped", "actor", "created_at", "outcome", "errors", "error_count") SELECT "id", "file_name", "kind", "sha256", "rows_read", "rows_written", "rows_skipped", "actor", "created_at", "outcome", "errors", "error_count" FROM `imports`;--> statement-breakpoint
DROP TABLE `imports`;--> statement-breakpoint
ALTER TABLE `__new_imports` RENAME TO `imports`;--> statement-breakpoint
CREATE INDEX `imports_created_idx` ON `imports` (`created_at`);--> statement-breakpoint
CREATE TABLE `__new_trade_shares` (
	`id` integer PRIMARY KEY NOT NULL,
	`year` integer NOT NULL,
	`period` text NOT NULL,
	`month` integer,
	`half` text,
	`material` text NOT NULL,
	`importer` text DEFAULT 'JPN' NOT NULL,
	`partner` text NOT NULL,
	`hs_code` text,
	`share_pct` real,
	`low_pct` real,
	`high_pct` real,
	`bound` text,
	`volume_tonnes` real,
	`value_usd` real,
	`basis` text NOT NULL,
	`estimate` integer DEFAULT false NOT NULL,
	`derived` integer DEFAULT false NOT NULL,
	`mirror` integer DEFAULT false NOT NULL,
	`headline` integer DEFAULT false NOT NULL,
	`source_id` integer NOT NULL,
	`note` text,
	`import_id` integer,
	FOREIGN KEY (`material`) REFERENCES `materials`(`slug`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "trade_shares_year_check" CHECK("__new_trade_shares"."year" BETWEEN 1990 AND 2035),
	CONSTRAINT "trade_shares_period_check" CHECK(period IN ('annual', 'half_year', 'monthly', 'point_in_time', 'range')),
	CONSTRAINT "trade_shares_month_check" CHECK("__new_trade_shares"."month" IS NULL OR ("__new_trade_shares"."month" BETWEEN 1 AND 12 AND "__new_trade_shares"."period" = 'monthly')),
	CONSTRAINT "trade_shares_half_check" CHECK("__new_trade_shares"."half" IS NULL OR ("__new_trade_shares"."half" IN ('H1', 'H2') AND "__new_trade_shares"."period" = 'half_year')),
	CONSTRAINT "trade_shares_partner_check" CHECK("__new_trade_shares"."partner" GLOB '[A-Z][A-Z][A-Z]'),
	CONSTRAINT "trade_shares_importer_check" CHECK("__new_trade_shares"."importer" GLOB '[A-Z][A-Z][A-Z]' AND "__new_trade_shares"."importer" <> 'WLD'),
	CONSTRAINT "trade_shares_hs_check" CHECK("__new_trade_shares"."hs_code" IS NULL OR "__new_trade_shares"."hs_code" GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]'),
	CONSTRAINT "trade_shares_share_check" CHECK("__new_trade_shares"."share_pct" IS NULL OR "__new_trade_shares"."share_pct" BETWEEN 0 AND 100),
	CONSTRAINT "trade_shares_range_check" CHECK(("__new_trade_shares"."low_pct" IS NULL AND "__new_trade_shares"."high_pct" IS NULL) OR ("__new_trade_shares"."low_pct" BETWEEN 0 AND 100 AND "__new_trade_shares"."high_pct" BETWEEN 0 AND 100 AND "__new_trade_shares"."low_pct" <= "__new_trade_shares"."high_pct")),
	CONSTRAINT "trade_shares_bound_check" CHECK("__new_trade_shares"."bound" IS NULL OR ("__new_trade_shares"."bound" IN ('lower', 'upper') AND "__new_trade_shares"."share_pct" IS NOT NULL)),
	CONSTRAINT "trade_shares_basis_check" CHECK(basis IN ('value', 'volume', 'unspecified')),
	CONSTRAINT "trade_shares_volume_check" CHECK("__new_trade_shares"."volume_tonnes" IS NULL OR "__new_trade_shares"."volume_tonnes" >= 0),
	CONSTRAINT "trade_shares_value_check" CHECK("__new_trade_shares"."value_usd" IS NULL OR "__new_trade_shares"."value_usd" >= 0),
	CONSTRAINT "trade_shares_measure_check" CHECK("__new_trade_shares"."share_pct" IS NOT NULL OR "__new_trade_shares"."low_pct" IS NOT NULL OR "__new_trade_shares"."volume_tonnes" IS NOT NULL OR "__new_trade_shares"."value_usd" IS NOT NULL),
	CONSTRAINT "trade_shares_flags_check" CHECK("__new_trade_shares"."estimate" IN (0, 1) AND "__new_trade_shares"."derived" IN (0, 1) AND "__new_trade_shares"."mirror" IN (0, 1) AND "__new_trade_shares"."headline" IN (0, 1)),
	CONSTRAINT "trade_shares_headline_check" CHECK("__new_trade_shares"."headline" = 0 OR "__new_trade_shares"."period" <> 'monthly')
);
--> statement-breakpoint
INSERT INTO `__new_trade_shares`("id", "year", "period", "month", "half", "material", "importer", "partner", "hs_code", "share_pct", "low_pct", "high_pct", "bound", "volume_tonnes", "value_usd", "basis", "estimate", "derived", "mirror", "headline", "source_id", "note", "import_id") SELECT "id", "year", "period", "month", "half", "material", 'JPN', "partner", NULL, "share_pct", "low_pct", "high_pct", "bound", "volume_tonnes", "value_usd", "basis", "estimate", "derived", "mirror", "headline", "source_id", "note", "import_id" FROM `trade_shares`;--> statement-breakpoint
DROP TABLE `trade_shares`;--> statement-breakpoint
ALTER TABLE `__new_trade_shares` RENAME TO `trade_shares`;--> statement-breakpoint
CREATE UNIQUE INDEX `trade_shares_observation_uq` ON `trade_shares` (`importer`,`material`,`partner`,`year`,`period`,(CASE WHEN "month" IS NULL THEN 0 ELSE "month" END),(CASE WHEN "half" IS NULL THEN '' ELSE "half" END),(CASE WHEN "hs_code" IS NULL THEN '' ELSE "hs_code" END),`basis`,`source_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `trade_shares_headline_uq` ON `trade_shares` (`importer`,`material`,`partner`,`year`) WHERE "trade_shares"."headline" = 1;--> statement-breakpoint
CREATE INDEX `trade_shares_filter_idx` ON `trade_shares` (`material`,`partner`,`year`);--> statement-breakpoint
CREATE INDEX `trade_shares_importer_idx` ON `trade_shares` (`material`,`year`,`partner`,`importer`);--> statement-breakpoint
CREATE INDEX `trade_shares_period_idx` ON `trade_shares` (`material`,`importer`,`period`,`year`,`partner`,`share_pct`,`high_pct`);--> statement-breakpoint
CREATE INDEX `trade_shares_source_idx` ON `trade_shares` (`source_id`);