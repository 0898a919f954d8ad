CREATE TABLE `data_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`action` text NOT NULL,
	`material` text,
	`year` integer,
	`before` text,
	`after` text,
	FOREIGN KEY (`version`) REFERENCES `data_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "data_changes_entity_check" CHECK(entity IN ('trade_share', 'incident', 'project', 'material', 'source')),
	CONSTRAINT "data_changes_action_check" CHECK(action IN ('add', 'change', 'remove'))
);
--> statement-breakpoint
CREATE INDEX `data_changes_version_idx` ON `data_changes` (`version`,`entity`);--> statement-breakpoint
CREATE INDEX `data_changes_material_idx` ON `data_changes` (`material`,`year`);--> statement-breakpoint
CREATE TABLE `data_versions` (
	`id` integer PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`kind` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`added` integer DEFAULT 0 NOT NULL,
	`changed` integer DEFAULT 0 NOT NULL,
	`removed` integer DEFAULT 0 NOT NULL,
	`import_id` integer,
	`open` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "data_versions_kind_check" CHECK(kind IN ('baseline', 'seed', 'import'))
);
--> statement-breakpoint
CREATE INDEX `data_versions_open_idx` ON `data_versions` (`open`);--> statement-breakpoint
-- A store that already holds data gets version 1, the baseline: what it held when versions began. Nothing before it is recorded.
INSERT INTO `data_versions` (`id`, `created_at`, `kind`, `summary`, `open`) SELECT 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'baseline', 'The store as it was when data versions began; earlier changes are not recorded.', 0 WHERE EXISTS (SELECT 1 FROM `trade_shares`) OR EXISTS (SELECT 1 FROM `incidents`) OR EXISTS (SELECT 1 FROM `projects`);
--> statement-breakpoint
CREATE TRIGGER `trade_shares_versioned_insert` AFTER INSERT ON `trade_shares` WHEN EXISTS (SELECT 1 FROM `data_versions` WHERE `open` = 1)
BEGIN
  INSERT INTO `data_changes` (`version`, `entity`, `entity_id`, `action`, `material`, `year`, `before`, `after`)
  VALUES ((SELECT max(`id`) FROM `data_versions` WHERE `open` = 1), 'trade_share', CAST(NEW.`id` AS TEXT), 'add', NEW.`material`, NEW.`year`, NULL, json_object('id', NEW.`id`, 'year', NEW.`year`, 'period', NEW.`period`, 'month', NEW.`month`, 'half', NEW.`half`, 'material', NEW.`material`, 'importer', NEW.`importer`, 'partner', NEW.`partner`, 'hs_code', NEW.`hs_code`, 'share_pct', NEW.`share_pct`, 'low_pct', NEW.`low_pct`, 'high_pct', NEW.`high_pct`, 'bound', NEW.`bound`, 'volume_tonnes', NEW.`volume_tonnes`, 'value_usd', NEW.`value_usd`, 'basis', NEW.`basis`, 'estimate', NEW.`estimate`, 'derived', NEW.`derived`, 'mirror', NEW.`mirror`, 'headline', NEW.`headline`, 'source_id', NEW.`source_id`, 'note', NEW.`note`));
