/** Punctuation that closes a comment and would clash with the "，" the notification puts after it. */
const CLOSING = /[\s。，、；：,.;:]+$/u;

/**
 * The "，意见：…" clause of a notification. The comment is the reviewer's own sentence, usually ended
 * with "。"; when the notification goes on after it ("，办理期限：…") the closing mark is dropped so the
 * text does not read "同意报送。，办理期限" (walk P22). When the comment ends the notification it is
 * shown as written. "？" and "！" say something and are always kept.
 */
export function commentClause(comment: string | null | undefined, textFollows: boolean): string {
  const written = (comment ?? '').trim();
  const text = textFollows ? written.replace(CLOSING, '') : written;
  return text && text !== '。' ? `，意见：${text}` : '';
}
