import D from 'better-sqlite3';
const db = new D('/tmp/li3.db', {readonly: true});
const T = (label, f) => { const t = performance.now(); const r = f(); console.log(label.padEnd(14), (performance.now()-t).toFixed(1), 'ms', r); };
T('emails', () => { const m = new Map(); for (const r of db.prepare('SELECT contact_id, email FROM contact_emails ORDER BY contact_id').iterate()) { const k = r.email.toLowerCase(); if (!m.has(k)) m.set(k, r.contact_id); } return m.size; });
T('phones', () => { let n = 0; for (const r of db.prepare('SELECT contact_id, phone FROM contact_phones').iterate()) n++; return n; });
T('names', () => { const m = new Map(); for (const r of db.prepare('SELECT id, name_key FROM contacts ORDER BY id').iterate()) { const o = m.get(r.name_key); if (o) o.push(r.id); else m.set(r.name_key, [r.id]); } return m.size; });
T('referrals', () => db.prepare('SELECT id, name, referred_by FROM contacts WHERE referred_by IS NOT NULL').all().length);
