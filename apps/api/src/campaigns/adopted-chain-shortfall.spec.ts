import { adoptedChainShortfalls } from './adopted-chain-shortfall';

const ALL = { deliberation: true, legalReview: true, signOff: true };
const adopted = (name: string, workflowId: string, workflowVersion: number) => ({
  unit: { id: `${name}-id`, name },
  report: { id: `${name}-report`, workflowId, workflowVersion },
});

describe('adopted reports short of the campaign’s 内部审核流程要求', () => {
  it('names each adopted report whose path lacks a required step, in the targets’ order', () => {
    expect(
      adoptedChainShortfalls(
        [
          adopted('交通运输局', 'without-legal-review', 2),
          adopted('水利局', 'default', 3),
          adopted('公路局', 'with-division-leader-without-legal-review', 2),
        ],
        ALL,
      ),
    ).toEqual([
      {
        unit: { id: '交通运输局-id', name: '交通运输局' },
        reportId: '交通运输局-report',
        workflow: { id: 'without-legal-review', version: 2 },
        missing: [{ rule: 'legalReview', label: '法律顾问审查' }],
      },
      {
        unit: { id: '公路局-id', name: '公路局' },
        reportId: '公路局-report',
        workflow: { id: 'with-division-leader-without-legal-review', version: 2 },
        missing: [{ rule: 'legalReview', label: '法律顾问审查' }],
      },
    ]);
  });

  it('names nothing when the campaign does not require the missing step, or nothing was adopted', () => {
    expect(
      adoptedChainShortfalls([adopted('交通运输局', 'without-legal-review', 2)], {
        ...ALL,
        legalReview: false,
      }),
    ).toEqual([]);
    expect(adoptedChainShortfalls([], ALL)).toEqual([]);
  });
});
