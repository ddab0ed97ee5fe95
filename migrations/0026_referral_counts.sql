-- 0026: how many people each contact referred, kept as they change, for `rel stats` (issue 16).
-- Its top referrers counted every referred contact from contacts_referred_by, one index entry at
-- a time: some 13 ms of every `rel stats` on a large journal against 2 ms on M, growing with the
-- journal while the five it shows do not (BENCHMARKS.md). Now triggers keep each referrer's count
-- in counts_referrals, in the same transaction as the contact, as 0019 and 0025 keep the
-- conversations' counts: an undo, an import and its undo, a merge, a purge or a restore goes
-- through the same inserts, updates and deletes (a referrer's removal too: ON DELETE SET NULL
-- updates the people they referred). The table is derived: no undo triggers of its own, and a
-- referrer's row goes with their last referral, so an undo leaves the table as it was. The
-- referrer is the id as contacts.referred_by holds it, whether or not a contact has it (rel stats
-- keeps to those that do, as before). `rel doctor` counts them again (its "referrers" check).
CREATE TABLE counts_referrals (
  referrer_id INTEGER PRIMARY KEY,  -- contacts.referred_by
  referrals   INTEGER NOT NULL
);
-- The most referrals first: the top is read from its head.
CREATE INDEX counts_referrals_most ON counts_referrals(referrals);

INSERT INTO counts_referrals (referrer_id, referrals)
SELECT referred_by, count(*) FROM contacts WHERE referred_by IS NOT NULL GROUP BY referred_by;

CREATE TRIGGER counts_referrals_insert AFTER INSERT ON contacts WHEN new.referred_by IS NOT NULL BEGIN
  INSERT INTO counts_referrals (referrer_id, referrals) VALUES (new.referred_by, 1)
  ON CONFLICT (referrer_id) DO UPDATE SET referrals = referrals + 1;
END;
CREATE TRIGGER counts_referrals_delete AFTER DELETE ON contacts WHEN old.referred_by IS NOT NULL BEGIN
  UPDATE counts_referrals SET referrals = referrals - 1 WHERE referrer_id = old.referred_by;
  DELETE FROM counts_referrals WHERE referrer_id = old.referred_by AND referrals = 0;
END;
CREATE TRIGGER counts_referrals_unrefer AFTER UPDATE OF referred_by ON contacts
WHEN old.referred_by IS NOT NULL AND old.referred_by IS NOT new.referred_by BEGIN
  UPDATE counts_referrals SET referrals = referrals - 1 WHERE referrer_id = old.referred_by;
  DELETE FROM counts_referrals WHERE referrer_id = old.referred_by AND referrals = 0;
END;
CREATE TRIGGER counts_referrals_refer AFTER UPDATE OF referred_by ON contacts
WHEN new.referred_by IS NOT NULL AND old.referred_by IS NOT new.referred_by BEGIN
  INSERT INTO counts_referrals (referrer_id, referrals) VALUES (new.referred_by, 1)
  ON CONFLICT (referrer_id) DO UPDATE SET referrals = referrals + 1;
END;
