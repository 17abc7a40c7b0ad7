/** Punctuation that closes a comment and would clash with the "，" the notification puts after it. */
const CLOSING = /[\s。，、；：,.;:]+$/u;

/**
 * The "，意见：…" clause of a notification. The comment is the reviewer's own sentence, usually ended
 * with "。", and the notification goes on with "，办理期限：…": the closing mark is dropped so the text
 * does not read "同意报送。，办理期限" (walk P22). "？" and "！" say something and are kept.
 */
export function commentClause(comment: string | null | undefined): string {
  const text = (comment ?? '').replace(CLOSING, '');
  return text ? `，意见：${text}` : '';
}
