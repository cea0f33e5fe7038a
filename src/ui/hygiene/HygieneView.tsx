// "Hygien": the hygiene score, a checklist citing the guideline behind each point, and a small
// bar chart of items per folder (plain SVG, so no chart library in the bundle).

import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, WarningRegular } from '@fluentui/react-icons';
import { RULES } from '../../domain/reports/rules';
import type { Deduction, HygieneReport } from '../../domain/reports/hygiene.types';
import { useLanguage, useStrings } from '../i18n';
import { useServices } from '../services';
import { Loaded } from '../Loaded';
import { SharedDisclosure } from './SharedDisclosure';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  score: { display: 'flex', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS },
  scoreValue: { fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800, fontWeight: tokens.fontWeightBold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  item: { display: 'grid', gridTemplateColumns: '24px 1fr', columnGap: tokens.spacingHorizontalS },
  icon: { fontSize: '20px' },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  rule: { color: tokens.colorNeutralForeground2 },
  bar: { fill: tokens.colorBrandBackground },
  chartText: { fill: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase200 },
});

/** Every point the report checks, with the rule it rests on, so passed points show too. */
const CHECKS: { id: Deduction['id']; rule: string | null; sv: string; en: string }[] = [
  { id: 'unread_overdue', rule: null, sv: 'Olästa meddelanden läses inom lästakten', en: 'Unread messages are read within the read cadence' },
  { id: 'registrera_waiting', rule: RULES.registerThenPurge, sv: 'Allmänna handlingar är skickade till registrator', en: 'Public records are sent to the registrar' },
  { id: 'gallra_waiting', rule: RULES.purgeSoon, sv: 'Det som ska gallras är gallrat', en: 'What should be purged is purged' },
  { id: 'undecided', rule: RULES.decideEach, sv: 'Varje meddelande är bedömt', en: 'Every message is decided' },
  { id: 'deleted_items', rule: RULES.emptyDeleted, sv: 'Papperskorgen är tom', en: 'Deleted Items is empty' },
  { id: 'older_than_year', rule: RULES.emptyYearly, sv: 'Inget är äldre än ett år', en: 'Nothing is older than a year' },
];

export function HygieneView() {
  const services = useServices();
  return <Loaded load={services.loadHygiene}>{(report) => <HygieneReportView report={report} />}</Loaded>;
}

function HygieneReportView({ report }: { report: HygieneReport }) {
  const styles = useStyles();
  const services = useServices();
  const strings = useStrings();
  const language = useLanguage();
  const byId = new Map(report.deductions.map((d) => [d.id, d]));
  return (
    <div className={styles.root}>
      <Text as="h2" size={400} weight="semibold">
        {strings.hygieneTitle}
      </Text>
      <div className={styles.score} role="group" aria-label={`${strings.score}: ${report.score} / 100`}>
        <span className={styles.scoreValue}>{report.score}</span>
        <Text>/ 100</Text>
      </div>
      <section aria-label={strings.checklist}>
        <ul className={styles.list}>
          {CHECKS.map((check) => {
            const d = byId.get(check.id);
            return (
              <li key={check.id} className={styles.item}>
                {d ? <WarningRegular className={mergeClasses(styles.icon, styles.warn)} aria-label={strings.fix} /> : <CheckmarkCircleRegular className={mergeClasses(styles.icon, styles.ok)} aria-label={strings.ok} />}
                <div>
                  <Text block weight="semibold">
                    {check[language]}
                  </Text>
                  {d && <Text block>{d.detail[language]}</Text>}
                  <Text block size={200} className={styles.rule}>
                    {d?.rule ?? check.rule ?? report.unread.cadence.source}
                  </Text>
                </div>
              </li>
            );
          })}
          <li className={styles.item}>
            {report.outOfOffice.activeNow || report.outOfOffice.status === 'disabled' ? (
              <CheckmarkCircleRegular className={mergeClasses(styles.icon, styles.ok)} aria-label={strings.ok} />
            ) : (
              <WarningRegular className={mergeClasses(styles.icon, styles.warn)} aria-label={strings.fix} />
            )}
            <div>
              <Text block weight="semibold">
                {report.outOfOffice.advice[language]}
              </Text>
              <Text block size={200} className={styles.rule}>
                {report.outOfOffice.rule}
              </Text>
            </div>
          </li>
        </ul>
      </section>
      <FolderChart report={report} />
      {services.loadSharedSnapshot && <SharedDisclosure load={services.loadSharedSnapshot} />}
    </div>
  );
}

function FolderChart({ report }: { report: HygieneReport }) {
  const styles = useStyles();
  const strings = useStrings();
  const max = Math.max(1, ...report.folders.map((f) => f.count));
  const rowHeight = 28;
  const description = report.folders.map((f) => `${strings.folders[f.folder] ?? f.folder}: ${f.count}`).join(', ');
  return (
    <figure style={{ margin: 0 }}>
      <Text as="h3" size={300} weight="semibold">
        {strings.folderChart}
      </Text>
      <svg role="img" aria-label={`${strings.folderChart}: ${description}`} width="100%" height={report.folders.length * rowHeight} viewBox={`0 0 300 ${report.folders.length * rowHeight}`} preserveAspectRatio="xMinYMin meet">
        {report.folders.map((f, i) => (
          <g key={f.folder} transform={`translate(0 ${i * rowHeight})`}>
            <text className={styles.chartText} x={0} y={18}>
              {strings.folders[f.folder] ?? f.folder}
            </text>
            <rect className={styles.bar} x={100} y={6} height={16} width={Math.max(2, (f.count / max) * 160)} rx={2} />
            <text className={styles.chartText} x={108 + (f.count / max) * 160} y={18}>
              {f.count}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
