CREATE TABLE `imports` (
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
	CONSTRAINT "imports_kind_check" CHECK(kind IN ('comtrade', 'mof', 'trade_shares', 'incidents', 'projects')),
	CONSTRAINT "imports_outcome_check" CHECK(outcome IN ('accepted', 'rejected', 'dry_run')),
	CONSTRAINT "imports_sha_check" CHECK(length("imports"."sha256") = 64)
);
--> statement-breakpoint
CREATE INDEX `imports_created_idx` ON `imports` (`created_at`);--> statement-breakpoint
CREATE TABLE `incident_materials` (
	`incident_id` integer NOT NULL,
	`material` text NOT NULL,
	PRIMARY KEY(`incident_id`, `material`),
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`material`) REFERENCES `materials`(`slug`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `incident_materials_material_idx` ON `incident_materials` (`material`);--> statement-breakpoint
CREATE TABLE `incidents` (
	`id` integer PRIMARY KEY NOT NULL,
	`date` text NOT NULL,
	`date_precision` text NOT NULL,
	`year` integer NOT NULL,
	`title` text NOT NULL,
	`category` text NOT NULL,
	`actor` text,
	`target` text,
	`severity` integer NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`source_id` integer NOT NULL,
	`duplicate_of` integer,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`duplicate_of`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "incidents_category_check" CHECK(category IN ('export_control', 'trade_retaliation', 'diplomatic', 'military', 'legal', 'agreement', 'de_escalation', 'other')),
	CONSTRAINT "incidents_precision_check" CHECK(date_precision IN ('day', 'month', 'year')),
	CONSTRAINT "incidents_severity_check" CHECK("incidents"."severity" BETWEEN 1 AND 5),
	CONSTRAINT "incidents_year_check" CHECK("incidents"."year" BETWEEN 1990 AND 2035 AND substr("incidents"."date", 1, 4) = CAST("incidents"."year" AS TEXT)),
	CONSTRAINT "incidents_date_check" CHECK(("incidents"."date_precision" = 'year' AND "incidents"."date" GLOB '[12][0-9][0-9][0-9]') OR ("incidents"."date_precision" = 'month' AND "incidents"."date" GLOB '[12][0-9][0-9][0-9]-[01][0-9]') OR ("incidents"."date_precision" = 'day' AND "incidents"."date" GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')),
	CONSTRAINT "incidents_duplicate_check" CHECK("incidents"."duplicate_of" IS NULL OR "incidents"."duplicate_of" <> "incidents"."id")
);
--> statement-breakpoint
CREATE INDEX `incidents_year_idx` ON `incidents` (`year`,`category`);--> statement-breakpoint
CREATE TABLE `materials` (
	`slug` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`material_group` text NOT NULL,
	`hs_codes` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	CONSTRAINT "materials_group_check" CHECK(material_group IN ('ree_aggregate', 'light_ree', 'heavy_ree', 'magnets', 'other_critical')),
	CONSTRAINT "materials_slug_check" CHECK("materials"."slug" GLOB '[a-z]*' AND "materials"."slug" NOT GLOB '*[^a-z0-9-]*')
);
--> statement-breakpoint
CREATE TABLE `project_materials` (
	`project_id` integer NOT NULL,
	`material` text NOT NULL,
	PRIMARY KEY(`project_id`, `material`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`material`) REFERENCES `materials`(`slug`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `project_materials_material_idx` ON `project_materials` (`material`);--> statement-breakpoint
CREATE TABLE `projects` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`countries` text DEFAULT '' NOT NULL,
	`partners` text,
	`type` text NOT NULL,
	`status` text,
	`investment_usd` real,
	`capacity_tonnes_per_year` real,
	`start_year` integer,
	`summary` text DEFAULT '' NOT NULL,
	`source_id` integer NOT NULL,
	`duplicate_of` integer,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`duplicate_of`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "projects_type_check" CHECK(type IN ('mining', 'refining', 'magnet_manufacturing', 'recycling', 'deep_sea', 'offtake', 'stockpile', 'agreement', 'substitution_rnd')),
	CONSTRAINT "projects_status_check" CHECK("projects"."status" IS NULL OR status IN ('operating', 'construction', 'development', 'testing', 'planned', 'stalled', 'cancelled')),
	CONSTRAINT "projects_investment_check" CHECK("projects"."investment_usd" IS NULL OR "projects"."investment_usd" >= 0),
	CONSTRAINT "projects_capacity_check" CHECK("projects"."capacity_tonnes_per_year" IS NULL OR "projects"."capacity_tonnes_per_year" >= 0),
	CONSTRAINT "projects_start_check" CHECK("projects"."start_year" IS NULL OR "projects"."start_year" BETWEEN 1950 AND 2050),
	CONSTRAINT "projects_duplicate_check" CHECK("projects"."duplicate_of" IS NULL OR "projects"."duplicate_of" <> "projects"."id")
);
--> statement-breakpoint
CREATE INDEX `projects_type_idx` ON `projects` (`type`,`status`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`publisher` text,
	`published` text,
	`url` text,
	`kind` text NOT NULL,
	`locator` text,
	CONSTRAINT "sources_kind_check" CHECK(kind IN ('official_statistics', 'official_statement', 'report', 'news', 'seed_article', 'dataset', 'user_import')),
	CONSTRAINT "sources_title_check" CHECK(length(trim("sources"."title")) > 0),
	CONSTRAINT "sources_published_check" CHECK("sources"."published" IS NULL OR "sources"."published" GLOB '[12][0-9][0-9][0-9]' OR "sources"."published" GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR "sources"."published" GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE TABLE `trade_shares` (
	`id` integer PRIMARY KEY NOT NULL,
	`year` integer NOT NULL,
	`period` text NOT NULL,
	`month` integer,
	`half` text,
	`material` text NOT NULL,
	`partner` text NOT NULL,
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
	CONSTRAINT "trade_shares_year_check" CHECK("trade_shares"."year" BETWEEN 1990 AND 2035),
	CONSTRAINT "trade_shares_period_check" CHECK(period IN ('annual', 'half_year', 'monthly', 'point_in_time', 'range')),
	CONSTRAINT "trade_shares_month_check" CHECK("trade_shares"."month" IS NULL OR ("trade_shares"."month" BETWEEN 1 AND 12 AND "trade_shares"."period" = 'monthly')),
	CONSTRAINT "trade_shares_half_check" CHECK("trade_shares"."half" IS NULL OR ("trade_shares"."half" IN ('H1', 'H2') AND "trade_shares"."period" = 'half_year')),
	CONSTRAINT "trade_shares_partner_check" CHECK("trade_shares"."partner" GLOB '[A-Z][A-Z][A-Z]'),
	CONSTRAINT "trade_shares_share_check" CHECK("trade_shares"."share_pct" IS NULL OR "trade_shares"."share_pct" BETWEEN 0 AND 100),
	CONSTRAINT "trade_shares_range_check" CHECK(("trade_shares"."low_pct" IS NULL AND "trade_shares"."high_pct" IS NULL) OR ("trade_shares"."low_pct" BETWEEN 0 AND 100 AND "trade_shares"."high_pct" BETWEEN 0 AND 100 AND "trade_shares"."low_pct" <= "trade_shares"."high_pct")),
	CONSTRAINT "trade_shares_bound_check" CHECK("trade_shares"."bound" IS NULL OR ("trade_shares"."bound" IN ('lower', 'upper') AND "trade_shares"."share_pct" IS NOT NULL)),
	CONSTRAINT "trade_shares_basis_check" CHECK(basis IN ('value', 'volume', 'unspecified')),
	CONSTRAINT "trade_shares_volume_check" CHECK("trade_shares"."volume_tonnes" IS NULL OR "trade_shares"."volume_tonnes" >= 0),
	CONSTRAINT "trade_shares_value_check" CHECK("trade_shares"."value_usd" IS NULL OR "trade_shares"."value_usd" >= 0),
	CONSTRAINT "trade_shares_measure_check" CHECK("trade_shares"."share_pct" IS NOT NULL OR "trade_shares"."low_pct" IS NOT NULL OR "trade_shares"."volume_tonnes" IS NOT NULL OR "trade_shares"."value_usd" IS NOT NULL),
	CONSTRAINT "trade_shares_flags_check" CHECK("trade_shares"."estimate" IN (0, 1) AND "trade_shares"."derived" IN (0, 1) AND "trade_shares"."mirror" IN (0, 1) AND "trade_shares"."headline" IN (0, 1)),
	CONSTRAINT "trade_shares_headline_check" CHECK("trade_shares"."headline" = 0 OR "trade_shares"."period" <> 'monthly')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `trade_shares_observation_uq` ON `trade_shares` (`material`,`partner`,`year`,`period`,(CASE WHEN "month" IS NULL THEN 0 ELSE "month" END),(CASE WHEN "half" IS NULL THEN '' ELSE "half" END),`basis`,`source_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `trade_shares_headline_uq` ON `trade_shares` (`material`,`partner`,`year`) WHERE "trade_shares"."headline" = 1;--> statement-breakpoint
CREATE INDEX `trade_shares_filter_idx` ON `trade_shares` (`material`,`partner`,`year`);--> statement-breakpoint
CREATE INDEX `trade_shares_source_idx` ON `trade_shares` (`source_id`);