// "Översikt": per politician and per nämnd (groups below 5 shown as "färre än 5"), organisation
// totals with a trend, filters by nämnd and by problem, CSV export. No party anywhere: political
// opinion is special-category data, so it is neither a column, a group nor a filter.

import { Button, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { dashboardToCsv, PROBLEM_LABELS } from '../../domain/admin/dashboardCsv';
import { PROBLEMS, type Dashboard, type GroupTotals, type Problem } from '../../domain/admin/dashboard.types';
import { download } from '../download';
import { useLanguage, useStrings } from '../i18n';
import { useLoad } from '../useLoad';
import { TrendChart } from './TrendChart';
import { useAdminServices, type LoadedDashboard } from './adminServices';
import { PoliticianTable } from './PoliticianTable';
import { useTableStyles } from './tableStyles';
import { ColumnHeads } from './ColumnHeads';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  filters: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS, alignItems: 'flex-end' },
  select: { minWidth: '200px', maxWidth: '100%' },
  totals: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: tokens.spacingHorizontalM, margin: 0 },
  total: { padding: tokens.spacingHorizontalS, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground3, '& dd': { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold } },
  note: { display: 'block', color: tokens.colorNeutralForeground2, marginBottom: tokens.spacingVerticalS },
});

export function DashboardView() {
  const services = useAdminServices();
  const all = useStrings();
  const strings = all.admin;
  const [namnd, setNamnd] = useState('');
  const [problem, setProblem] = useState<Problem | ''>('');
  const load = useCallback(() => services.loadDashboard({ namnd: namnd || undefined, problem: problem || undefined }), [services, namnd, problem]);
  const state = useLoad(load);
  const [full, setFull] = useState<{ from: LoadedDashboard; value: LoadedDashboard } | null>(null);
  const [trendFailed, setTrendFailed] = useState(false);
  // A partial first render (the latest days) is replaced once the trend's rows have arrived.
  useEffect(() => {
    if (state.status !== 'ready' || !state.value.partial || !services.loadFullDashboard) return;
    const from = state.value;
    let live = true;
    services.loadFullDashboard({ namnd: namnd || undefined, problem: problem || undefined }).then(
      (value) => live && setFull({ from, value }),
      () => live && setTrendFailed(true),
    );
    return () => {
      live = false;
    };
  }, [state, services, namnd, problem]);
  if (state.status === 'loading') return <Text>{all.loading}</Text>;
  if (state.status === 'error') return <Text role="alert">{state.message}</Text>;
  const shown = full && full.from === state.value ? full.value : state.value;
  return <DashboardBody dashboard={shown} trendFailed={trendFailed} namnd={namnd} problem={problem} onNamnd={setNamnd} onProblem={setProblem} strings={strings} />;
}

function DashboardBody(props: { dashboard: LoadedDashboard; trendFailed: boolean; namnd: string; problem: Problem | ''; onNamnd(v: string): void; onProblem(v: Problem | ''): void; strings: ReturnType<typeof useStrings>['admin'] }) {
  const { dashboard: d, strings } = props;
  const styles = useStyles();
  const table = useTableStyles();
  const language = useLanguage();
  const services = useAdminServices();
  return (
    <div className={styles.root}>
      <div className={styles.filters}>
        <Field label={strings.filterNamnd}>
          <Select className={styles.select} value={props.namnd} onChange={(_, data) => props.onNamnd(data.value)}>
            <option value="">{strings.allNamnder}</option>
            {d.namndOptions.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={strings.filterProblem}>
          <Select className={styles.select} value={props.problem} onChange={(_, data) => props.onProblem(data.value as Problem | '')}>
            <option value="">{strings.allProblems}</option>
            {PROBLEMS.map((p) => (
              <option key={p} value={p}>
                {PROBLEM_LABELS[p][language]}
              </option>
            ))}
          </Select>
        </Field>
        <Button icon={<ArrowDownloadRegular />} onClick={() => download(`postvakt-oversikt-${services.now().slice(0, 10)}.csv`, dashboardToCsv(d), 'text/csv;charset=utf-8')}>
          {strings.exportCsv}
        </Button>
      </div>

      <section>
        <Text className={table.heading} as="h2" id="org-heading" size={400} weight="semibold">
          {strings.organisation}
        </Text>
        <Totals group={d.organisation} strings={strings} className={styles.totals} itemClass={styles.total} />
      </section>

      {d.partial && (
        <Text as="p" className={styles.note} role={props.trendFailed ? 'alert' : undefined}>
          {props.trendFailed ? strings.trendFailed : strings.trendLoading}
        </Text>
      )}

      {!d.partial && d.trend.length > 0 && (
        <section>
          <Text className={table.heading} as="h2" id="trend-heading" size={400} weight="semibold">
            {strings.trend}
          </Text>
          <TrendChart points={d.trend} />
        </section>
      )}

      <section>
        <Text className={table.heading} as="h2" id="namnd-heading" size={400} weight="semibold">
          {strings.namnder}
        </Text>
        <Text as="p" className={styles.note}>
          {strings.suppressedNote}
        </Text>
        <div className={table.scroll} role="region" aria-labelledby="namnd-heading" tabIndex={0}>
          <table className={table.table}>
            <ColumnHeads labels={[strings.namnd, strings.people, strings.averageScore, strings.backlogTotal, strings.unreadOverdue, strings.awaiting, strings.notForwarded, strings.logRows, strings.flaggedRows, strings.outOfOffice, strings.holds]} />
            <tbody>
              {d.namnder.map((n) => (
                <tr key={n.namnd}>
                  <th scope="row">{n.namnd}</th>
                  {n.group.suppressed ? (
                    <td colSpan={10}>{strings.suppressed}</td>
                  ) : (
                    [n.group.totals.people, n.group.totals.averageScore, n.group.totals.backlog, n.group.totals.unreadOverdue, n.group.totals.awaitingDecision, n.group.totals.publicRecordsNotForwarded, n.group.totals.logWindowRows, n.group.totals.flaggedLogRows, n.group.totals.outOfOffice, n.group.totals.logRequestHolds].map((v, i) => <td key={i}>{v}</td>)
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section>
        <Text className={table.heading} as="h2" id="people-heading" size={400} weight="semibold">
          {strings.politicians}
        </Text>
        <p role="status">{strings.rowsShown(d.rows.length)}</p>
        <PoliticianTable rows={d.rows} labelledBy="people-heading" />
      </section>
    </div>
  );
}

function Totals(props: { group: GroupTotals; strings: ReturnType<typeof useStrings>['admin']; className: string; itemClass: string }) {
  const { group, strings } = props;
  if (group.suppressed) return <p>{strings.suppressed}</p>;
  const t = group.totals;
  const items: [string, number][] = [
    [strings.people, t.people],
    [strings.averageScore, t.averageScore],
    [strings.notForwarded, t.publicRecordsNotForwarded],
    [strings.unreadOverdue, t.unreadOverdue],
    [strings.awaiting, t.awaitingDecision],
    [strings.backlogTotal, t.backlog],
    [strings.logRows, t.logWindowRows],
    [strings.flaggedRows, t.flaggedLogRows],
    [strings.outOfOffice, t.outOfOffice],
    [strings.holds, t.logRequestHolds],
  ];
  return (
    <dl className={props.className}>
      {items.map(([label, value]) => (
        <div key={label} className={props.itemClass}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