END;
--> statement-breakpoint
CREATE TRIGGER `trade_shares_versioned_update` AFTER UPDATE ON `trade_shares` WHEN EXISTS (SELECT 1 FROM `data_versions` WHERE `open` = 1) AND json_object('id', OLD.`id`, 'year', OLD.`year`, 'period', OLD.`period`, 'month', OLD.`month`, 'half', OLD.`half`, 'material', OLD.`material`, 'importer', OLD.`importer`, 'partner', OLD.`partner`, 'hs_code', OLD.`hs_code`, 'share_pct', OLD.`share_pct`, 'low_pct', OLD.`low_pct`, 'high_pct', OLD.`high_pct`, 'bound', OLD.`bound`, 'volume_tonnes', OLD.`volume_tonnes`, 'value_usd', OLD.`value_usd`, 'basis', OLD.`basis`, 'estimate', OLD.`estimate`, 'derived', OLD.`derived`, 'mirror', OLD.`mirror`, 'headline', OLD.`headline`, 'source_id', OLD.`source_id`, 'note', OLD.`note`) IS NOT json_object('id', NEW.`id`, 'year', NEW.`year`, 'period', NEW.`period`, 'month', NEW.`month`, 'half', NEW.`half`, 'material', NEW.`material`, 'importer', NEW.`importer`, 'partner', NEW.`partner`, 'hs_code', NEW.`hs_code`, 'share_pct', NEW.`share_pct`, 'low_pct', NEW.`low_pct`, 'high_pct', NEW.`high_pct`, 'bound', NEW.`bound`, 'volume_tonnes', NEW.`volume_tonnes`, 'value_usd', NEW.`value_usd`, 'basis', NEW.`basis`, 'estimate', NEW.`estimate`, 'derived', NEW.`derived`, 'mirror', NEW.`mirror`, 'headline', NEW.`headline`, 'source_id', NEW.`source_id`, 'note', NEW.`note`)
BEGIN
  INSERT INTO `data_changes` (`version`, `entity`, `entity_id`, `action`, `material`, `year`, `before`, `after`)
  VALUES ((SELECT max(`id`) FROM `data_versions` WHERE `open` = 1), 'trade_share', CAST(NEW.`id` AS TEXT), 'change', NEW.`material`, NEW.`year`, json_object('id', OLD.`id`, 'year', OLD.`year`, 'period', OLD.`period`, 'month', OLD.`month`, 'half', OLD.`half`, 'material', OLD.`material`, 'importer', OLD.`importer`, 'partner', OLD.`partner`, 'hs_code', OLD.`hs_code`, 'share_pct', OLD.`share_pct`, 'low_pct', OLD.`low_pct`, 'high_pct', OLD.`high_pct`, 'bound', OLD.`bound`, 'volume_tonnes', OLD.`volume_tonnes`, 'value_usd', OLD.`value_usd`, 'basis', OLD.`basis`, 'estimate', OLD.`estimate`, 'derived', OLD.`derived`, 'mirror', OLD.`mirror`, 'headline', OLD.`headline`, 'source_id', OLD.`source_id`, 'note', OLD.`note`), json_object('id', NEW.`id`, 'year', NEW.`year`, 'period', NEW.`period`, 'month', NEW.`month`, 'half', NEW.`half`, 'material', NEW.`material`, 'importer', NEW.`importer`, 'partner', NEW.`partner`, 'hs_code', NEW.`hs_code`, 'share_pct', NEW.`share_pct`, 'low_pct', NEW.`low_pct`, 'high_pct', NEW.`high_pct`, 'bound', NEW.`bound`, 'volume_tonnes', NEW.`volume_tonnes`, 'value_usd', NEW.`value_usd`, 'basis', NEW.`basis`, 'estimate', NEW.`estimate`, 'derived', NEW.`derived`, 'mirror', NEW.`mirror`, 'headline', NEW.`headline`, 'source_id', NEW.`source_id`, 'note', NEW.`note`));
END;
--> statement-breakpoint
CREATE TRIGGER `trade_shares_versioned_delete` AFTER DELETE ON `trade_shares` WHEN EXISTS (SELECT 1 FROM `data_versions` WHERE `open` = 1)
BEGIN
  INSERT INTO `data_changes` (`version`, `entity`, `entity_id`, `action`, `material`, `year`, `before`, `after`)
  VALUES ((SELECT max(`id`) FROM `data_versions` WHERE `open` = 1), 'trade_share', CAST(OLD.`id` AS TEXT), 'remove', OLD.`material`, OLD.`year`, json_object('id', OLD.`id`, 'year', OLD.`year`, 'period', OLD.`period`, 'month', OLD.`month`, 'half', OLD.`half`, 'material', OLD.`material`, 'importer', OLD.`importer`, 'partner', OLD.`partner`, 'hs_code', OLD.`hs_code`, 'share_pct', OLD.`share_pct`, 'low_pct', OLD.`low_pct`, 'high_pct', OLD.`high_pct`, 'bound', OLD.`bound`, 'volume_tonnes', OLD.`volume_tonnes`, 'value_usd', OLD.`value_usd`, 'basis', OLD.`basis`, 'estimate', OLD.`estimate`, 'derived', OLD.`derived`, 'mirror', OLD.`mirror`, 'headline', OLD.`headline`, 'source_id', OLD.`source_id`, 'note', OLD.`note`), NULL);
