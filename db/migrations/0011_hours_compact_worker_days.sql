-- Hours at federation scale (issue 11). Hand-written after drizzle-kit's CREATE TABLE, which
-- knows neither WITHOUT ROWID nor triggers.
--
-- 1. `hours` is stored WITHOUT ROWID, keyed (placement_id, day): the rows live in the key's
--    B-tree, about half the size, and a placement's hours are read in one range. The covering
--    index (day, placement_id, minutes) serves the month's grid and invoicing aggregate. Nothing
--    refers to `hours`: the copy, drop and rename lose no row.
CREATE TABLE `__new_hours` (
	`placement_id` integer NOT NULL,
	`day` text NOT NULL,
	`minutes` integer NOT NULL,
	PRIMARY KEY(`placement_id`, `day`),
	FOREIGN KEY (`placement_id`) REFERENCES `placements`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "hours_positive" CHECK("__new_hours"."minutes" > 0 AND "__new_hours"."minutes" <= 1440)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_hours` (`placement_id`, `day`, `minutes`) SELECT `placement_id`, `day`, `minutes` FROM `hours` ORDER BY `placement_id`, `day`;
--> statement-breakpoint
DROP TABLE `hours`;
--> statement-breakpoint
ALTER TABLE `__new_hours` RENAME TO `hours`;
--> statement-breakpoint
CREATE INDEX `hours_day_placement` ON `hours` (`day`,`placement_id`,`minutes`);
--> statement-breakpoint
-- 2. Each worker's minutes per day, and those that count towards the 480 h (db/schema/placements.ts).
CREATE TABLE `worker_days` (
	`worker_id` integer NOT NULL,
	`day` text NOT NULL,
	`minutes` integer NOT NULL,
	`counting_minutes` integer NOT NULL,
	PRIMARY KEY(`worker_id`, `day`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `worker_days` (`worker_id`, `day`, `minutes`, `counting_minutes`)
SELECT p.`worker_id`, h.`day`, SUM(h.`minutes`), SUM(CASE WHEN c.`counts_480` = 1 THEN h.`minutes` ELSE 0 END)
FROM `hours` h JOIN `placements` p ON p.`id` = h.`placement_id` JOIN `clients` c ON c.`id` = p.`client_id`
GROUP BY p.`worker_id`, h.`day` ORDER BY p.`worker_id`, h.`day`;
--> statement-breakpoint
-- 3. Kept up to date in the transaction that changes the hours, whoever writes them (the grid,
--    an import, a later tool): an hour adds its minutes to its worker's day, a removed one takes
--    them away (a day left with none is removed).
CREATE TRIGGER `hours_worker_days_insert` AFTER INSERT ON `hours` BEGIN
  INSERT INTO `worker_days` (`worker_id`, `day`, `minutes`, `counting_minutes`)
  SELECT p.`worker_id`, NEW.`day`, NEW.`minutes`, CASE WHEN c.`counts_480` = 1 THEN NEW.`minutes` ELSE 0 END
  FROM `placements` p JOIN `clients` c ON c.`id` = p.`client_id` WHERE p.`id` = NEW.`placement_id`
  ON CONFLICT (`worker_id`, `day`) DO UPDATE SET `minutes` = `minutes` + excluded.`minutes`, `counting_minutes` = `counting_minutes` + excluded.`counting_minutes`;
END;
--> statement-breakpoint
CREATE TRIGGER `hours_worker_days_delete` AFTER DELETE ON `hours` BEGIN
  UPDATE `worker_days` SET `minutes` = `worker_days`.`minutes` - OLD.`minutes`,
    `counting_minutes` = `worker_days`.`counting_minutes` - CASE WHEN c.`counts_480` = 1 THEN OLD.`minutes` ELSE 0 END
  FROM `placements` p JOIN `clients` c ON c.`id` = p.`client_id`
  WHERE p.`id` = OLD.`placement_id` AND `worker_days`.`worker_id` = p.`worker_id` AND `worker_days`.`day` = OLD.`day`;
  DELETE FROM `worker_days` WHERE `day` = OLD.`day` AND `minutes` <= 0
    AND `worker_id` = (SELECT `worker_id` FROM `placements` WHERE `id` = OLD.`placement_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `hours_worker_days_update` AFTER UPDATE OF `placement_id`, `day`, `minutes` ON `hours` BEGIN
  UPDATE `worker_days` SET `minutes` = `worker_days`.`minutes` - OLD.`minutes`,
    `counting_minutes` = `worker_days`.`counting_minutes` - CASE WHEN c.`counts_480` = 1 THEN OLD.`minutes` ELSE 0 END
  FROM `placements` p JOIN `clients` c ON c.`id` = p.`client_id`
  WHERE p.`id` = OLD.`placement_id` AND `worker_days`.`worker_id` = p.`worker_id` AND `worker_days`.`day` = OLD.`day`;
  DELETE FROM `worker_days` WHERE `day` = OLD.`day` AND `minutes` <= 0
    AND `worker_id` = (SELECT `worker_id` FROM `placements` WHERE `id` = OLD.`placement_id`);
  INSERT INTO `worker_days` (`worker_id`, `day`, `minutes`, `counting_minutes`)
  SELECT p.`worker_id`, NEW.`day`, NEW.`minutes`, CASE WHEN c.`counts_480` = 1 THEN NEW.`minutes` ELSE 0 END
  FROM `placements` p JOIN `clients` c ON c.`id` = p.`client_id` WHERE p.`id` = NEW.`placement_id`
  ON CONFLICT (`worker_id`, `day`) DO UPDATE SET `minutes` = `minutes` + excluded.`minutes`, `counting_minutes` = `counting_minutes` + excluded.`counting_minutes`;
END;
--> statement-breakpoint
-- A placement moved to another worker or client takes its hours with it.
CREATE TRIGGER `placements_worker_days` AFTER UPDATE OF `worker_id`, `client_id` ON `placements`
WHEN OLD.`worker_id` <> NEW.`worker_id` OR OLD.`client_id` <> NEW.`client_id` BEGIN
  UPDATE `worker_days` SET `minutes` = `worker_days`.`minutes` - h.`minutes`,
    `counting_minutes` = `worker_days`.`counting_minutes` - CASE WHEN (SELECT `counts_480` FROM `clients` WHERE `id` = OLD.`client_id`) = 1 THEN h.`minutes` ELSE 0 END
  FROM (SELECT `day`, `minutes` FROM `hours` WHERE `placement_id` = NEW.`id`) h
  WHERE `worker_days`.`worker_id` = OLD.`worker_id` AND `worker_days`.`day` = h.`day`;
  DELETE FROM `worker_days` WHERE `worker_id` = OLD.`worker_id` AND `minutes` <= 0;
  INSERT INTO `worker_days` (`worker_id`, `day`, `minutes`, `counting_minutes`)
  SELECT NEW.`worker_id`, h.`day`, h.`minutes`, CASE WHEN c.`counts_480` = 1 THEN h.`minutes` ELSE 0 END
  FROM `hours` h JOIN `clients` c ON c.`id` = NEW.`client_id` WHERE h.`placement_id` = NEW.`id`
  ON CONFLICT (`worker_id`, `day`) DO UPDATE SET `minutes` = `minutes` + excluded.`minutes`, `counting_minutes` = `counting_minutes` + excluded.`counting_minutes`;
END;
--> statement-breakpoint
-- A client that starts or stops counting towards the 480 h changes the counting minutes of every day worked for it.
CREATE TRIGGER `clients_worker_days` AFTER UPDATE OF `counts_480` ON `clients` WHEN OLD.`counts_480` <> NEW.`counts_480` BEGIN
  UPDATE `worker_days` SET `counting_minutes` = `worker_days`.`counting_minutes` + CASE WHEN NEW.`counts_480` = 1 THEN s.`minutes` ELSE -s.`minutes` END
  FROM (SELECT p.`worker_id`, h.`day`, SUM(h.`minutes`) AS `minutes` FROM `placements` p JOIN `hours` h ON h.`placement_id` = p.`id`
        WHERE p.`client_id` = NEW.`id` GROUP BY p.`worker_id`, h.`day`) s
  WHERE `worker_days`.`worker_id` = s.`worker_id` AND `worker_days`.`day` = s.`day`;
END;
