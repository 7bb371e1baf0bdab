-- « Travaux interdits » named the association's everyday tasks (task_settings: ménage,
-- déménagement…); it now names the works of article D4154-1 of the Code du travail, all refused
-- unless the office unticks one (forbidden_work_exceptions). The old tasks cannot be translated
-- into those works: the ones that were ticked are written to the journal, then dropped.
CREATE TABLE `forbidden_work_exceptions` (
	`code` text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
INSERT INTO `audit_log` (`at`, `actor`, `action`, `entity`, `entity_id`, `details`)
SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'mise à jour de Passerelle', 'modification', 'regles', NULL,
  json_object('tachesInterditesRetirees', json_group_array(`task_kind`),
    'motif', 'La liste des travaux interdits est désormais celle de l''article D4154-1 du Code du travail.')
FROM `task_settings` WHERE `forbidden` = 1
HAVING count(*) > 0;
--> statement-breakpoint
DROP TABLE `task_settings`;
