CREATE TABLE `import_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`list` text NOT NULL,
	`file_name` text NOT NULL,
	`imported_at` text NOT NULL,
	`actor` text NOT NULL,
	`summary` text NOT NULL,
	`imported` integer NOT NULL,
	`refused` integer NOT NULL,
	`details` text NOT NULL,
	CONSTRAINT "import_reports_list_known" CHECK("import_reports"."list" IN ('salaries', 'utilisateurs'))
);
--> statement-breakpoint
CREATE INDEX `import_reports_list` ON `import_reports` (`list`,`imported_at`);