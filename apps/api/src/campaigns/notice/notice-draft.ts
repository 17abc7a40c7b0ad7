import { createHash } from 'node:crypto';
import { itemLabel } from '@app/content';
import type { UnitCampaignFacts } from '../scores/campaign-facts';
import { NOTICE_LIMITS } from './notice-text';

/**
 * The 通报 draft (报送情况通报, issue #18 item 4): a title and paragraphs, one per fact category,
 * naming the units with their facts. Pure; the coordinator edits the text before issuing it.
 */
export interface NoticeDraft {
  title: string;
  paragraphs: string[];
  /** The units the draft names (to be notified when it is issued), in the order first named. */
  namedUnitIds: string[];
}

export interface NoticeDraftInput {
  reportYear: number;
  campaign: { title: string; documentNumber: string | null };
  /** 截至 this day, as the draft says. */
  asOf: string;
  facts: readonly NoticeUnitFacts[];
  /** The scoring rule's 基础分 (满分), said before the units' scores. */
  fullMarks: number;
}

/** A unit's facts and its 得分 under the campaign's rule; null: 暂不评分 (not due yet). */
export type NoticeUnitFacts = UnitCampaignFacts & { score: number | null };

const NUMERALS = '一二三四五六七八九十';
const chineseDate = (date: string) =>
  `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

interface Category {
  heading: string;
  named: Array<{ unit: UnitCampaignFacts['unit']; fact: string }>;
}

function lateFact(f: UnitCampaignFacts): string | null {
  const s = f.submission;
  if (s.kind !== 'late') return null;
  const extension = !s.extended
    ? ''
    : s.workingDaysLateAgainstExtended === null
      ? '，在延期时限内报送'
      : `，超过延期后时限${s.workingDaysLateAgainstExtended}个工作日`;
  return `逾期${s.workingDaysLateAgainstNotice}个工作日${extension}`;
}

function disclosureFact(f: UnitCampaignFacts): string | null {
  const d = f.disclosure;
  if (d.kind === 'not_published') return `${monthDay(d.dueDate)}前未公开`;
  if (d.kind === 'published_late') return `${monthDay(d.publishedOn)}公开，晚于${monthDay(d.dueDate)}`;
  return null;
}

/**
 * A list of names joined by 、 as paragraphs of at most NOTICE_LIMITS.paragraphChars, each cut between
 * two names: one paragraph naming a prefecture's hundred late units could not be saved once edited.
 */
function listParagraphs(items: readonly string[], lead = '', tail = ''): string[] {
  const limit = NOTICE_LIMITS.paragraphChars - 1;
  const paragraphs: string[] = [];
  let current = lead;
  for (const item of items) {
    const joined = current === lead ? current + item : `${current}、${item}`;
    if ([...joined].length > limit && current !== lead) {
      paragraphs.push(`${current}；`);
      current = item;
    } else current = joined;
  }
  // The closing words count too: appended to a full paragraph they took it past the limit (review, stop 52).
  if (tail !== '' && [...`${current}；${tail}`].length > limit) paragraphs.push(`${current}；`, `${tail}。`);
  else paragraphs.push(tail === '' ? `${current}。` : `${current}；${tail}。`);
  return paragraphs;
}

/**
 * 各单位得分情况: every unit scored under the campaign's rule, best first (the board's order among
 * equals), and how many are not scored yet. A walk (stop 51) found the 通报 silent on the scores the
 * board and the 评分表 showed, and typed them by hand.
 */
function scoreParagraphs(facts: readonly NoticeUnitFacts[], fullMarks: number): string[] {
  const scored = facts
    .map((f, order) => ({ f, order }))
    .filter(({ f }) => f.score !== null)
    .sort((a, b) => (b.f.score ?? 0) - (a.f.score ?? 0) || a.order - b.order);
  if (scored.length === 0) return [];
  const pending = facts.length - scored.length;
  const items = scored.map(({ f }) => `${f.unit.name}${f.score}分`);
  return listParagraphs(
    items,
    `按本次报送任务的评分规则（满分${fullMarks}分），各单位得分：`,
    pending > 0 ? `尚未到期、暂不评分的单位${pending}个` : '',
  );
}

function categoriesOf(facts: readonly UnitCampaignFacts[]): Category[] {
  const pick = (fact: (f: UnitCampaignFacts) => string | null) =>
    facts.flatMap((f) => {
      const text = fact(f);
      return text === null ? [] : [{ unit: f.unit, fact: text }];
    });
  return [
    { heading: '逾期报送的单位', named: pick(lateFact) },
    {
      heading: '逾期未报送的单位',
      named: pick((f) => (f.submission.kind === 'not_submitted' ? '' : null)),
    },
    { heading: '未按期向社会公开的单位', named: pick(disclosureFact) },
    {
      heading: '报告内容不完整的单位',
      named: pick((f) => (f.missingItems.length ? `缺少${f.missingItems.map(itemLabel).join('、')}` : null)),
    },
    {
      heading: '报告多次被退回的单位',
      named: pick((f) => (f.returnCount > 1 ? `被退回${f.returnCount}次` : null)),
    },
  ].filter((c) => c.named.length > 0);
}

export function noticeDraftOf(input: NoticeDraftInput): NoticeDraft {
  const { facts, reportYear, campaign } = input;
  const count = (kind: UnitCampaignFacts['submission']['kind']) =>
    facts.filter((f) => f.submission.kind === kind).length;
  const notice = campaign.documentNumber
    ? `《${campaign.title}》（${campaign.documentNumber}）`
    : `《${campaign.title}》`;
  const paragraphs = [
    `根据${notice}要求，${facts.length}个单位应报送${reportYear}年度法治政府建设年度报告。现将报送情况通报如下：`,
    `${NUMERALS[0]}、总体情况`,
    `截至${chineseDate(input.asOf)}，按时报送${count('on_time')}个，逾期报送${count('late')}个，逾期未报送${count('not_submitted')}个` +
      (count('pending') ? `，尚未到期${count('pending')}个` : '') +
      '。',
  ];
  const sections: Array<{ heading: string; body: string[] }> = [];
  const scores = scoreParagraphs(facts, input.fullMarks);
  if (scores.length > 0) sections.push({ heading: '各单位得分情况', body: scores });
  const categories = categoriesOf(facts);
  for (const category of categories)
    sections.push({
      heading: category.heading,
      body: listParagraphs(
        category.named.map(({ unit, fact }) => (fact ? `${unit.name}（${fact}）` : unit.name)),
      ),
    });
  sections.forEach((section, i) => {
    paragraphs.push(`${NUMERALS[i + 1]}、${section.heading}`);
    paragraphs.push(...section.body);
  });
  if (categories.length > 0)
    paragraphs.push('请上述被通报单位认真查找原因，切实加以改进，并将整改情况按要求报送。');
  const namedUnitIds = [...new Set(categories.flatMap((c) => c.named.map((n) => n.unit.id)))];
  return { title: `关于${reportYear}年度法治政府建设年度报告报送情况的通报`, paragraphs, namedUnitIds };
}

/**
 * What the draft would say of these facts, whatever the day (its 截至 date left out), as a SHA-256:
 * a 通报 stored from other facts says other figures (scenario test, stop 47: 尚未到期1个, issued after
 * that unit had reported).
 */
export function noticeFactsDigest(input: Omit<NoticeDraftInput, 'asOf'>): string {
  const stated = noticeDraftOf({ ...input, asOf: '2000-01-01' });
  return createHash('sha256')
    .update(JSON.stringify([stated.paragraphs, stated.namedUnitIds]))
    .digest('hex');
}
