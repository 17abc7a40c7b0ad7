import { withheldParts } from './withheldParts';

/**
 * A section's text as the reading view shows it: passages marked 不予公开 shaded and labelled, so a
 * reviewer sees at a glance what the public version leaves out.
 */
export function SectionText({ text, testId }: { text: string; testId?: string }) {
  return (
    <div className="rf-section-text" data-testid={testId}>
      {withheldParts(text).map((part, i) =>
        part.withheld ? (
          <mark
            key={i}
            className="rf-withheld"
            title="不予公开：公开版删去此段"
            data-testid="withheld-passage"
          >
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </div>
  );
}
