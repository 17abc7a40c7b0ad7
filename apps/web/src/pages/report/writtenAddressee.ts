/** One name as written or as the tree has it: 人民政府 and 政府 alike, no spaces. */
const plain = (name: string) => name.replace(/\s/g, '').replace(/人民政府$/, '政府');

/**
 * The 主送 the report is sent to that the line typed in its text (县委、县人大常委会：) leaves out: the 公文
 * prints the typed line, so the dialogs warn. A typed name covers a recipient when one ends with the
 * other (县委 covers 玛纳斯县委, 县人民政府 covers 玛纳斯县人民政府). Names typed beyond the recipients
 * are the drafter's to write: a county department's line names its 县委、县人民政府 and the department
 * above, of which one campaign asks only some (a walk, stop 53: the regulation's line was called
 * inconsistent, after 签发).
 */
export function writtenMissing(addressees: { main: string[]; writtenInText: string | null }): string[] {
  if (!addressees.writtenInText || addressees.main.length === 0) return [];
  const written = addressees.writtenInText
    .replace(/[：:]\s*$/, '')
    .split(/[、，,]/)
    .map(plain)
    .filter((name) => name !== '');
  return addressees.main.filter((name) => {
    const recipient = plain(name);
    return !written.some((w) => recipient.endsWith(w) || w.endsWith(recipient));
  });
}
