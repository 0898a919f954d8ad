ALTER TABLE `incidents` ADD `actor_ja` text;--> statement-breakpoint
ALTER TABLE `incidents` ADD `target_ja` text;--> statement-breakpoint
ALTER TABLE `materials` ADD `description_ja` text;