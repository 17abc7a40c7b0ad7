import { importReportText } from './import-text';
import { hardWrappedLines, printedWidth } from './line-wraps';
import { FIXTURES, readFixture, readLocalFixture } from '../test/fixtures';

/** Punctuation a printed line never starts with (避头): it stays at the end of the line before. */
const NOT_AT_LINE_START = /[、，。；：！？）”’》]/u;

/**
 * A text as a PDF prints it: every paragraph cut into lines of `width` (the first indented two), a
 * closing punctuation mark kept on the line before as typesetting does.
 */
function printed(text: string, width = 28): string {
  return text
    .split('\n')
    .flatMap((line) => {
      const paragraph = line.trim();
      if (printedWidth(paragraph) <= width - 2) return [paragraph];
      const out: string[] = [];
      let current = '';
      let room = width - 2;
      for (const c of paragraph) {
        if (printedWidth(current + c) > room && !NOT_AT_LINE_START.test(c)) {
          out.push(current);
          current = '';
          room = width;
        }
        current += c;
      }
      return [...out, current];
    })
    .join('\n');
}

const REAL = [
  ...Object.keys(FIXTURES).map((name) => readFixture(name as keyof typeof FIXTURES)),
  readLocalFixture('changji-2022-handwritten.txt'),
];

describe('hardWrappedLines: a text copied out of a PDF', () => {
  it('counts a Latin letter, digit or space as half a character', () => {
    expect(printedWidth('法治政府')).toBe(4);
    expect(printedWidth('2026年，')).toBe(4);
  });

  it('finds nothing in texts of paragraphs (the real reports, pasted from Word or a web page)', () => {
    for (const text of REAL) expect(hardWrappedLines(text.split('\n'), () => false).size).toBe(0);
  });

  it('finds the printed lines cut mid-sentence, and not the paragraphs’ last lines', () => {
    const lines = printed(REAL[2]).split('\n');
    const found = hardWrappedLines(lines, () => false);
    expect(found.size).toBeGreaterThan(50);
    // Cut anywhere but at a sentence's end, where a paragraph may end at the margin.
    for (const i of found) expect(lines[i].trim()).not.toMatch(/[。！？；：]$/u);
  });
});

describe('importReportText of a printed report', () => {
  it.each(Object.keys(FIXTURES))(
    '%s: joins the printed lines into the paragraphs they came from, never two paragraphs',
    (name) => {
      const text = readFixture(name as keyof typeof FIXTURES);
      const paragraphs = text.split('\n').map((line) => line.trim());
      const wrapped = importReportText(printed(text));
      const plain = importReportText(text);
      // The same statutory items are found.
      expect(wrapped.mapping.map((m) => [m.kind, m.item])).toEqual(
        plain.mapping.map((m) => [m.kind, m.item]),
      );
      const lines = Object.values(wrapped.sections).flatMap((s) =>
        s.split('\n').filter((l) => l.trim() !== ''),
      );
      // Never across a paragraph: each line is (part of) one line of the original.
      for (const line of lines) expect(paragraphs.some((p) => p.includes(line.trim()))).toBe(true);
      // And most breaks were joined: a heading as wide as the page is left apart from its paragraph
      // (cut, if it had run into it), so a few remain.
      const original = Object.values(plain.sections).flatMap((s) =>
        s.split('\n').filter((l) => l.trim() !== ''),
      );
      const breaks =
        printed(text)
          .split('\n')
          .filter((l) => l.trim() !== '').length - original.length;
      expect(lines.length - original.length).toBeLessThanOrEqual(Math.ceil(breaks * 0.1));
      expect(wrapped.notices.map((n) => n.code)).toContain('line_wraps_joined');
      expect(plain.notices.map((n) => n.code)).not.toContain('line_wraps_joined');
    },
  );

  it('joins a text cut every 38 characters by a tool that keeps no 避头 (lines may start with 、 or ，)', () => {
    // An external QA engineer (stop 57): …按照“谁执法 / 、谁公示、谁负责”… was a heading that had lost
    // its number, and the exported 公文 printed 二、 in the middle of a sentence.
    const text = readFixture('lanshan');
    const cut = text
      .split('\n')
      .flatMap((line) => [...line.trim()].join('').match(/.{1,38}/gu) ?? [''])
      .join('\n');
    expect(cut.split('\n').some((line) => /^[、，]/.test(line))).toBe(true);
    const r = importReportText(cut);
    expect(r.mapping.map((m) => [m.kind, m.item])).toEqual(
      importReportText(text).mapping.map((m) => [m.kind, m.item]),
    );
    const lines = Object.values(r.sections).flatMap((s) => s.split('\n'));
    expect(lines.filter((line) => /^[、，。]/.test(line.trim()))).toEqual([]);
  });

  it('keeps a heading as wide as the page apart from its paragraph (review, stop 57)', () => {
    const body =
      '局党组书记、局长严格履行第一责任人职责，亲自部署、亲自过问重要工作，全年主持召开党组会研究法治工作4次。';
    const heading = '三、党政主要负责人履行推进法治建设第一责任人职责情况';
    expect(printedWidth(heading)).toBe(26);
    const text = printed(
      [
        '一、主要举措和成效',
        body,
        body,
        '二、存在的不足和原因',
        body,
        heading,
        body,
        '（一）坚持严格规范公正文明执法推进依法行政工作',
        body,
        '四、下一年度工作计划',
        body,
      ].join('\n'),
    );
    const r = importReportText(text);
    expect(r.sections.leadersDuty.split('\n')).toEqual([
      heading,
      body,
      '（一）坚持严格规范公正文明执法推进依法行政工作',
      body,
    ]);
    expect(r.mapping.find((m) => m.item === 3)?.heading).toBe(heading);
  });

  it('keeps a short heading apart from the paragraph after it, and a heading wrapped over two lines whole', () => {
    const body =
      '局党组高度重视法治政府建设工作，将其纳入年度重点工作，与业务工作同部署、同推进、同落实。全年召开党组会议研究法治建设工作3次，听取法治工作汇报2次。';
    const text = printed(
      [
        '一、主要举措和成效',
        '（一）加强组织领导',
        body,
        body,
        '二、存在的不足和原因',
        body,
        '三、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
        body,
        '四、下一年度工作计划',
        body,
        '五、其他需要报告的情况',
        '无。',
      ].join('\n'),
    );
    const r = importReportText(text);
    expect(r.sections.measures.split('\n')).toEqual(['一、主要举措和成效', '（一）加强组织领导', body, body]);
    expect(r.sections.leadersDuty.split('\n')[0]).toBe(
      '三、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
    );
    expect(r.missing).toEqual([]);
  });
});
