import { commentClause } from './comment-clause';

describe('the comment in a notification (walk P22: "同意报送。，办理期限")', () => {
  it('drops the closing 。 (and spaces, commas, semicolons) when the notification goes on after it', () => {
    expect(commentClause('同意报送。', true)).toBe('，意见：同意报送');
    expect(commentClause('第二部分请补充数据；  ', true)).toBe('，意见：第二部分请补充数据');
  });
  it('shows the comment as written when it ends the notification', () => {
    expect(commentClause('内容为空，请先起草。', false)).toBe('，意见：内容为空，请先起草。');
  });
  it('keeps a question or an exclamation, and the punctuation inside', () => {
    expect(commentClause('数据是否准确？', true)).toBe('，意见：数据是否准确？');
    expect(commentClause('一、删去标题。二、补充数据', true)).toBe('，意见：一、删去标题。二、补充数据');
  });
  it('says nothing without a comment', () => {
    expect(commentClause(null, true)).toBe('');
    expect(commentClause('。', true)).toBe('');
    expect(commentClause('。', false)).toBe('');
  });
});