END;
--> statement-breakpoint
CREATE TRIGGER `incidents_versioned_insert` AFTER INSERT ON `incidents` WHEN EXISTS (SELECT 1 FROM `data_versions` WHERE `open` = 1)
BEGIN
  INSERT INTO `data_changes` (`version`, `entity`, `entity_id`, `action`, `material`, `year`, `before`, `after`)
  VALUES ((SELECT max(`id`) FROM `data_versions` WHERE `open` = 1), 'incident', CAST(NEW.`id` AS TEXT), 'add', NULL, NEW.`year`, NULL, json_object('id', NEW.`id`, 'date', NEW.`date`, 'date_precision', NEW.`date_precision`, 'year', NEW.`year`, 'title', NEW.`title`, 'category', NEW.`category`, 'actor', NEW.`actor`, 'target', NEW.`target`, 'severity', NEW.`severity`, 'summary', NEW.`summary`, 'source_id', NEW.`source_id`, 'duplicate_of', NEW.`duplicate_of`, 'title_ja', NEW.`title_ja`, 'summary_ja', NEW.`summary_ja`, 'actor_ja', NEW.`actor_ja`, 'target_ja', NEW.`target_ja`));
END;
--> statement-breakpoint
CREATE TRIGGER `incidents_versioned_update` AFTER UPDATE ON `incidents` WHEN EXISTS (SELECT 1 FROM `data_versions` WHERE `open` = 1) AND json_object('id', OLD.`id`, 'date', OLD.`date`, 'date_precision', OLD.`date_precision`, 'year', OLD.`year`, 'title', OLD.`title`, 'category', OLD.`category`, 'actor', OLD.`actor`, 'target', OLD.`target`, 'severity', OLD.`severity`, 'summary', OLD.`summary`, 'source_id', OLD.`source_id`, 'duplicate_of', OLD.`duplicate_of`, 'title_ja', OLD.`title_ja`, 'summary_ja', OLD.`summary_ja`, 'actor_ja', OLD.`actor_ja`, 'target_ja', OLD.`target_ja`) IS NOT json_object('id', NEW.`id`, 'date', NEW.`date`, 'date_precision', NEW.`date_precision`, 'year', NEW.`year`, 'title', NEW.`title`, 'category', NEW.`category`, 'actor', NEW.`actor`, 'target', NEW.`target`, 'severity', NEW.`severity`, 'summary', NEW.`summary`, 'source_id', NEW.`source_id`, 'duplicate_of', NEW.`duplicate_of`, 'title_ja', NEW.`title_ja`, 'summary_ja', NEW.`summary_ja`, 'actor_ja', NEW.`actor_ja`, 'target_ja', NEW.`target_ja`)
BEGIN
  INSERT INTO `data_changes` (`version`, `entity`, `entity_id`, `action`, `material`, `year`, `before`, `after`)
  VALUES ((SELECT max(`id`) FROM `data_versions` WHERE `open` = 1), 'incident', CAST(NEW.`id` AS TEXT), 'change', NULL, NEW.`year`, json_object('id', OLD.`id`, 'date', OLD.`date`, 'date_precision', OLD.`date_precision`, 'year', OLD.`year`, 'title', OLD.`title`, 'category', OLD.`category`, 'actor', OLD.`actor`, 'target', OLD.`target`, 'severity', OLD.`severity`, 'summary', OLD.`summary`, 'source_id', OLD.`source_id`, 'duplicate_of', OLD.`duplicate_of`, 'title_ja', OLD.`title_ja`, 'summary_ja', OLD.`summary_ja`, 'actor_ja', OLD.`actor_ja`, 'target_ja', OLD.`target_ja`), json_object('id', NEW.`id`, 'date', NEW.`date`, 'date_precision', NEW.`date_precision`, 'year', NEW.`year`, 'title', NEW.`title`, 'category', NEW.`category`, 'actor', NEW.`actor`, 'target', NEW.`target`, 'severity', NEW.`severity`, 'summary', NEW.`summary`, 'source_id', NEW.`source_id`, 'duplicate_of', NEW.`duplicate_of`, 'title_ja', NEW.`title_ja`, 'summary_ja', NEW.`summary_ja`, 'actor_ja', NEW.`actor_ja`, 'target_ja', NEW.`target_ja`));
END;
--> statement-breakpoint
CREATE TRIGGER `incidents_versioned_delete` AFTER DELETE ON `incidents` WHEN EXISTS (SELECT 1 FROM `data_versions` WHERE `open` = 1)
BEGIN
  INSERT INTO `data_changes` (`version`, `entity`, `entity_id`, `action`, `material`, `year`, `before`, `after`)
  VALUES ((SELECT max(`id`) FROM `data_versions` WHERE `open` = 1), 'incident', CAST(OLD.`id` AS TEXT), 'remove', NULL, OLD.`year`, json_object('id', OLD.`id`, 'date', OLD.`date`, 'date_precision', OLD.`date_precision`, 'year', OLD.`year`, 'title', OLD.`title`, 'category', OLD.`category`, 'actor', OLD.`actor`, 'target', OLD.`target`, 'severity', OLD.`severity`, 'summary', OLD.`summary`, 'source_id', OLD.`source_id`, 'duplicate_of', OLD.`duplicate_of`, 'title_ja', OLD.`title_ja`, 'summary_ja', OLD.`summary_ja`, 'actor_ja', OLD.`actor_ja`, 'target_ja', OLD.`target_ja`), NULL);
