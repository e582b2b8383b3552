import { regexMaxLength } from './regex-max-length';

describe('regexMaxLength', () => {
  it.each([
    ['^\\+[1-9]\\d{6,14}$', 16],
    ['^\\d{3}$', 3],
    ['^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$', 64],
    ['^(?:ab|c)?x$', 3],
    ['^[0-9A-Za-z]{4,12}$', 12],
    ['^(?=\\d)\\d{2}$', 2],
    ['^a[\\]x]b$', 3],
  ])('%s is at most %d characters', (pattern, length) => expect(regexMaxLength(pattern)).toBe(length));

  it.each(['^\\d+$', '^a*$', '^\\d{2,}$', '\\d{3}', '^(unclosed$', '^\\d{3}\\$'])(
    '%s is unbounded (or unreadable)',
    (pattern) => expect(regexMaxLength(pattern)).toBe(Infinity),
  );
});
