import { createHmac } from 'node:crypto';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** Upper-cases and strips spaces, so the same ID number always hashes the same way. */
export function normalizeIdNumber(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

/**
 * Whether an 18-character resident ID number (公民身份号码, GB 11643-1999) is well formed: 17 digits, a valid
 * birth date, and the ISO 7064 MOD 11-2 check character.
 */
export function isValidIdNumber(idNumber: string): boolean {
  if (!/^\d{17}[\dX]$/.test(idNumber)) return false;
  const year = Number(idNumber.slice(6, 10));
  const month = Number(idNumber.slice(10, 12));
  const day = Number(idNumber.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day || birth.getTime() > Date.now()) return false;
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(idNumber[index]), 0);
  return CHECK_CHARACTERS[sum % 11] === idNumber[17];
}

/** The keyed hash stored instead of the ID number: equal numbers give equal hashes; without the key it reveals nothing. */
export function hashIdNumber(idNumber: string, key: string): string {
  return createHmac('sha256', key).update(normalizeIdNumber(idNumber)).digest('hex');
}
