CREATE TABLE `organisation` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`siret` text,
	`address_line1` text,
	`address_line2` text,
	`postal_code` text,
	`city` text,
	`phone` text,
	`email` text,
	`convention_number` text,
	`sap_declaration_number` text,
	`default_billed_rate_cents` integer NOT NULL,
	`default_wage_rate_cents` integer,
	`etp_annual_minutes` integer NOT NULL,
	`invoice_prefix` text DEFAULT '' NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "organisation_single_row" CHECK("organisation"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text,
	`details` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_entity` ON `audit_log` (`entity`,`entity_id`);