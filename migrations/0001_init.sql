-- 0001: the core journal. People, what was said, what to remember, what was promised.
-- Dates are calendar days as text ('YYYY-MM-DD'); a date without a year is '--MM-DD' (as in
-- vCard) and a month-only date 'YYYY-MM'. Times of writing are UTC ISO instants.
-- name_key is the name lowercased without accents, kept by rel, so lookups need no scan of names.

CREATE TABLE contacts (
  id             INTEGER PRIMARY KEY,
  name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
  name_key       TEXT NOT NULL,
  company        TEXT,
  role           TEXT,
  birthday       TEXT,                 -- 'YYYY-MM-DD' or '--MM-DD'
  customer_since TEXT,                 -- 'YYYY-MM-DD'
  cadence        TEXT,                 -- keep-in-touch duration such as '2w'; NULL: tag or default
  met            TEXT,                 -- how you met
  referred_by    INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
  archived       INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  paused_until   TEXT,                 -- no drifting until this day
  created_on     TEXT NOT NULL,        -- local calendar day it was added: drifting counts from it
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
);
CREATE INDEX contacts_name_key ON contacts(name_key);
CREATE INDEX contacts_referred_by ON contacts(referred_by);

CREATE TABLE contact_emails (
  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  email      TEXT NOT NULL,
  position   INTEGER NOT NULL,
  PRIMARY KEY (contact_id, email)
);
CREATE INDEX contact_emails_email ON contact_emails(email COLLATE NOCASE);

CREATE TABLE contact_phones (
  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  phone      TEXT NOT NULL,
  position   INTEGER NOT NULL,
  PRIMARY KEY (contact_id, phone)
);

CREATE TABLE contact_aliases (
  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  alias      TEXT NOT NULL,
  alias_key  TEXT NOT NULL,
  PRIMARY KEY (contact_id, alias)
);
CREATE INDEX contact_aliases_key ON contact_aliases(alias_key);

CREATE TABLE contact_tags (
  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  tag        TEXT NOT NULL,
  PRIMARY KEY (contact_id, tag)
);
CREATE INDEX contact_tags_tag ON contact_tags(tag);

-- A keep-in-touch cadence shared by everyone with the tag ("inner circle every two weeks").
CREATE TABLE tags (
  tag     TEXT PRIMARY KEY,
  cadence TEXT NOT NULL
);

CREATE TABLE conversations (
  id              INTEGER PRIMARY KEY,
  contact_id      INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  happened_on     TEXT NOT NULL,       -- local calendar day
  via             TEXT CHECK (via IN ('call', 'email', 'meeting', 'meal', 'message', 'event', 'social', 'visit', 'other')),
  note            TEXT,
  complaint       INTEGER NOT NULL DEFAULT 0 CHECK (complaint IN (0, 1)),
  resolved_on     TEXT,                -- complaints only
  resolution_note TEXT,
  created_at      TEXT NOT NULL
);
CREATE INDEX conversations_contact ON conversations(contact_id, happened_on);
CREATE INDEX conversations_happened ON conversations(happened_on);
CREATE INDEX conversations_open_complaints ON conversations(contact_id) WHERE complaint = 1 AND resolved_on IS NULL;

CREATE TABLE details (
  id         INTEGER PRIMARY KEY,
  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  text       TEXT NOT NULL CHECK (length(trim(text)) > 0),
  date       TEXT,                     -- 'YYYY-MM-DD', 'YYYY-MM' or '--MM-DD'
  yearly     INTEGER NOT NULL DEFAULT 0 CHECK (yearly IN (0, 1)),
  created_at TEXT NOT NULL
);
CREATE INDEX details_contact ON details(contact_id);
CREATE INDEX details_dated ON details(date) WHERE date IS NOT NULL;

CREATE TABLE reminders (
  id            INTEGER PRIMARY KEY,
  contact_id    INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  text          TEXT NOT NULL CHECK (length(trim(text)) > 0),
  due_on        TEXT NOT NULL,
  every         TEXT,                  -- recurrence such as '1m'
  done_on       TEXT,
  snoozed_until TEXT,
  created_at    TEXT NOT NULL
);
CREATE INDEX reminders_contact ON reminders(contact_id);
CREATE INDEX reminders_open ON reminders(due_on) WHERE done_on IS NULL;

-- Settings kept in the journal itself: cadence, today's window and limit.
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
