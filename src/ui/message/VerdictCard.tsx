// The verdict on one message: category, confidence, the cited rules with their evidence, and flags
// as message bars with the guideline's advice. All message text is rendered as text, never HTML.

import { Badge, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { LockClosedRegular } from '@fluentui/react-icons';
import { useLanguage } from '../i18n';
import type { CurrentMessage } from '../services';
import { verdictCardModel, type VerdictCardModel } from './verdictModel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  subject: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  evidence: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  flags: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

export function VerdictCard({ current }: { current: CurrentMessage }) {
  const styles = useStyles();
  const card = verdictCardModel(current.message, current.verdict, current.sekretessKind ?? null, useLanguage());
  return (
    <section className={styles.root} aria-label={card.label}>
      <div>
        <Text as="p" className={styles.subject} block>
          {card.subject}
        </Text>
        <Text as="p" size={200} className={styles.meta} block>
          {card.from}
        </Text>
      </div>
      <div className={styles.header}>
        <Badge size="large" appearance="filled" color={card.category.color} data-testid="verdict-category">
          {card.category.label}
        </Badge>
        <Text size={200}>{card.confidence}</Text>
      </div>
      <ul className={styles.reasons} aria-label={card.reasonsLabel}>
        {card.reasons.map((reason, i) => (
          <li key={i}>
            <Text block weight="semibold">
              {reason.rule}
            </Text>
            <Text block size={200} className={styles.evidence}>
              {reason.evidence}
            </Text>
          </li>
        ))}
      </ul>
      {card.flags.length > 0 && <FlagBars flags={card.flags} />}
    </section>
  );
}

function FlagBars({ flags }: { flags: VerdictCardModel['flags'] }) {
  const styles = useStyles();
  return (
    <div className={styles.flags}>
      {flags.map((f) => (
        <MessageBar key={f.flag} intent={f.intent} icon={f.secret ? <LockClosedRegular aria-hidden /> : undefined}>
          <MessageBarBody>
            <MessageBarTitle>{f.title}</MessageBarTitle>
            {f.advice}
          </MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
