/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character alphabet
 * (digits and capital letters without I, O, Z, S, V). Positions 1–2 are the registering authority and kind,
 * 3–8 the administrative region, 9–17 the organisation code (GB 11714, with its own check character) and 18 the
 * check character computed over positions 1–17 with weights 3^(i-1) mod 31.
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORGANIZATION_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The GB 32100 check character for the first 17 characters of a code. */
export function creditCodeCheckCharacter(first17: string): string {
  const sum = CODE_WEIGHTS.reduce((total, weight, index) => total + weight * CREDIT_CODE_ALPHABET.indexOf(first17[index]), 0);
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
}

/** The GB 11714 check character of an organisation code's first 8 characters (digits and letters A=10 … Z=35). */
export function organizationCodeCheckCharacter(first8: string): string {
  const sum = ORGANIZATION_WEIGHTS.reduce((total, weight, index) => total + weight * parseInt(first8[index], 36), 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

export type CreditCodeProblem = 'LENGTH' | 'CHARACTERS' | 'CHECK_CHARACTER';

/** Why a code is not a valid unified social credit code, or null when it is. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'LENGTH';
  if (!SHAPE.test(code)) return 'CHARACTERS';
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code[17]) return 'CHECK_CHARACTER';
  return null;
}

/** Completes 17 characters into a valid code (for demo data and tests). */
export function withCreditCodeCheck(first17: string): string {
  return first17 + creditCodeCheckCharacter(first17);
}
