// Shared look of the admin pages' data tables: compact, zebra rows, scrolling sideways in a
// focusable region on a narrow screen instead of squeezing the columns.

import { makeStyles, tokens } from '@fluentui/react-components';

export const useTableStyles = makeStyles({
  scroll: { overflowX: 'auto', maxWidth: '100%', ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  table: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, textAlign: 'left', verticalAlign: 'top', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
    '& thead th': { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
    '& tbody tr:nth-child(even)': { backgroundColor: tokens.colorNeutralBackground2 },
  },
  num: { textAlign: 'right' },
  // Lists of words (nämnder, problems) get room instead of one word per line.
  wide: { minWidth: '200px' },
  heading: { display: 'block', margin: `${tokens.spacingVerticalS} 0` },
});
