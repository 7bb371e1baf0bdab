CREATE TABLE `rule_options` (
	`id` integer PRIMARY KEY NOT NULL,
	`mode_480` text DEFAULT 'fenetre' NOT NULL,
	CONSTRAINT "rule_options_single_row" CHECK("rule_options"."id" = 1),
	CONSTRAINT "rule_options_mode_480" CHECK("rule_options"."mode_480" IN ('fenetre', 'glissante'))
);
