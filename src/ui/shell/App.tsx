// The task pane shell: theme and language providers, the four views as tabs (the three
// mailbox-wide views load as separate chunks), and an optional header slot (the demo's persona picker).

import { FluentProvider, Spinner, Tab, TabList, makeStyles, tokens, type Theme } from '@fluentui/react-components';
import { Suspense, lazy, useState, type ReactNode } from 'react';
import type { MessageId } from '../../ports/mailbox';
import { LanguageContext, STRINGS, type Language } from '../i18n';
import { MessageView } from '../message/MessageView';
import { ServicesContext, type CurrentState, type PostvaktServices } from '../services';

const InboxView = lazy(() => import(/* webpackChunkName: "lazy-inbox" */ '../inbox/InboxView.js').then((m) => ({ default: m.InboxView })));
const HygieneView = lazy(() => import(/* webpackChunkName: "lazy-hygiene" */ '../hygiene/HygieneView.js').then((m) => ({ default: m.HygieneView })));
const ExposureView = lazy(() => import(/* webpackChunkName: "lazy-exposure" */ '../exposure/ExposureView.js').then((m) => ({ default: m.ExposureView })));

const useStyles = makeStyles({
  root: { minHeight: '100vh', boxSizing: 'border-box', backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  title: { margin: 0, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  tabs: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  // Four tabs do not fit in a 320 px pane: they wrap instead of scrolling out of sight.
  tabList: { flexWrap: 'wrap' },
  tab: { minHeight: '44px' },
  main: { padding: tokens.spacingHorizontalM, maxWidth: '1024px' },
});

export type ViewId = 'message' | 'inbox' | 'hygiene' | 'log';

export interface AppProps {
  services: PostvaktServices;
  current: CurrentState;
  language: Language;
  theme: Theme;
  header?: ReactNode;
}

export function App({ services, current, language, theme, header }: AppProps) {
  const styles = useStyles();
  const strings = STRINGS[language];
  const [view, setView] = useState<ViewId>('message');
  const open = services.openMessage
    ? (id: MessageId) => {
        services.openMessage!(id);
        setView('message');
      }
    : undefined;
  return (
    <FluentProvider theme={theme} className={styles.root} lang={language}>
      <LanguageContext.Provider value={language}>
        <ServicesContext.Provider value={services}>
          <header>
            {header}
            <h1 className={styles.title}>{strings.appTitle}</h1>
          </header>
          <nav className={styles.tabs}>
            <TabList className={styles.tabList} selectedValue={view} onTabSelect={(_, data) => setView(data.value as ViewId)} aria-label={strings.tabs} size="medium">
              <Tab className={styles.tab} value="message">
                {strings.tabMessage}
              </Tab>
              <Tab className={styles.tab} value="inbox">
                {strings.tabInbox}
              </Tab>
              <Tab className={styles.tab} value="hygiene">
                {strings.tabHygiene}
              </Tab>
              <Tab className={styles.tab} value="log">
                {strings.tabLog}
              </Tab>
            </TabList>
          </nav>
          <main className={styles.main} aria-label={strings.appTitle}>
            <Suspense fallback={<Spinner label={strings.loading} />}>
              {view === 'message' && <MessageView state={current} />}
              {view === 'inbox' && <InboxView onOpen={open} />}
              {view === 'hygiene' && <HygieneView />}
              {view === 'log' && <ExposureView />}
            </Suspense>
          </main>
        </ServicesContext.Provider>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}
