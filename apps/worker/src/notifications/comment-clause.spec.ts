import { commentClause } from './comment-clause';

describe('the comment in a notification (walk P22: "同意报送。，办理期限")', () => {
  it('drops the closing 。 (and spaces, commas, semicolons) before the text goes on', () => {
    expect(commentClause('同意报送。')).toBe('，意见：同意报送');
    expect(commentClause('第二部分请补充数据；  ')).toBe('，意见：第二部分请补充数据');
  });
  it('keeps a question or an exclamation, and the punctuation inside', () => {
    expect(commentClause('数据是否准确？')).toBe('，意见：数据是否准确？');
    expect(commentClause('一、删去标题。二、补充数据')).toBe('，意见：一、删去标题。二、补充数据');
  });
  it('says nothing without a comment', () => {
    expect(commentClause(null)).toBe('');
    expect(commentClause('。')).toBe('');
  });
});