END;
--> statement-breakpoint
CREATE TRIGGER `projects_versioned_insert` AFTER INSERT ON `projects` WHEN EXISTS (SELECT 1 FROM `data_versions` WHERE `open` = 1)
BEGIN
  INSERT INTO `data_changes` (`version`, `entity`, `entity_id`, `action`, `material`, `year`, `before`, `after`)
  VALUES ((SELECT max(`id`) FROM `data_versions` WHERE `open` = 1), 'project', CAST(NEW.`id` AS TEXT), 'add', NULL, NULL, NULL, json_object('id', NEW.`id`, 'name', NEW.`name`, 'countries', NEW.`countries`, 'partners', NEW.`partners`, 'type', NEW.`type`, 'status', NEW.`status`, 'investment_usd', NEW.`investment_usd`, 'capacity_tonnes_per_year', NEW.`capacity_tonnes_per_year`, 'start_year', NEW.`start_year`, 'summary', NEW.`summary`, 'source_id', NEW.`source_id`, 'duplicate_of', NEW.`duplicate_of`, 'japanese_participation', NEW.`japanese_participation`, 'capacity_kind', NEW.`capacity_kind`, 'expansion_of', NEW.`expansion_of`, 'name_ja', NEW.`name_ja`, 'summary_ja', NEW.`summary_ja`));
END;
--> statement-breakpoint
CREATE TRIGGER `projects_versioned_update` AFTER UPDATE ON `projects` WHEN EXISTS (SELECT 1 FROM `data_versions` WHERE `open` = 1) AND json_object('id', OLD.`id`, 'name', OLD.`name`, 'countries', OLD.`countries`, 'partners', OLD.`partners`, 'type', OLD.`type`, 'status', OLD.`status`, 'investment_usd', OLD.`investment_usd`, 'capacity_tonnes_per_year', OLD.`capacity_tonnes_per_year`, 'start_year', OLD.`start_year`, 'summary', OLD.`summary`, 'source_id', OLD.`source_id`, 'duplicate_of', OLD.`duplicate_of`, 'japanese_participation', OLD.`japanese_participation`, 'capacity_kind', OLD.`capacity_kind`, 'expansion_of', OLD.`expansion_of`, 'name_ja', OLD.`name_ja`, 'summary_ja', OLD.`summary_ja`) IS NOT json_object('id', NEW.`id`, 'name', NEW.`name`, 'countries', NEW.`countries`, 'partners', NEW.`partners`, 'type', NEW.`type`, 'status', NEW.`status`, 'investment_usd', NEW.`investment_usd`, 'capacity_tonnes_per_year', NEW.`capacity_tonnes_per_year`, 'start_year', NEW.`start_year`, 'summary', NEW.`summary`, 'source_id', NEW.`source_id`, 'duplicate_of', NEW.`duplicate_of`, 'japanese_participation', NEW.`japanese_participation`, 'capacity_kind', NEW.`capacity_kind`, 'expansion_of', NEW.`expansion_of`, 'name_ja', NEW.`name_ja`, 'summary_ja', NEW.`summary_ja`)
BEGIN
  INSERT INTO `data_changes` (`version`, `entity`, `entity_id`, `action`, `material`, `year`, `before`, `after`)
  VALUES ((SELECT max(`id`) FROM `data_versions` WHERE `open` = 1), 'project', CAST(NEW.`id` AS TEXT), 'change', NULL, NULL, json_object('id', OLD.`id`, 'name', OLD.`name`, 'countries', OLD.`countries`, 'partners', OLD.`partners`, 'type', OLD.`type`, 'status', OLD.`status`, 'investment_usd', OLD.`investment_usd`, 'capacity_tonnes_per_year', OLD.`capacity_tonnes_per_year`, 'start_year', OLD.`start_year`, 'summary', OLD.`summary`, 'source_id', OLD.`source_id`, 'duplicate_of', OLD.`duplicate_of`, 'japanese_participation', OLD.`japanese_participation`, 'capacity_kind', OLD.`capacity_kind`, 'expansion_of', OLD.`expansion_of`, 'name_ja', OLD.`name_ja`, 'summary_ja', OLD.`summary_ja`), json_object('id', NEW.`id`, 'name', NEW.`name`, 'countries', NEW.`countries`, 'partners', NEW.`partners`, 'type', NEW.`type`, 'status', NEW.`status`, 'investment_usd', NEW.`investment_usd`, 'capacity_tonnes_per_year', NEW.`capacity_tonnes_per_year`, 'start_year', NEW.`start_year`, 'summary', NEW.`summary`, 'source_id', NEW.`source_id`, 'duplicate_of', NEW.`duplicate_of`, 'japanese_participation', NEW.`japanese_participation`, 'capacity_kind', NEW.`capacity_kind`, 'expansion_of', NEW.`expansion_of`, 'name_ja', NEW.`name_ja`, 'summary_ja', NEW.`summary_ja`));
