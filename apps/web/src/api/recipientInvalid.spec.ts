import { recipientInvalidMessage } from './recipientInvalid';

describe('recipientInvalidMessage', () => {
  it('says why each recipient cannot be named, bodies by their names', () => {
    const message = recipientInvalidMessage({
      statusCode: 400,
      error: 'RECIPIENT_INVALID',
      message: 'These recipients cannot be named: …',
      details: {
        problems: [
          {
            unitId: 'state_council',
            reason:
              "the routing table does not send the report of 甲镇、乙镇 and 2 more to 国务院 (docs/domain.md, Routing: only a province's 党委 and government report to 党中央、国务院)",
          },
          { unitId: '0190-unit', reason: 'a target of this campaign' },
        ],
      },
    });
    expect(message).toBe(
      '主送、抄送单位有误：国务院：按报送路径，甲镇、乙镇等4个单位的报告不报送国务院（只有省级党委、政府向党中央、国务院报告）；所选单位是本任务的报送单位，不能同时作为收件单位。',
    );
  });
});
