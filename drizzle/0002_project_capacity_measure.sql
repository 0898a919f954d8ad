-- Written by hand instead of drizzle-kit's table rebuild: the migrator runs in a transaction, where
-- PRAGMA foreign_keys=OFF has no effect, so dropping `projects` would cascade into project_materials.
ALTER TABLE `projects` ADD `japanese_participation` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `projects` ADD `capacity_kind` text CONSTRAINT "projects_capacity_kind_check" CHECK("capacity_kind" IS NULL OR capacity_kind IN ('output', 'offtake', 'one_off'));--> statement-breakpoint
ALTER TABLE `projects` ADD `expansion_of` integer REFERENCES projects(id) CONSTRAINT "projects_expansion_check" CHECK("expansion_of" IS NULL OR "expansion_of" <> "id");--> statement-breakpoint
-- The seeded records this measure needs (matched by id and name, so an imported row is never touched).
UPDATE `projects` SET `japanese_participation` = false WHERE (`id`, `name`) IN (VALUES (12, 'Lynas processing plant at Seadrift, Texas (US project)'), (26, 'Arafura Nolans NdPr offtake (Hyundai/Kia; Korean buyer)'));--> statement-breakpoint
UPDATE `projects` SET `capacity_kind` = 'one_off' WHERE `id` = 45 AND `name` = 'Mitsubishi Corp. one-year import of Molycorp inventory';--> statement-breakpoint
UPDATE `projects` SET `expansion_of` = 18 WHERE `id` = 19 AND `name` = 'Shin-Etsu doubles magnet capacity in Vietnam';
