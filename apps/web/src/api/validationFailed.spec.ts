import { validationFailedMessage } from './validationFailed';

describe('VALIDATION_FAILED in the words of the form', () => {
  it('says which field to fill in, in Chinese, for the rules users meet', () => {
    expect(validationFailedMessage(['text: text must be longer than or equal to 1 characters'])).toBe(
      '提交的内容不符合要求：请填写正文',
    );
    expect(
      validationFailedMessage([
        'newPassword: newPassword must be longer than or equal to 10 characters',
        'comment: comment must be shorter than or equal to 4800 characters',
        'meetingBody: meetingBody should not be empty',
      ]),
    ).toBe('提交的内容不符合要求：新密码至少 10 个字符；意见最多 4800 个字符；请填写会议名称');
  });

  it('says the password rules a new user meets in Chinese (a walk, stop 46, read the English)', () => {
    expect(validationFailedMessage(['password: password must not be the published demo password'])).toBe(
      '提交的内容不符合要求：密码不能使用公开的演示密码，请另设',
    );
    expect(validationFailedMessage(['newPassword: newPassword must contain a letter and a digit'])).toBe(
      '提交的内容不符合要求：新密码须同时包含字母和数字',
    );
  });

  it('names a field that is not taken, with or without the list of those that are', () => {
    expect(validationFailedMessage(['page: property page should not exist (accepted: limit, offset)'])).toBe(
      '提交的内容不符合要求：不应提交 page',
    );
  });

  it('asks for a required field left out', () => {
    expect(validationFailedMessage(['reason: reason is required'])).toBe('提交的内容不符合要求：请填写理由');
  });

  it('says which field holds an invisible character', () => {
    expect(
      validationFailedMessage([
        'title: title must not contain invisible characters (zero-width spaces, direction marks, line breaks); retype it',
        'copiesTo: copiesTo must not contain invisible characters (zero-width spaces, direction marks, line breaks); retype it',
      ]),
    ).toBe(
      '提交的内容不符合要求：标题含有不可见字符（零宽空格、方向控制符或换行），请删除后重新输入；抄送含有不可见字符（零宽空格、方向控制符或换行），请删除后重新输入',
    );
  });

  it('says which field holds a direction control character, and asks for a reason of nothing visible', () => {
    expect(
      validationFailedMessage([
        'reason: reason must not contain direction control characters (U+202A-U+202E, U+2066-U+2069); retype it',
        'displayName: displayName should not be empty',
      ]),
    ).toBe('提交的内容不符合要求：理由含有文字方向控制符（会使文字倒序显示），请删除后重新输入；请填写姓名');
  });

  it("keeps the server's words for a rule it does not know, never another rule", () => {
    expect(validationFailedMessage(['targets: each target must name a unit below the issuer'])).toBe(
      '提交的内容不符合要求：targets: each target must name a unit below the issuer',
    );
  });
});
