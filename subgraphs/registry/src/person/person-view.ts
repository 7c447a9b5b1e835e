/**
 * How much of a person a caller sees on the ordinary fields:
 * FULL — name and phone: only the person themself;
 * NAMED — name, phone masked (area and organisation roles whose places the person lives or owns in);
 * MASKED — surname only and no phone (everyone else, e.g. one resident looking at another).
 * Anyone else who needs the full phone asks for `Person.contact(purpose)`, which is audited. Who sees which is
 * decided in person.access.ts.
 */
export enum PersonView {
  FULL = 'FULL',
  NAMED = 'NAMED',
  MASKED = 'MASKED',
}

/** 张三丰 → 张**; keeps the surname so the name stays recognisable to people who already know it. */
export function maskName(name: string): string {
  const characters = [...name];
  return characters[0] + '*'.repeat(Math.max(1, characters.length - 1));
}

/** 13812345678 → 138****5678; short numbers keep only their last two digits. */
export function maskPhone(phone: string): string {
  if (phone.length >= 11) return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  return `${'*'.repeat(Math.max(0, phone.length - 2))}${phone.slice(-2)}`;
}
