const DIGITS = '零一二三四五六七八九';
const SMALL_UNITS = ['', '十', '百', '千'];
const SECTION_UNITS = ['', '万', '亿', '万亿'];

/** 0–9999 in words, without leading 零. */
function section(value: number): string {
  let text = '';
  let zero = false;
  for (let position = 3; position >= 0; position -= 1) {
    const digit = Math.floor(value / 10 ** position) % 10;
    if (digit === 0) {
      if (text) zero = true;
      continue;
    }
    if (zero) text += '零';
    zero = false;
    text += DIGITS[digit] + SMALL_UNITS[position];
  }
  return text;
}

/** A non-negative integer in Chinese words (小写), e.g. 1204 → 一千二百零四, 15 → 十五. */
export function integerInWords(value: number | bigint): string {
  let rest = BigInt(value);
  if (rest < 0n) throw new RangeError('integerInWords takes a non-negative integer');
  if (rest === 0n) return '零';
  const sections: number[] = [];
  while (rest > 0n) {
    sections.push(Number(rest % 10000n));
    rest /= 10000n;
  }
  let text = '';
  for (let index = sections.length - 1; index >= 0; index -= 1) {
    const value = sections[index];
    if (value === 0) continue;
    // A zero is read where a section below the first is short of four digits (一万零五百).
    if (text && (value < 1000 || sections[index + 1] === 0)) text += '零';
    text += section(value) + SECTION_UNITS[index];
  }
  text = text.replace(/零+/g, '零');
  return text.startsWith('一十') ? text.slice(1) : text;
}

/** A decimal string such as "1234.50" in words: 一千二百三十四点五; integers keep no 点. */
export function decimalInWords(decimal: string): string {
  const [whole, fraction = ''] = decimal.trim().split('.');
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(fraction)) throw new RangeError('decimalInWords takes a decimal string such as "1234.56"');
  const digits = fraction.replace(/0+$/, '');
  return integerInWords(BigInt(whole)) + (digits ? '点' + [...digits].map((digit) => DIGITS[Number(digit)]).join('') : '');
}

/** A fraction in words: 2/3 → 三分之二. */
export function fractionInWords(numerator: number, denominator: number): string {
  return `${integerInWords(denominator)}分之${integerInWords(numerator)}`;
}
