// Day-by-day timeline of log rows leaving the 30-day window, as plain SVG columns.

import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { TimelineDay } from '../../domain/reports/exposure.types';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  bar: { fill: tokens.colorBrandBackground },
  axis: { fill: tokens.colorNeutralForeground2, fontSize: '9px' },
  svg: { display: 'block' },
});

export function Timeline({ days }: { days: TimelineDay[] }) {
  const styles = useStyles();
  const strings = useStrings();
  const max = Math.max(1, ...days.map((d) => d.leaving));
  const width = Math.max(1, days.length) * 10;
  const description = days
    .filter((d) => d.leaving > 0)
    .map((d) => `${d.date}: ${d.leaving}`)
    .join(', ');
  return (
    <figure style={{ margin: 0 }}>
      <Text as="h3" size={300} weight="semibold">
        {strings.timeline}
      </Text>
      <svg className={styles.svg} style={{ maxWidth: `${width * 2}px` }} role="img" aria-label={`${strings.timeline}: ${description || '0'}`} width="100%" viewBox={`0 0 ${width} 70`} preserveAspectRatio="xMinYMin meet">
        {days.map((d, i) => {
          const h = (d.leaving / max) * 50;
          return (
            <g key={d.date}>
              <rect className={styles.bar} x={i * 10 + 1} y={55 - h} width={8} height={Math.max(h, d.leaving ? 1 : 0)} />
              {i % 7 === 0 && (
                <text className={styles.axis} x={i * 10} y={67}>
                  {d.date.slice(5)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
