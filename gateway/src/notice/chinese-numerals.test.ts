import { decimalInWords, fractionInWords, integerInWords } from './chinese-numerals.js';

describe('Chinese numerals', () => {
  it('reads integers as they are written on notices', () => {
    expect([0, 7, 10, 15, 20, 105, 110, 1000, 1004, 1204, 10000, 10500, 100005, 120000, 1000000, 123456789].map(integerInWords)).toEqual([
      '零', '七', '十', '十五', '二十', '一百零五', '一百一十', '一千', '一千零四', '一千二百零四', '一万', '一万零五百', '十万零五', '十二万', '一百万',
      '一亿二千三百四十五万六千七百八十九',
    ]);
  });

  it('reads decimal areas digit by digit after 点', () => {
    expect(decimalInWords('12345.67')).toBe('一万二千三百四十五点六七');
    expect(decimalInWords('100.50')).toBe('一百点五');
    expect(decimalInWords('88.00')).toBe('八十八');
  });

  it('reads thresholds as fractions', () => {
    expect([fractionInWords(2, 3), fractionInWords(1, 2), fractionInWords(3, 4)]).toEqual(['三分之二', '二分之一', '四分之三']);
  });

  it('refuses what is not a number', () => {
    expect(() => decimalInWords('12,5')).toThrow(RangeError);
    expect(() => integerInWords(-1)).toThrow(RangeError);
  });
});
