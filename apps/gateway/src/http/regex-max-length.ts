/**
 * The longest string an anchored regular expression (`^...$`) can match, or Infinity: a `pattern` like
 * `^\+[1-9]\d{6,14}$` bounds a string's length as surely as a maxLength, so the OpenAPI document can say so.
 * Understands what the contracts' patterns use: literals, escapes, classes, groups with alternatives, lookaheads and
 * quantifiers; anything it cannot read counts as unbounded.
 */
export function regexMaxLength(pattern: string): number {
  if (!pattern.startsWith('^') || !pattern.endsWith('$') || pattern.endsWith('\\$')) return Infinity;
  try {
    const parser = new Parser(pattern.slice(1, -1));
    const length = parser.alternatives();
    return parser.done() ? length : Infinity;
  } catch {
    return Infinity;
  }
}

class Parser {
  private at = 0;
  constructor(private readonly source: string) {}

  done(): boolean {
    return this.at === this.source.length;
  }

  /** `a|b|c` up to a closing parenthesis or the end: the longest alternative. */
  alternatives(): number {
    let longest = this.sequence();
    while (this.source[this.at] === '|') {
      this.at++;
      longest = Math.max(longest, this.sequence());
    }
    return longest;
  }

  private sequence(): number {
    let total = 0;
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')')
      total += this.quantified(this.atom());
    return total;
  }

  private atom(): number {
    const char = this.source[this.at++];
    if (char === '\\') {
      this.at += this.source[this.at] === 'u' ? 5 : 1;
      return 1;
    }
    if (char === '[') {
      while (this.source[this.at] !== ']') {
        if (this.at >= this.source.length) throw new Error('unclosed class');
        this.at += this.source[this.at] === '\\' ? 2 : 1;
      }
      this.at++;
      return 1;
    }
    if (char === '(') {
      const lookaround = /^\?<?[=!]/.test(this.source.slice(this.at, this.at + 3));
      if (this.source.startsWith('?:', this.at)) this.at += 2;
      else if (lookaround) this.at += this.source[this.at + 1] === '<' ? 3 : 2;
      const inner = this.alternatives();
      if (this.source[this.at++] !== ')') throw new Error('unclosed group');
      return lookaround ? 0 : inner;
    }
    if (char === '^' || char === '$') return 0;
    if ('*+?{)|'.includes(char)) throw new Error(`unexpected ${char}`);
    return 1;
  }

  private quantified(length: number): number {
    const char = this.source[this.at];
    let times = 1;
    if (char === '?') {
      this.at++;
    } else if (char === '*' || char === '+') {
      this.at++;
      times = Infinity;
    } else if (char === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!match) return length;
      this.at += match[0].length;
      times = match[2] === undefined ? Number(match[1]) : match[3] === '' ? Infinity : Number(match[3]);
    } else {
      return length;
    }
    if (this.source[this.at] === '?') this.at++; // lazy
    return length === 0 ? 0 : length * times;
  }
}
