/**
 * Whether the 主送 line typed in the report's text (县委、县人大常委会：) names other recipients than
 * those the report is sent to: the 公文 prints the typed line, so the dispatch dialog warns.
 */
export function writtenDiffers(addressees: { main: string[]; writtenInText: string | null }): boolean {
  if (!addressees.writtenInText || addressees.main.length === 0) return false;
  const written = addressees.writtenInText
    .replace(/[：:]\s*$/, '')
    .split(/[、，,]/)
    .map((name) => name.trim());
  return written.join('、') !== addressees.main.join('、');
}
