CREATE TABLE `hours` (
	`placement_id` integer NOT NULL,
	`day` text NOT NULL,
	`minutes` integer NOT NULL,
	PRIMARY KEY(`placement_id`, `day`),
	FOREIGN KEY (`placement_id`) REFERENCES `placements`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "hours_positive" CHECK("hours"."minutes" > 0 AND "hours"."minutes" <= 1440)
);
--> statement-breakpoint
CREATE INDEX `hours_day_placement` ON `hours` (`day`,`placement_id`,`minutes`);--> statement-breakpoint
CREATE TABLE `month_closures` (
	`month` text PRIMARY KEY NOT NULL,
	`closed_at` text NOT NULL,
	`closed_by` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `placements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`worker_id` integer NOT NULL,
	`client_id` integer NOT NULL,
	`work_address_id` integer,
	`task_kind` text NOT NULL,
	`task_detail` text,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`planned_minutes` integer,
	`billed_rate_cents` integer NOT NULL,
	`wage_rate_cents` integer NOT NULL,
	`ppe_needed` text,
	`ppe_supplied_by` text,
	`status` text NOT NULL,
	`notes` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`worker_id`) REFERENCES `workers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`work_address_id`) REFERENCES `client_work_addresses`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "placements_status" CHECK("placements"."status" IN ('prevue', 'en_cours', 'terminee', 'annulee')),
	CONSTRAINT "placements_dates_order" CHECK("placements"."end_date" >= "placements"."start_date")
);
--> statement-breakpoint
CREATE INDEX `placements_worker` ON `placements` (`worker_id`,`start_date`);--> statement-breakpoint
CREATE INDEX `placements_client` ON `placements` (`client_id`,`start_date`);--> statement-breakpoint
CREATE INDEX `placements_dates` ON `placements` (`start_date`,`end_date`);--> statement-breakpoint
CREATE TABLE `task_settings` (
	`task_kind` text PRIMARY KEY NOT NULL,
	`forbidden` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE `territory_communes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`postal_code` text NOT NULL,
	`city` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `waivers_480` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reference` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL
);