END;
--> statement-breakpoint
CREATE TRIGGER `projects_versioned_delete` AFTER DELETE ON `projects` WHEN EXISTS (SELECT 1 FROM `data_versions` WHERE `open` = 1)
BEGIN
  INSERT INTO `data_changes` (`version`, `entity`, `entity_id`, `action`, `material`, `year`, `before`, `after`)
  VALUES ((SELECT max(`id`) FROM `data_versions` WHERE `open` = 1), 'project', CAST(OLD.`id` AS TEXT), 'remove', NULL, NULL, json_object('id', OLD.`id`, 'name', OLD.`name`, 'countries', OLD.`countries`, 'partners', OLD.`partners`, 'type', OLD.`type`, 'status', OLD.`status`, 'investment_usd', OLD.`investment_usd`, 'capacity_tonnes_per_year', OLD.`capacity_tonnes_per_year`, 'start_year', OLD.`start_year`, 'summary', OLD.`summary`, 'source_id', OLD.`source_id`, 'duplicate_of', OLD.`duplicate_of`, 'japanese_participation', OLD.`japanese_participation`, 'capacity_kind', OLD.`capacity_kind`, 'expansion_of', OLD.`expansion_of`, 'name_ja', OLD.`name_ja`, 'summary_ja', OLD.`summary_ja`), NULL);
END;
--> statement-breakpoint
CREATE TRIGGER `materials_versioned_insert` AFTER INSERT ON `materials` WHEN EXISTS (SELECT 1 FROM `data_versions` WHERE `open` = 1)
BEGIN
  INSERT INTO `data_changes` (`version`, `entity`, `entity_id`, `action`, `material`, `year`, `before`, `after`)
  VALUES ((SELECT max(`id`) FROM `data_versions` WHERE `open` = 1), 'material', CAST(NEW.`slug` AS TEXT), 'add', NEW.`slug`, NULL, NULL, json_object('slug', NEW.`slug`, 'name', NEW.`name`, 'material_group', NEW.`material_group`, 'hs_codes', NEW.`hs_codes`, 'description', NEW.`description`, 'sort_order', NEW.`sort_order`, 'name_ja', NEW.`name_ja`, 'description_ja', NEW.`description_ja`));
END;
--> statement-breakpoint
CREATE TRIGGER `materials_versioned_update` AFTER UPDATE ON `materials` WHEN EXISTS (SELECT 1 FROM `data_versions` WHERE `open` = 1) AND json_object('slug', OLD.`slug`, 'name', OLD.`name`, 'material_group', OLD.`material_group`, 'hs_codes', OLD.`hs_codes`, 'description', OLD.`description`, 'sort_order', OLD.`sort_order`, 'name_ja', OLD.`name_ja`, 'description_ja', OLD.`description_ja`) IS NOT json_object('slug', NEW.`slug`, 'name', NEW.`name`, 'material_group', NEW.`material_group`, 'hs_codes', NEW.`hs_codes`, 'description', NEW.`description`, 'sort_order', NEW.`sort_order`, 'name_ja', NEW.`name_ja`, 'description_ja', NEW.`description_ja`)
BEGIN
  INSERT INTO `data_changes` (`version`, `entity`, `entity_id`, `action`, `material`, `year`, `before`, `after`)
  VALUES ((SELECT max(`id`) FROM `data_versions` WHERE `open` = 1), 'material', CAST(NEW.`slug` AS TEXT), 'change', NEW.`slug`, NULL, json_object('slug', OLD.`slug`, 'name', OLD.`name`, 'material_group', OLD.`material_group`, 'hs_codes', OLD.`hs_codes`, 'description', OLD.`description`, 'sort_order', OLD.`sort_order`, 'name_ja', OLD.`name_ja`, 'description_ja', OLD.`description_ja`), json_object('slug', NEW.`slug`, 'name', NEW.`name`, 'material_group', NEW.`material_group`, 'hs_codes', NEW.`hs_codes`, 'description', NEW.`description`, 'sort_order', NEW.`sort_order`, 'name_ja', NEW.`name_ja`, 'description_ja', NEW.`description_ja`));
