CREATE TABLE `eligibility_diagnoses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`worker_id` integer NOT NULL,
	`date` text NOT NULL,
	`author_kind` text NOT NULL,
	`author_name` text,
	`criteria` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`worker_id`) REFERENCES `workers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `eligibility_diagnoses_worker` ON `eligibility_diagnoses` (`worker_id`,`date`);--> statement-breakpoint
CREATE TABLE `pass_iae_periods` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pass_id` integer NOT NULL,
	`kind` text NOT NULL,
	`reason` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	FOREIGN KEY (`pass_id`) REFERENCES `pass_iae`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "pass_period_kind" CHECK("pass_iae_periods"."kind" IN ('suspension', 'prolongation'))
);
--> statement-breakpoint
CREATE INDEX `pass_iae_periods_pass` ON `pass_iae_periods` (`pass_id`);--> statement-breakpoint
CREATE TABLE `pass_iae` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`worker_id` integer NOT NULL,
	`number` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date_override` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`worker_id`) REFERENCES `workers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `pass_iae_worker` ON `pass_iae` (`worker_id`,`start_date`);--> statement-breakpoint
CREATE TABLE `workers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`civility` text NOT NULL,
	`birth_name` text NOT NULL,
	`usage_name` text,
	`first_name` text NOT NULL,
	`birth_date` text NOT NULL,
	`nir` text,
	`nationality` text NOT NULL,
	`permit_number` text,
	`permit_expiry` text,
	`address_line1` text,
	`address_line2` text,
	`postal_code` text,
	`city` text,
	`qpv` integer DEFAULT false NOT NULL,
	`phone` text,
	`email` text,
	`orienteur` text,
	`education_level` text,
	`driving_licence` integer DEFAULT false NOT NULL,
	`vehicle` integer DEFAULT false NOT NULL,
	`skills` text DEFAULT '[]' NOT NULL,
	`availability` text,
	`referent` text,
	`status` text NOT NULL,
	`entry_date` text,
	`exit_date` text,
	`notes` text,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`search_text` text NOT NULL,
	CONSTRAINT "workers_status" CHECK("workers"."status" IN ('candidat', 'en_parcours', 'sorti'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `workers_nir` ON `workers` (`nir`) WHERE "workers"."nir" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `workers_identity` ON `workers` (`birth_date`,`search_text`);--> statement-breakpoint
CREATE TABLE `clients` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`siret` text,
	`contact_name` text,
	`address_line1` text,
	`address_line2` text,
	`postal_code` text,
	`city` text,
	`phone` text,
	`email` text,
	`hourly_rate_cents` integer,
	`payment_terms_days` integer NOT NULL,
	`counts_480` integer NOT NULL,
	`last_layoff_date` text,
	`last_layoff_post` text,
	`notes` text,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`search_text` text NOT NULL,
	CONSTRAINT "clients_kind" CHECK("clients"."kind" IN ('particulier', 'entreprise', 'association', 'collectivite', 'bailleur_social'))
);
--> statement-breakpoint
CREATE INDEX `clients_siret` ON `clients` (`siret`);--> statement-breakpoint
CREATE TABLE `memberships` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`year` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	`paid_on` text NOT NULL,
	`means` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `memberships_client_year` ON `memberships` (`client_id`,`year`);--> statement-breakpoint
CREATE TABLE `client_work_addresses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`label` text NOT NULL,
	`address_line1` text NOT NULL,
	`address_line2` text,
	`postal_code` text NOT NULL,
	`city` text NOT NULL,
	`archived_at` text,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `client_work_addresses_client` ON `client_work_addresses` (`client_id`);