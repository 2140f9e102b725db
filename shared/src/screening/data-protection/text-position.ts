export interface TextPosition {
  /** 1-based line number. */
  line: number;
  /** 1-based column, counted in UTF-16 code units like JavaScript string offsets. */
  column: number;
}

// Builds the line table once so that turning many hits in a large text into positions stays
// cheap (binary search instead of rescanning from the start for each hit).
export function createPositionFinder(text: string): (offset: number) => TextPosition {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) lineStarts.push(i + 1);
    else if (ch === 13 && text.charCodeAt(i + 1) !== 10) lineStarts.push(i + 1); // lone CR
  }
  return (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] as number) + 1 };
  };
}