END;
--> statement-breakpoint
CREATE TRIGGER `materials_versioned_delete` AFTER DELETE ON `materials` WHEN EXISTS (SELECT 1 FROM `data_versions` WHERE `open` = 1)
BEGIN
  INSERT INTO `data_changes` (`version`, `entity`, `entity_id`, `action`, `material`, `year`, `before`, `after`)
  VALUES ((SELECT max(`id`) FROM `data_versions` WHERE `open` = 1), 'material', CAST(OLD.`slug` AS TEXT), 'remove', OLD.`slug`, NULL, json_object('slug', OLD.`slug`, 'name', OLD.`name`, 'material_group', OLD.`material_group`, 'hs_codes', OLD.`hs_codes`, 'description', OLD.`description`, 'sort_order', OLD.`sort_order`, 'name_ja', OLD.`name_ja`, 'description_ja', OLD.`description_ja`), NULL);
END;
--> statement-breakpoint
CREATE TRIGGER `sources_versioned_insert` AFTER INSERT ON `sources` WHEN EXISTS (SELECT 1 FROM `data_versions` WHERE `open` = 1)
BEGIN
  INSERT INTO `data_changes` (`version`, `entity`, `entity_id`, `action`, `material`, `year`, `before`, `after`)
  VALUES ((SELECT max(`id`) FROM `data_versions` WHERE `open` = 1), 'source', CAST(NEW.`id` AS TEXT), 'add', NULL, NULL, NULL, json_object('id', NEW.`id`, 'title', NEW.`title`, 'publisher', NEW.`publisher`, 'published', NEW.`published`, 'url', NEW.`url`, 'kind', NEW.`kind`, 'locator', NEW.`locator`));
END;
--> statement-breakpoint
CREATE TRIGGER `sources_versioned_update` AFTER UPDATE ON `sources` WHEN EXISTS (SELECT 1 FROM `data_versions` WHERE `open` = 1) AND json_object('id', OLD.`id`, 'title', OLD.`title`, 'publisher', OLD.`publisher`, 'published', OLD.`published`, 'url', OLD.`url`, 'kind', OLD.`kind`, 'locator', OLD.`locator`) IS NOT json_object('id', NEW.`id`, 'title', NEW.`title`, 'publisher', NEW.`publisher`, 'published', NEW.`published`, 'url', NEW.`url`, 'kind', NEW.`kind`, 'locator', NEW.`locator`)
BEGIN
  INSERT INTO `data_changes` (`version`, `entity`, `entity_id`, `action`, `material`, `year`, `before`, `after`)
  VALUES ((SELECT max(`id`) FROM `data_versions` WHERE `open` = 1), 'source', CAST(NEW.`id` AS TEXT), 'change', NULL, NULL, json_object('id', OLD.`id`, 'title', OLD.`title`, 'publisher', OLD.`publisher`, 'published', OLD.`published`, 'url', OLD.`url`, 'kind', OLD.`kind`, 'locator', OLD.`locator`), json_object('id', NEW.`id`, 'title', NEW.`title`, 'publisher', NEW.`publisher`, 'published', NEW.`published`, 'url', NEW.`url`, 'kind', NEW.`kind`, 'locator', NEW.`locator`));
END;
--> statement-breakpoint
CREATE TRIGGER `sources_versioned_delete` AFTER DELETE ON `sources` WHEN EXISTS (SELECT 1 FROM `data_versions` WHERE `open` = 1)
BEGIN
  INSERT INTO `data_changes` (`version`, `entity`, `entity_id`, `action`, `material`, `year`, `before`, `after`)
  VALUES ((SELECT max(`id`) FROM `data_versions` WHERE `open` = 1), 'source', CAST(OLD.`id` AS TEXT), 'remove', NULL, NULL, json_object('id', OLD.`id`, 'title', OLD.`title`, 'publisher', OLD.`publisher`, 'published', OLD.`published`, 'url', OLD.`url`, 'kind', OLD.`kind`, 'locator', OLD.`locator`), NULL);
END;
