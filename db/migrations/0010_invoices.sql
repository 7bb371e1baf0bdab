CREATE TABLE `invoice_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`invoice_id` integer NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`placement_id` integer,
	`label` text NOT NULL,
	`worker_name` text,
	`minutes` integer,
	`rate_cents` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`placement_id`) REFERENCES `placements`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "invoice_lines_kind" CHECK("invoice_lines"."kind" IN ('heures', 'adhesion', 'correction')),
	CONSTRAINT "invoice_lines_amount" CHECK("invoice_lines"."amount_cents" >= 0)
);
--> statement-breakpoint
CREATE INDEX `invoice_lines_invoice` ON `invoice_lines` (`invoice_id`,`position`);--> statement-breakpoint
CREATE INDEX `invoice_lines_placement` ON `invoice_lines` (`placement_id`);--> statement-breakpoint
CREATE TABLE `invoice_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`prefix` text DEFAULT '' NOT NULL,
	`vat_rate_bp` integer DEFAULT 0 NOT NULL,
	`vat_mention` text,
	`late_penalty` text NOT NULL,
	`recovery_indemnity_cents` integer NOT NULL,
	`membership_fee_cents` integer NOT NULL,
	`bank_name` text,
	`iban` text,
	`bic` text,
	`sales_journal` text NOT NULL,
	`bank_journal` text NOT NULL,
	`client_account_prefix` text NOT NULL,
	`income_account` text NOT NULL,
	`membership_account` text NOT NULL,
	`vat_account` text NOT NULL,
	`bank_account` text NOT NULL,
	`cash_account` text NOT NULL,
	`cesu_account` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	CONSTRAINT "invoice_settings_single_row" CHECK("invoice_settings"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `invoices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`month` text NOT NULL,
	`client_id` integer NOT NULL,
	`credited_invoice_id` integer,
	`excluded` integer DEFAULT false NOT NULL,
	`number` text,
	`year` integer,
	`seq` integer,
	`issued_on` text,
	`due_on` text,
	`vat_rate_bp` integer NOT NULL,
	`total_ht_cents` integer NOT NULL,
	`vat_cents` integer NOT NULL,
	`total_cents` integer NOT NULL,
	`client_account` text,
	`seller` text NOT NULL,
	`buyer` text NOT NULL,
	`mentions` text NOT NULL,
	`reason` text,
	`created_at` text NOT NULL,
	`issued_at` text,
	`issued_by` text,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`credited_invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "invoices_kind" CHECK("invoices"."kind" IN ('facture', 'avoir')),
	CONSTRAINT "invoices_status" CHECK("invoices"."status" IN ('brouillon', 'emise')),
	CONSTRAINT "invoices_issued_numbered" CHECK(("invoices"."status" = 'emise' AND "invoices"."number" IS NOT NULL AND "invoices"."issued_on" IS NOT NULL AND "invoices"."seq" IS NOT NULL) OR ("invoices"."status" = 'brouillon' AND "invoices"."number" IS NULL)),
	CONSTRAINT "invoices_avoir_refers" CHECK("invoices"."kind" = 'facture' OR "invoices"."credited_invoice_id" IS NOT NULL),
	CONSTRAINT "invoices_amounts" CHECK("invoices"."total_ht_cents" >= 0 AND "invoices"."vat_cents" >= 0 AND "invoices"."total_cents" = "invoices"."total_ht_cents" + "invoices"."vat_cents")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invoices_number` ON `invoices` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `invoices_year_seq` ON `invoices` (`year`,`seq`);--> statement-breakpoint
CREATE INDEX `invoices_month_client` ON `invoices` (`month`,`client_id`);--> statement-breakpoint
CREATE INDEX `invoices_client` ON `invoices` (`client_id`);--> statement-breakpoint
CREATE INDEX `invoices_credited` ON `invoices` (`credited_invoice_id`);--> statement-breakpoint
CREATE INDEX `invoices_issued_on` ON `invoices` (`issued_on`);--> statement-breakpoint
CREATE TABLE `month_reopenings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`month` text NOT NULL,
	`reopened_at` text NOT NULL,
	`reopened_by` text NOT NULL,
	`reason` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `month_reopenings_month` ON `month_reopenings` (`month`);--> statement-breakpoint
CREATE TABLE `payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`invoice_id` integer NOT NULL,
	`paid_on` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`means` text NOT NULL,
	`reference` text,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "payments_positive" CHECK("payments"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE INDEX `payments_invoice` ON `payments` (`invoice_id`);--> statement-breakpoint
CREATE INDEX `payments_paid_on` ON `payments` (`paid_on`);--> statement-breakpoint
ALTER TABLE `clients` ADD `account_code` text;--> statement-breakpoint
CREATE UNIQUE INDEX `clients_account_code` ON `clients` (`account_code`);--> statement-breakpoint
-- The invoice number's prefix moves from the organisation to the invoicing settings (the other
-- values are the defaults of db/contract/invoice-settings.ts as they were at this migration).
INSERT INTO `invoice_settings` (`id`, `prefix`, `vat_rate_bp`, `vat_mention`, `late_penalty`, `recovery_indemnity_cents`, `membership_fee_cents`, `sales_journal`, `bank_journal`, `client_account_prefix`, `income_account`, `membership_account`, `vat_account`, `bank_account`, `cash_account`, `cesu_account`, `updated_at`, `version`)
SELECT 1, `invoice_prefix`, 0, 'TVA non applicable, art. 293 B du CGI', 'trois fois le taux d''intérêt légal', 4000, 2000, 'VT', 'BQ', '411', '706000', '756000', '445710', '512000', '530000', '511300', `updated_at`, 1
FROM `organisation` WHERE `invoice_prefix` <> '';--> statement-breakpoint
ALTER TABLE `organisation` DROP COLUMN `invoice_prefix`;--> statement-breakpoint
-- An issued invoice or credit note is never changed nor deleted, nor are its lines (domain §4):
-- the handlers refuse it, and so does the database, whatever writes to it.
CREATE TRIGGER `invoices_issued_no_update` BEFORE UPDATE ON `invoices` WHEN OLD.`status` = 'emise'
BEGIN SELECT RAISE(ABORT, 'Facture émise : elle ne peut pas être modifiée (faites un avoir).'); END;--> statement-breakpoint
CREATE TRIGGER `invoices_issued_no_delete` BEFORE DELETE ON `invoices` WHEN OLD.`status` = 'emise'
BEGIN SELECT RAISE(ABORT, 'Facture émise : elle ne peut pas être supprimée (faites un avoir).'); END;--> statement-breakpoint
CREATE TRIGGER `invoice_lines_issued_no_insert` BEFORE INSERT ON `invoice_lines` WHEN (SELECT `status` FROM `invoices` WHERE `id` = NEW.`invoice_id`) = 'emise'
BEGIN SELECT RAISE(ABORT, 'Facture émise : ses lignes ne peuvent pas être modifiées.'); END;--> statement-breakpoint
CREATE TRIGGER `invoice_lines_issued_no_update` BEFORE UPDATE ON `invoice_lines` WHEN (SELECT `status` FROM `invoices` WHERE `id` = OLD.`invoice_id`) = 'emise' OR (SELECT `status` FROM `invoices` WHERE `id` = NEW.`invoice_id`) = 'emise'
BEGIN SELECT RAISE(ABORT, 'Facture émise : ses lignes ne peuvent pas être modifiées.'); END;--> statement-breakpoint
CREATE TRIGGER `invoice_lines_issued_no_delete` BEFORE DELETE ON `invoice_lines` WHEN (SELECT `status` FROM `invoices` WHERE `id` = OLD.`invoice_id`) = 'emise'
BEGIN SELECT RAISE(ABORT, 'Facture émise : ses lignes ne peuvent pas être supprimées.'); END;