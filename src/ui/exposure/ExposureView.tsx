// "Logg 30 dagar": what a request for the e-mail log would disclose today — the rows (sensitive ones
// flagged), a day-by-day timeline of rows leaving the window, and a CSV export.

import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, WarningRegular } from '@fluentui/react-icons';
import { SENSITIVE_LABELS } from '../../domain/reports/sensitive';
import type { ExposureReport, ExposureRow } from '../../domain/reports/exposure.types';
import { useLanguage, useStrings } from '../i18n';
import { useServices } from '../services';
import { Loaded } from '../Loaded';
import { Timeline } from './Timeline';
import { REGISTRAR_STRINGS } from '../registrar/registrarStrings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  scroll: { overflowX: 'auto' },
  // Below 600 px each log row becomes a small card: label before value, nothing squeezed.
  table: { '@media (max-width: 599px)': { display: 'block' } },
  header: { '@media (max-width: 599px)': { display: 'none' } },
  body: { '@media (max-width: 599px)': { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS } },
  row: {
    '@media (max-width: 599px)': {
      display: 'flex',
      flexDirection: 'column',
      padding: tokens.spacingVerticalS,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      borderRadius: tokens.borderRadiusMedium,
    },
  },
  flagged: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  cell: {
    overflowWrap: 'anywhere',
    '@media (max-width: 599px)': {
      display: 'block',
      height: 'auto',
      '::before': { content: 'attr(data-label)', display: 'block', fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground2 },
    },
  },
  flags: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyleType: 'none' },
  flag: { display: 'flex', columnGap: tokens.spacingHorizontalXS, alignItems: 'flex-start', color: tokens.colorPaletteDarkOrangeForeground2, fontSize: tokens.fontSizeBase200 },
  flagIcon: { flexShrink: 0, marginTop: '2px' },
  colDate: { width: '14%' },
  colDirection: { width: '7%' },
  colCounterpart: { width: '18%' },
  colSubject: { width: '29%' },
  colFlags: { width: '18%' },
  colLeaves: { width: '14%' },
  button: { minHeight: '44px', alignSelf: 'flex-start' },
  statement: { color: tokens.colorNeutralForeground2 },
  /** Postvakt's own note on a journal row: what it did, and the reason for an override. */
  note: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

function counterpart(row: ExposureRow): string {
  const people = row.direction === 'in' ? (row.from ? [row.from] : []) : [...row.to, ...row.cc];
  return people.map((p) => p.name || p.address).join(', ');
}

export function ExposureView() {
  const services = useServices();
  return <Loaded load={services.loadExposure}>{(report) => <ExposureReportView report={report} />}</Loaded>;
}

function ExposureReportView({ report }: { report: ExposureReport }) {
  const styles = useStyles();
  const strings = useStrings();
  const language = useLanguage();
  const services = useServices();

  function download() {
    const blob = new Blob([services.exposureCsv(report)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `postvakt-epostlogg-${report.now.slice(0, 10)}.csv`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  return (
    <div className={styles.root}>
      <Text as="h2" size={400} weight="semibold">
        {strings.logTitle}
      </Text>
      <Text className={styles.statement}>{report.statement[language]}</Text>
      <Text>
        {strings.rows(report.counts.total)} · {report.counts.withSensitive} {strings.logFlags.toLowerCase()}
      </Text>
      <Button className={styles.button} icon={<ArrowDownloadRegular />} onClick={download}>
        {strings.exportCsv}
      </Button>
      <Timeline days={report.timeline} />
      <div className={styles.scroll} role="region" aria-label={strings.rows(report.rows.length)} tabIndex={0}>
        <Table className={styles.table} size="small" aria-label={strings.logTitle}>
          <TableHeader className={styles.header}>
            <TableRow>
              <TableHeaderCell className={styles.colDate}>{strings.logDate}</TableHeaderCell>
              <TableHeaderCell className={styles.colDirection}>{strings.logDirection}</TableHeaderCell>
              <TableHeaderCell className={styles.colCounterpart}>{strings.logCounterpart}</TableHeaderCell>
              <TableHeaderCell className={styles.colSubject}>{strings.subject}</TableHeaderCell>
              <TableHeaderCell className={styles.colFlags}>{strings.logFlags}</TableHeaderCell>
              <TableHeaderCell className={styles.colLeaves}>{strings.logLeaves}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody className={styles.body}>
            {report.rows.map((row, i) => (
              <TableRow key={i} className={mergeClasses(styles.row, row.sensitive.length > 0 && styles.flagged)}>
                <TableCell className={styles.cell} data-label={strings.logDate}>
                  {row.localDate} {row.localTime}
                </TableCell>
                <TableCell className={styles.cell} data-label={strings.logDirection}>
                  {row.direction === 'in' ? strings.inbound : strings.outbound}
                </TableCell>
                <TableCell className={styles.cell} data-label={strings.logCounterpart}>
                  {counterpart(row)}
                </TableCell>
                <TableCell className={styles.cell} data-label={strings.subject}>
                  {row.subject}
                  {row.source === 'journal' && row.action && <Text className={styles.note}>{strings.journalAction[row.action]}</Text>}
                  {row.overrideReason && <Text className={styles.note}>{strings.overrideReason(row.overrideReason)}</Text>}
                  {row.receipt && <Text className={styles.note}>{REGISTRAR_STRINGS[language].receiptOnRow[row.receipt.kind](row.receipt.diarienummer ?? '')}</Text>}
                </TableCell>
                <TableCell className={styles.cell} data-label={strings.logFlags}>
                  {row.sensitive.length > 0 && (
                    <ul className={styles.flags}>
                      {row.sensitive.map((s) => (
                        <li key={s.kind} className={styles.flag}>
                          <WarningRegular className={styles.flagIcon} aria-hidden />
                          {SENSITIVE_LABELS[s.kind][language]}
                        </li>
                      ))}
                    </ul>
                  )}
                </TableCell>
                <TableCell className={styles.cell} data-label={strings.logLeaves}>
                  {row.leavesWindowOn}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
