// What rel takes for an email address, typed (--email) or imported: something@somewhere, no
// spaces. Deliberately loose: a stricter rule would refuse real addresses, and the point is only
// to catch a phone number or a note typed into the wrong field.

export function isEmailAddress(text: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(text);
}

/** Whether what someone typed to name a person is an email address: then it names whoever has it, never a new person. */
export function readsAsEmailAddress(text: string): boolean {
  return isEmailAddress(text.trim());
}
