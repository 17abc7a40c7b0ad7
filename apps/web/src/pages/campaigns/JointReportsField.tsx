import { Checkbox, Form, Space, Typography } from 'antd';
import { jointPairLabel, type JointPairChoice } from './jointPairs';

/**
 * 联合报告: when a place's 党委 and 政府 are both chosen, the issuer may let them write one joint report
 * (the government drafts it, both principal leaders sign it). Shown only when such a pair is chosen.
 */
export function JointReportsField({ candidates }: { candidates: JointPairChoice[] }) {
  if (candidates.length === 0) return null;
  return (
    <Form.Item
      label="联合报告"
      name="jointPartyCommitteeIds"
      tooltip="党委、政府联合报送一份报告：由政府起草，政府和党委主要负责人先后签发"
      extra="不勾选则党委、政府各自报送一份报告"
    >
      <Checkbox.Group data-testid="joint-reports">
        <Space orientation="vertical">
          {candidates.map((pair) => (
            <Checkbox key={pair.partyCommittee.id} value={pair.partyCommittee.id}>
              <Typography.Text>{jointPairLabel(pair)}</Typography.Text>
            </Checkbox>
          ))}
        </Space>
      </Checkbox.Group>
    </Form.Item>
  );
}
