-- 0005: the keep-in-touch rule lives in the domain only (SPEC §5, src/domain/rhythm.ts). Migration
-- 0003 restated it in SQL — views that picked the cadence and added it to the last contact, and
-- triggers that kept each contact's last_contact_on, due_day and cadence_days in step — so the
-- rule existed twice and could drift apart. The columns and their indexes (0003, 0004) stay, as
-- facts the store keeps for speed; from now on the store writes them from the domain's dueOf in
-- the same transaction as each change that moves them (src/store/rhythm.ts). The values 0003's
-- triggers left are those dueOf gives, so nothing is recomputed here.

DROP TRIGGER conversations_insert_rhythm;
DROP TRIGGER conversations_delete_rhythm;
DROP TRIGGER conversations_update_rhythm;
DROP TRIGGER contacts_insert_rhythm;
DROP TRIGGER contacts_update_rhythm;
DROP TRIGGER contact_tags_insert_rhythm;
DROP TRIGGER contact_tags_delete_rhythm;
DROP TRIGGER tags_insert_rhythm;
DROP TRIGGER tags_update_rhythm;
DROP TRIGGER tags_delete_rhythm;
DROP TRIGGER settings_insert_rhythm;
DROP TRIGGER settings_update_rhythm;
DROP TRIGGER settings_delete_rhythm;

DROP VIEW contact_due;
DROP VIEW contact_cadence;
