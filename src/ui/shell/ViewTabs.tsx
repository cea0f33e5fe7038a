// The four views as tabs. A chunk of its own: TabList brings Tabster's keyboard navigation, which
// the first verdict does not need, so the shell loads it once the first view has content.

import { Tab, TabList, makeStyles } from '@fluentui/react-components';
import { useStrings } from '../i18n';

export type ViewId = 'message' | 'inbox' | 'hygiene' | 'log';

const useStyles = makeStyles({
  // Four tabs do not fit in a 320 px pane: they wrap instead of scrolling out of sight.
  tabList: { flexWrap: 'wrap' },
  tab: { minHeight: '44px' },
});

export function ViewTabs({ view, onSelect }: { view: ViewId; onSelect: (view: ViewId) => void }) {
  const styles = useStyles();
  const strings = useStrings();
  const tabs: [ViewId, string][] = [
    ['message', strings.tabMessage],
    ['inbox', strings.tabInbox],
    ['hygiene', strings.tabHygiene],
    ['log', strings.tabLog],
  ];
  return (
    <TabList className={styles.tabList} selectedValue={view} onTabSelect={(_, data) => onSelect(data.value as ViewId)} aria-label={strings.tabs} size="medium">
      {tabs.map(([id, label]) => (
        <Tab key={id} className={styles.tab} value={id}>
          {label}
        </Tab>
      ))}
    </TabList>
  );
}
