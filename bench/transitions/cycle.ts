/**
 * The review round every benchmark report goes through, one action per state: submit, the
 * department's approval, the legal adviser's approval (with the required opinion) and the party
 * group's return (with its comment) back to drafting. It touches the completeness check, required
 * fields, comments, stage deadlines opening and closing and both outbox jobs.
 */
export interface Move {
  action: string;
  to: string;
  comment?: string;
  fields?: Record<string, string>;
}

export const NEXT_MOVE: Record<string, Move> = {
  drafting: { action: 'submit', to: 'dept_review' },
  dept_review: { action: 'approve', to: 'legal_review' },
  legal_review: {
    action: 'approve',
    to: 'party_approval',
    fields: { opinion: '经审查，报告内容合法合规。' },
  },
  party_approval: {
    action: 'return',
    to: 'drafting',
    comment: '请补充全年行政复议和应诉案件数据后重新报送。',
  },
};

/** The roles the benchmark user of a unit holds there, so one login can take every move. */
export const CYCLE_ROLES = ['drafter', 'dept_reviewer', 'legal_adviser', 'party_approver'];

export interface LiveReport {
  id: string;
  unitIndex: number;
  state: string;
  version: number;
}

/** First-in first-out list of report indexes that no client is acting on right now. */
export class IdleReports {
  private items: number[];
  private head = 0;

  constructor(count: number) {
    this.items = Array.from({ length: count }, (_, i) => i);
  }

  take(): number | undefined {
    if (this.head >= this.items.length) return undefined;
    const value = this.items[this.head++];
    if (this.head > 4096 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return value;
  }

  give(index: number): void {
    this.items.push(index);
  }
}
