import { Injectable } from '@nestjs/common';
import { checkCompleteness, type StatutoryItem } from '@app/content';
import { SubmittedSectionsRepository } from './submitted-sections.repository';

/**
 * The statutory items (法定五项) each submitted report lacks in the text this campaign received, by
 * the completeness check (形式审查) it passed or had overridden on its way out. One query for the
 * whole board.
 */
@Injectable()
export class MissingItems {
  constructor(private readonly texts: SubmittedSectionsRepository) {}

  async of(
    campaignId: string,
    submitted: ReadonlyArray<{ reportId: string; unitName: string }>,
  ): Promise<Map<string, StatutoryItem[]>> {
    const unitNames = new Map(submitted.map((s) => [s.reportId, s.unitName]));
    const found = new Map<string, StatutoryItem[]>();
    for (const text of await this.texts.dispatchedTexts(campaignId, [...unitNames.keys()])) {
      const { findings } = checkCompleteness(text.sections, {
        campaignYear: text.reportYear,
        unitName: unitNames.get(text.reportId) ?? '',
        title: text.title,
      });
      found.set(
        text.reportId,
        findings.flatMap((f) => (f.code === 'item_missing' && f.item !== undefined ? [f.item] : [])),
      );
    }
    return found;
  }
}
