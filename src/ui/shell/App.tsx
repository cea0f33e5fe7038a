// The task pane shell: theme and language providers, the four views as tabs (the tab row and the
// three mailbox-wide views load as separate chunks), and an optional header slot (the demo's persona picker).

import { FluentProvider, Spinner, makeStyles, tokens, type Theme } from '@fluentui/react-components';
import { Suspense, lazy, useEffect, useState, type ReactNode } from 'react';
import type { MessageId } from '../../ports/mailbox';
import { LanguageContext, STRINGS, type Language } from '../i18n';
import { lazyWithPreload } from '../lazy';
import { MessageView } from '../message/MessageView';
import { ServicesContext, type CurrentState, type PostvaktServices } from '../services';
import { RegistrarServicesContext, type RegistrarServices } from '../registrar/registrarServices';
import type { ViewId } from './ViewTabs';

export type { ViewId } from './ViewTabs';

const InboxView = lazy(() => import(/* webpackChunkName: "lazy-inbox" */ '../inbox/InboxView.js').then((m) => ({ default: m.InboxView })));
const HygieneView = lazy(() => import(/* webpackChunkName: "lazy-hygiene" */ '../hygiene/HygieneView.js').then((m) => ({ default: m.HygieneView })));
const ExposureView = lazy(() => import(/* webpackChunkName: "lazy-exposure" */ '../exposure/ExposureView.js').then((m) => ({ default: m.ExposureView })));
const RegistrarWorkspace = lazy(() => import(/* webpackChunkName: "lazy-registrar" */ '../registrar/RegistrarWorkspace.js').then((m) => ({ default: m.RegistrarWorkspace })));
const ViewTabs = lazyWithPreload(() => import(/* webpackChunkName: "lazy-tabs" */ './ViewTabs.js').then((m) => m.ViewTabs));

/** How long the tabs wait for the first view before they load anyway (a slow mailbox must not hide them). */
const TABS_DEADLINE_MS = 800;
const TABS_RETRY_MS = 2000;

const useStyles = makeStyles({
  root: { minHeight: '100vh', boxSizing: 'border-box', backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  title: { margin: 0, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  // Holds the tab row's height while its chunk loads, so the view below does not jump.
  tabs: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, minHeight: '44px' },
  main: { padding: tokens.spacingHorizontalM, maxWidth: '1024px' },
});

export interface AppProps {
  services: PostvaktServices;
  current: CurrentState;
  language: Language;
  theme: Theme;
  header?: ReactNode;
  /** Registrar mode (the registrar mailbox): the registrar workspace instead of the politician's views. */
  registrar?: RegistrarServices;
}

export function App({ services, current, language, theme, header, registrar }: AppProps) {
  const styles = useStyles();
  const strings = STRINGS[language];
  const [view, setView] = useState<ViewId>('message');
  const tabsReady = useTabsAfterFirstView(current.status !== 'loading');
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
          {registrar ? (
            <RegistrarServicesContext.Provider value={registrar}>
              <Suspense fallback={<Spinner label={strings.loading} />}>
                <RegistrarWorkspace current={current} />
              </Suspense>
            </RegistrarServicesContext.Provider>
          ) : (
            <>
              <nav className={styles.tabs}>
                {tabsReady && (
                  <Suspense fallback={null}>
                    <ViewTabs.Component view={view} onSelect={setView} />
                  </Suspense>
                )}
              </nav>
              <main className={styles.main} aria-label={strings.appTitle}>
                <Suspense fallback={<Spinner label={strings.loading} />}>
                  {view === 'message' && <MessageView state={current} />}
                  {view === 'inbox' && <InboxView onOpen={open} />}
                  {view === 'hygiene' && <HygieneView />}
                  {view === 'log' && <ExposureView />}
                </Suspense>
              </main>
            </>
          )}
        </ServicesContext.Provider>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}

/**
 * The first verdict renders with the fewest components: the tab row (TabList and Tabster) is
 * fetched once the first view has settled, or after a short deadline when that is slow. It is
 * shown only once its chunk is in, so a failed fetch never reaches React (it is retried instead).
 */
function useTabsAfterFirstView(settled: boolean): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout>;
    const attempt = (delay: number) => {
      timer = setTimeout(() => {
        ViewTabs.preload().then(
          () => live && setReady(true),
          () => live && attempt(TABS_RETRY_MS),
        );
      }, delay);
    };
    attempt(settled ? 0 : TABS_DEADLINE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [settled, ready]);
  return ready;
}
