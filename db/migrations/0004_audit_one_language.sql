-- The journal names what changed in one language, as db/contract/audit.ts lists it: the
-- entities written in English before (worker, client, placement) get their French codes.
UPDATE `audit_log` SET `entity` = 'salarie' WHERE `entity` = 'worker';
--> statement-breakpoint
UPDATE `audit_log` SET `entity` = 'utilisateur' WHERE `entity` = 'client';
--> statement-breakpoint
UPDATE `audit_log` SET `entity` = 'mission' WHERE `entity` = 'placement';
