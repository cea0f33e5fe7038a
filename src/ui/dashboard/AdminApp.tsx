// The admin page's shell: theme and language, the views the signed-in role may use as tabs
// (admin: overview and log requests; registrar: log requests; politician: their own row only).

import { Button, FluentProvider, Tab, TabList, Text, makeStyles, tokens, type Theme } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { can } from '../../domain/admin/roles';
import { LanguageContext, STRINGS, type Language } from '../i18n';
import { LogRequestsView } from '../logRequests/LogRequestsView';
import { AdminServicesContext, type AdminServices } from './adminServices';
import { DashboardView } from './DashboardView';
import { OwnRowView } from './OwnRowView';

const useStyles = makeStyles({
  root: { minHeight: '100vh', boxSizing: 'border-box', backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  title: { margin: 0, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  who: { display: 'block', padding: `0 ${tokens.spacingHorizontalM}`, color: tokens.colorNeutralForeground2 },
  tabs: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, minHeight: '44px' },
  main: { padding: tokens.spacingHorizontalM, maxWidth: '1280px' },
  signIn: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalM },
  button: { minHeight: '44px' },
});

type View = 'dashboard' | 'logRequests';

export interface AdminAppProps {
  services: AdminServices | null;
  /** Shown instead of the views when wiring failed (a sentence for a person). */
  error?: string;
  language: Language;
  theme: Theme;
  header?: ReactNode;
  /**
   * Set when a silent sign-in was not enough: a "Logga in" button whose click (a user gesture, so
   * the browser lets the popup open) signs in. Shown with `error` after a failed attempt.
   */
  signIn?: () => void;
}

export function AdminApp({ services, error, language, theme, header, signIn }: AdminAppProps) {
  const styles = useStyles();
  const strings = STRINGS[language];
  const s = strings.admin;
  const role = services?.actor.role;
  const views: View[] = role ? [...(can(role, 'dashboard') || can(role, 'ownRow') ? (['dashboard'] as const) : []), ...(can(role, 'logRequests') ? (['logRequests'] as const) : [])] : [];
  const [chosen, setChosen] = useState<View | null>(null);
  const view = chosen && views.includes(chosen) ? chosen : views[0];
  const roleName = role === 'admin' ? s.roleAdmin : role === 'registrar' ? s.roleRegistrar : s.rolePolitician;
  return (
    <FluentProvider theme={theme} className={styles.root} lang={language}>
      <LanguageContext.Provider value={language}>
        <header>
          {header}
          <h1 className={styles.title}>{s.title}</h1>
          {services && <Text className={styles.who}>{`${roleName} · ${services.actor.address} · ${services.organisation}`}</Text>}
        </header>
        {views.length > 1 && (
          <nav className={styles.tabs} aria-label={s.views}>
            <TabList selectedValue={view} onTabSelect={(_, d) => setChosen(d.value as View)}>
              {views.map((v) => (
                <Tab key={v} value={v}>
                  {v === 'dashboard' ? s.tabDashboard : s.tabLogRequests}
                </Tab>
              ))}
            </TabList>
          </nav>
        )}
        <main className={styles.main} aria-label={s.title}>
          {error && <Text role="alert">{error}</Text>}
          {!services && signIn && (
            <div className={styles.signIn}>
              {!error && <Text>{s.signInPrompt}</Text>}
              <Button className={styles.button} appearance="primary" onClick={signIn}>
                {s.signIn}
              </Button>
            </div>
          )}
          {!error && !services && !signIn && <Text>{strings.loading}</Text>}
          {services && (
            <AdminServicesContext.Provider value={services}>
              {views.length === 0 && <Text>{s.noAccess}</Text>}
              {view === 'dashboard' && (role === 'admin' ? <DashboardView /> : <OwnRowView />)}
              {view === 'logRequests' && <LogRequestsView />}
            </AdminServicesContext.Provider>
          )}
        </main>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}
