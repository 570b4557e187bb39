// Where JSON text breaks, as "line 3, column 7". JSON.parse in Node 20 / Chrome names the offset only in
// some messages ("Unexpected token '}', ..." has none), so the offset is found by a small JSON scanner run
// only after JSON.parse has already failed.

class Stop {
  constructor(readonly at: number) {}
}

const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Offset of the first character a strict JSON parser rejects (text.length when the text ends too early); -1 if none found. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const stop = (): never => {
    throw new Stop(i);
  };
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) return void i++;
      if (c < 0x20) stop();
      if (c === 0x5c) {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) stop();
          i += 5;
        } else if (i < text.length && '"\\/bfnrt'.includes(text[i]!)) i++;
        else stop();
        continue;
      }
      i++;
    }
    stop();
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '"') return string();
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) return void i++;
      for (;;) {
        if (c === '{') {
          ws();
          if (text[i] !== '"') stop();
          string();
          ws();
          if (text[i] !== ':') stop();
          i++;
        }
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === close) return void i++;
        else stop();
      }
    }
    for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return void (i += word.length);
    number.lastIndex = i;
    if (number.test(text)) return void (i = number.lastIndex);
    stop();
  };
  try {
    value();
    ws();
    return i < text.length ? i : -1;
  } catch (e) {
    if (e instanceof Stop) return e.at;
    return -1; // nested too deep for the scanner: no position rather than a crash
  }
}

/** "line 3, column 7" (both from 1) for an offset in text. */
export function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/** A JSON.parse error with where it happened: "line 3, column 7: Unexpected token '}', …". */
export function describeJsonError(text: string, error: unknown): string {
  // The position is given as line and column instead; V8's quoted snippet can span lines.
  const message = (error as Error).message.replace(/ at position \d+[\s\S]*$/, '').replace(/ in JSON$/, '').replace(/, [\s\S]* is not valid JSON$/, '');
  const at = jsonErrorOffset(text);
  return at < 0 ? message : `${lineColumn(text, at)}: ${message}`;
}
