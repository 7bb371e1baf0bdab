CREATE TABLE `support_barriers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`path_id` integer NOT NULL,
	`barrier` text NOT NULL,
	`state` text NOT NULL,
	`notes` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`path_id`) REFERENCES `support_paths`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `support_barriers_path` ON `support_barriers` (`path_id`,`barrier`);--> statement-breakpoint
CREATE TABLE `support_interviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`path_id` integer NOT NULL,
	`date` text NOT NULL,
	`kind` text NOT NULL,
	`client_id` integer,
	`notes` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`path_id`) REFERENCES `support_paths`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "support_interviews_kind" CHECK("support_interviews"."kind" IN ('accueil', 'diagnostic', 'suivi', 'bilan', 'tripartite'))
);
--> statement-breakpoint
CREATE INDEX `support_interviews_path` ON `support_interviews` (`path_id`,`date`);--> statement-breakpoint
CREATE TABLE `support_paths` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`worker_id` integer NOT NULL,
	`start_date` text NOT NULL,
	`objectives` text,
	`next_interview_date` text,
	`exit_date` text,
	`exit_reason` text,
	`exit_notes` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`worker_id`) REFERENCES `workers`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "support_paths_dates" CHECK("support_paths"."exit_date" IS NULL OR "support_paths"."exit_date" >= "support_paths"."start_date")
);
--> statement-breakpoint
CREATE INDEX `support_paths_worker` ON `support_paths` (`worker_id`,`start_date`);--> statement-breakpoint
CREATE UNIQUE INDEX `support_paths_open` ON `support_paths` (`worker_id`) WHERE "support_paths"."exit_date" IS NULL;--> statement-breakpoint
CREATE TABLE `support_trainings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`path_id` integer NOT NULL,
	`title` text NOT NULL,
	`organisme` text,
	`start_date` text NOT NULL,
	`end_date` text,
	`minutes` integer,
	`qualifying` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`path_id`) REFERENCES `support_paths`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `support_trainings_path` ON `support_trainings` (`path_id`,`start_date`);--> statement-breakpoint
-- Each worker already entered gets the path of their entry and exit dates (an exit without its reason, for the office to complete).
INSERT INTO `support_paths` (`worker_id`, `start_date`, `exit_date`, `created_at`, `updated_at`)
SELECT `id`, `entry_date`, CASE WHEN `exit_date` >= `entry_date` THEN `exit_date` END, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM `workers` WHERE `entry_date` IS NOT NULL;
