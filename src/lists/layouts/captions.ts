/**
 * Captions between tables: 表一：行政处罚（共14项）, 表二：其他权责事项（共10项）. They name the type
 * of the items of the table that follows.
 */

const CAPTION = /^\s*表[一二三四五六七八九十\d]+\s*[：:、.．]?\s*(.*?)\s*(?:[（(]\s*共\s*\d+\s*项\s*[）)])?\s*$/;

/** Whether a line is a table caption. */
export function isCaption(line: string): boolean {
  return CAPTION.test(line) && line.trim().length <= 40;
}

/** The item type a caption names (其他权责事项), or null. */
export function captionType(line: string): string | null {
  const m = CAPTION.exec(line);
  const t = m?.[1]?.trim();
  return t ? t : null;
}

/** Lines that end a table in Word-extracted text: a caption or a new list's title. */
export function isTableBoundary(line: string): boolean {
  const t = line.trim();
  if (isCaption(t)) return true;
  return t.length <= 60 && /(?:清单|清单目录|清单[（(][^）)]{1,6}[）)])$/.test(t);
}
