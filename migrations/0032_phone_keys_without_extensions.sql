-- 0032: a phone's key leaves out an extension after the number, and the country code of a number
-- written with one (src/domain/phoneNumbers.ts). "+1-418-656-9254 ext. 102", as an import keeps
-- vCard's tel:+1-418-656-9254;ext=102, was keyed by the last nine digits of 14186569254102, and
-- "+45 20 12 34 56" by those of 4520123456, not as 20 12 34 56: the person was not found by their
-- own number, and the same number written the other way made a second person. The keys already
-- stored are computed again by the domain's phoneKey (rel_phone_key, registered on the connection
-- before migrating, as 0010 did); the search index's trigger on phone_key (0014) indexes each
-- changed phone again.
UPDATE contact_phones SET phone_key = rel_phone_key(phone) WHERE phone_key IS NOT rel_phone_key(phone);
