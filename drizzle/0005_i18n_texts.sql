ALTER TABLE `incidents` ADD `title_ja` text;--> statement-breakpoint
ALTER TABLE `incidents` ADD `summary_ja` text;--> statement-breakpoint
ALTER TABLE `materials` ADD `name_ja` text;--> statement-breakpoint
ALTER TABLE `projects` ADD `name_ja` text;--> statement-breakpoint
ALTER TABLE `projects` ADD `summary_ja` text;