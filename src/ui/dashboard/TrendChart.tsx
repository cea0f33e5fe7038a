// The organisation's average hygiene score per day as a plain SVG line (no chart library), with
// the same figures as a table for screen readers and anyone who prefers numbers. Days whose group
// was below the minimum size are gaps, never values.

import { makeStyles, tokens } from '@fluentui/react-components';
import type { TrendPoint } from '../../domain/admin/dashboard.types';
import { useStrings } from '../i18n';
import { ColumnHeads } from './ColumnHeads';

const useStyles = makeStyles({
  svg: { width: '100%', maxWidth: '720px', height: 'auto', display: 'block' },
  line: { fill: 'none', stroke: tokens.colorBrandForeground1, strokeWidth: '2px' },
  dot: { fill: tokens.colorBrandForeground1 },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: '1px' },
  label: { fill: tokens.colorNeutralForeground2, fontSize: '11px' },
  table: { borderCollapse: 'collapse', '& th, & td': { padding: `2px ${tokens.spacingHorizontalS}`, textAlign: 'right' }, '& th:first-child, & td:first-child': { textAlign: 'left' } },
});

const W = 720;
const H = 180;
const PAD = { left: 36, right: 8, top: 8, bottom: 24 };

export function TrendChart({ points }: { points: TrendPoint[] }) {
  const styles = useStyles();
  const strings = useStrings().admin;
  const n = points.length;
  const x = (i: number) => PAD.left + (n <= 1 ? 0 : (i * (W - PAD.left - PAD.right)) / (n - 1));
  const y = (score: number) => PAD.top + ((100 - score) * (H - PAD.top - PAD.bottom)) / 100;
  // Consecutive known days form one segment; a suppressed day breaks the line.
  const segments: string[] = [];
  let current: string[] = [];
  points.forEach((p, i) => {
    if (p.group.suppressed) {
      if (current.length) segments.push(current.join(' '));
      current = [];
    } else current.push(`${x(i).toFixed(1)},${y(p.group.totals.averageScore).toFixed(1)}`);
  });
  if (current.length) segments.push(current.join(' '));
  return (
    <figure style={{ margin: 0 }}>
      <svg className={styles.svg} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${strings.trend}: ${strings.averageScore}`}>
        <line className={styles.axis} x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} />
        <line className={styles.axis} x1={PAD.left} x2={PAD.left} y1={y(100)} y2={y(0)} />
        {[0, 50, 100].map((v) => (
          <text key={v} className={styles.label} x={PAD.left - 6} y={y(v) + 4} textAnchor="end">
            {v}
          </text>
        ))}
        {n > 0 && (
          <>
            <text className={styles.label} x={x(0)} y={H - 6}>
              {points[0].date}
            </text>
            <text className={styles.label} x={x(n - 1)} y={H - 6} textAnchor="end">
              {points[n - 1].date}
            </text>
          </>
        )}
        {segments.length === 0 && (
          <text className={styles.label} x={W / 2} y={H / 2} textAnchor="middle">
            {strings.suppressed}
          </text>
        )}
        {segments.map((s, i) =>
          s.includes(' ') ? <polyline key={i} className={styles.line} points={s} /> : <circle key={i} className={styles.dot} cx={s.split(',')[0]} cy={s.split(',')[1]} r={3} />,
        )}
      </svg>
      <details>
        <summary>{strings.trendTable}</summary>
        <table className={styles.table}>
          <ColumnHeads labels={[strings.date, strings.people, strings.averageScore, strings.notForwarded, strings.unreadOverdue]} />
          <tbody>
            {points.map((p) => (
              <tr key={p.date}>
                <th scope="row">{p.date}</th>
                {p.group.suppressed ? (
                  <td colSpan={4}>{strings.suppressed}</td>
                ) : (
                  <>
                    <td>{p.group.totals.people}</td>
                    <td>{p.group.totals.averageScore}</td>
                    <td>{p.group.totals.publicRecordsNotForwarded}</td>
                    <td>{p.group.totals.unreadOverdue}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
