// The verdict on one message: category, confidence, the cited rules with their evidence, and flags
// as message bars with the guideline's advice. All message text is rendered as text, never HTML.

import { Badge, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { LockClosedRegular } from '@fluentui/react-icons';
import { CATEGORY_LABELS, FLAG_LABELS } from '../../domain/labels';
import type { Category, Flag, Verdict } from '../../domain/types';
import { useLanguage, useStrings } from '../i18n';
import type { CurrentMessage } from '../services';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  subject: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  evidence: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  flags: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

const CATEGORY_COLOR: Record<Category, 'danger' | 'success' | 'informative' | 'warning'> = {
  registrera: 'danger',
  gallra_ej_allman: 'success',
  gallra_ringa: 'informative',
  osaker: 'warning',
};

const FLAG_INTENT: Record<Flag, 'error' | 'warning' | 'info'> = {
  personnummer: 'warning',
  sekretess: 'error',
  phishing: 'error',
  okand_bilaga: 'warning',
  massutskick: 'info',
  svar_kravs: 'info',
};

export function VerdictCard({ current }: { current: CurrentMessage }) {
  const styles = useStyles();
  const strings = useStrings();
  const language = useLanguage();
  const { verdict, message } = current;
  return (
    <section className={styles.root} aria-label={strings.verdict}>
      <div>
        <Text as="p" className={styles.subject} block>
          {message.subject}
        </Text>
        <Text as="p" size={200} className={styles.meta} block>
          {strings.from}: {message.from.name ? `${message.from.name} <${message.from.address}>` : message.from.address}
        </Text>
      </div>
      <div className={styles.header}>
        <Badge size="large" appearance="filled" color={CATEGORY_COLOR[verdict.category]} data-testid="verdict-category">
          {CATEGORY_LABELS[verdict.category][language]}
        </Badge>
        <Text size={200}>
          {strings.confidence}: {Math.round(verdict.confidence * 100)} %
        </Text>
      </div>
      <ul className={styles.reasons} aria-label={strings.rule}>
        {verdict.reasons.map((reason, i) => (
          <li key={i}>
            <Text block weight="semibold">
              {reason.rule}
            </Text>
            <Text block size={200} className={styles.evidence}>
              {strings.evidence}: {reason.evidence}
            </Text>
          </li>
        ))}
      </ul>
      {verdict.flags.length > 0 && <FlagBars verdict={verdict} sekretessKind={current.sekretessKind ?? null} />}
    </section>
  );
}

function FlagBars({ verdict, sekretessKind }: { verdict: Verdict; sekretessKind: string | null }) {
  const styles = useStyles();
  const language = useLanguage();
  return (
    <div className={styles.flags}>
      {verdict.flags.map((flag) => {
        const label = FLAG_LABELS[flag];
        const secret = flag === 'sekretess';
        return (
          <MessageBar key={flag} intent={FLAG_INTENT[flag]} icon={secret ? <LockClosedRegular aria-hidden /> : undefined}>
            <MessageBarBody>
              <MessageBarTitle>
                {label[language]}
                {secret && sekretessKind ? ` — ${sekretessKind}` : ''}
              </MessageBarTitle>
              {language === 'sv' ? label.advice_sv : label.advice_en}
            </MessageBarBody>
          </MessageBar>
        );
      })}
    </div>
  );
}
