// Remembered details: "expecting her first baby" (dated 2027-03), "loves golf", yearly anniversaries.
import type { Detail } from '../domain/records.js';
import type { Journal } from './journal.js';


export interface DetailRow {
  id: number;
  contact_id: number;
  contact_name: string;
  text: string;
  date: string | null;
  yearly: number;
  created_at: string;
}

const SELECT = 'SELECT d.*, c.name AS contact_name FROM details d JOIN contacts c ON c.id = d.contact_id';

export function toDetail(r: DetailRow): Detail {
  return { id: r.id, contactId: r.contact_id, contactName: r.contact_name, text: r.text, date: r.date, yearly: r.yearly === 1, createdAt: r.created_at };
}

export function insertDetail(j: Journal, d: { contactId: number; text: string; date: string | null; yearly: boolean }, at: string): number {
  const result = j.stmt('INSERT INTO details (contact_id, text, date, yearly, created_at) VALUES (?, ?, ?, ?, ?)').run(d.contactId, d.text.trim(), d.date, d.yearly ? 1 : 0, at);
  return Number(result.lastInsertRowid);
}

export function getDetail(j: Journal, id: number): Detail | undefined {
  const row = j.stmt<[number], DetailRow>(`${SELECT} WHERE d.id = ?`).get(id);
  return row && toDetail(row);
}

export function detailsOf(j: Journal, contactId: number): Detail[] {
  return j.stmt<[number], DetailRow>(`${SELECT} WHERE d.contact_id = ? ORDER BY d.id`).all(contactId).map(toDetail);
}

export function deleteDetail(j: Journal, id: number): void {
  j.stmt('DELETE FROM details WHERE id = ?').run(id);
}

/** A new text or date, or a detail moved to the person it is about (contactId). */
export function updateDetail(j: Journal, id: number, d: { contactId: number; text: string; date: string | null; yearly: boolean }): void {
  j.stmt('UPDATE details SET contact_id = ?, text = ?, date = ?, yearly = ? WHERE id = ?').run(d.contactId, d.text, d.date, d.yearly ? 1 : 0, id);
}
