CREATE TABLE `accounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`login` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`must_change_password` integer DEFAULT false NOT NULL,
	`failed_attempts` integer DEFAULT 0 NOT NULL,
	`locked_until` text,
	`disabled_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	CONSTRAINT "accounts_role" CHECK("accounts"."role" IN ('direction', 'conseiller', 'charge'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_login` ON `accounts` (lower("login"));--> statement-breakpoint
CREATE TABLE `security_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`idle_lock_minutes` integer DEFAULT 10 NOT NULL,
	`anonymise_after_years` integer DEFAULT 2 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	CONSTRAINT "security_settings_single_row" CHECK("security_settings"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE `audit_log` ADD `actor_id` integer REFERENCES accounts(id);--> statement-breakpoint
ALTER TABLE `audit_log` ADD `before` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `after` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `redacted` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `audit_log_at` ON `audit_log` (`at`);--> statement-breakpoint
ALTER TABLE `workers` ADD `referent_account_id` integer REFERENCES accounts(id);--> statement-breakpoint
ALTER TABLE `workers` ADD `anonymised_at` text;
--> statement-breakpoint
-- The journal is append-only (issue 13): the database itself refuses to change or delete an
-- entry. One update passes: an anonymisation's redaction (redacted 0 → 1), which may erase the
-- values an entry holds (details, before, after) but never who, when, what or which record.
-- A later migration that must rewrite entries (as 0011 compacted the hour saves, before these
-- triggers existed) drops the trigger, does its data step and creates it again, in its own
-- transaction.
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
WHEN NOT (OLD.`redacted` = 0 AND NEW.`redacted` = 1 AND NEW.`id` = OLD.`id` AND NEW.`at` = OLD.`at`
  AND NEW.`actor` = OLD.`actor` AND NEW.`actor_id` IS OLD.`actor_id` AND NEW.`action` = OLD.`action`
  AND NEW.`entity` = OLD.`entity` AND NEW.`entity_id` IS OLD.`entity_id`)
BEGIN
  SELECT RAISE(ABORT, 'audit_log: append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, 'audit_log: append-only');
END;
