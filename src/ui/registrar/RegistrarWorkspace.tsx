// Registrar mode of the task pane: "Inkorgen" is the queue of deliveries to register (with the
// handled ones), and "Det här meddelandet" shows the open delivery's card, or, for ordinary mail to
// the registrar, the usual verdict. A delivery is never offered for purge.

import { Button, MessageBar, MessageBarBody, Spinner, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { LoadedDelivery } from '../../app/registrar/loadDeliveries';
import type { MessageId } from '../../ports/mailbox';
import { describeError } from '../describe';
import { STRINGS, useLanguage } from '../i18n';
import { MessageView } from '../message/MessageView';
import type { CurrentState } from '../services';
import { DeliveryCard } from './DeliveryCard';
import { ExportPanel } from './ExportPanel';
import { HandledList, QueueList } from './QueueList';
import { RegistrationCard } from './RegistrationCard';
import { useRegistrarStrings } from './registrarStrings';
import { useRegistrarDesk, type RegistrarDeskState } from './useRegistrarDesk';

const useStyles = makeStyles({
  tabs: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, flexWrap: 'wrap' },
  tab: { minHeight: '44px' },
  main: { padding: tokens.spacingHorizontalM, maxWidth: '1024px', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
    '@media (min-width: 720px)': { gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr)' },
  },
  column: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  button: { minHeight: '44px' },
});

type RegistrarTab = 'queue' | 'message';

export function RegistrarWorkspace({ current }: { current: CurrentState }) {
  const styles = useStyles();
  const s = useRegistrarStrings();
  const desk = useRegistrarDesk();
  const [tab, setTab] = useState<RegistrarTab>('queue');
  return (
    <>
      <nav>
        <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as RegistrarTab)} aria-label={s.tabs}>
          <Tab className={styles.tab} value="queue">
            {s.tabQueue}
            {desk.desk ? ` (${desk.desk.queue.length})` : ''}
          </Tab>
          <Tab className={styles.tab} value="message">
            {s.tabDelivery}
          </Tab>
        </TabList>
      </nav>
      <main className={styles.main} aria-label={tab === 'queue' ? s.tabQueue : s.tabDelivery}>
        {tab === 'queue' ? <QueueView desk={desk} /> : <CurrentView current={current} desk={desk} />}
      </main>
    </>
  );
}

function LoadState({ desk }: { desk: RegistrarDeskState }) {
  const s = useRegistrarStrings();
  const language = useLanguage();
  if (desk.loadError)
    return (
      <MessageBar intent="error">
        <MessageBarBody>{describeError(desk.loadError, STRINGS[language])}</MessageBarBody>
      </MessageBar>
    );
  return <Spinner label={s.loading} />;
}

function nameOfIn(deliveries: readonly LoadedDelivery[]) {
  return (id: string): string => {
    const d = deliveries.find((x) => x.id === id);
    if (!d) return id;
    return d.registration?.status === 'registrerad' ? d.registration.diarienummer : `ref ${d.ref}`;
  };
}

function DeliveryPanel({ desk, id }: { desk: RegistrarDeskState; id: MessageId }) {
  const styles = useStyles();
  const view = desk.desk!;
  const delivery = view.deliveries.find((d) => d.id === id);
  if (!delivery) return null;
  const nameOf = nameOfIn(view.deliveries);
  const duplicate = view.duplicates.get(id) ?? null;
  return (
    <div className={styles.column}>
      <DeliveryCard delivery={delivery} duplicate={duplicate} nameOf={nameOf} />
      <RegistrationCard
        key={`${delivery.id}:${delivery.registration?.status ?? 'open'}`}
        delivery={delivery}
        duplicate={duplicate}
        nameOf={nameOf}
        desk={desk}
        diarienummerExample={view.diarienummerExample}
        organisation={view.organisation}
        now={view.now}
      />
    </div>
  );
}

function QueueView({ desk }: { desk: RegistrarDeskState }) {
  const styles = useStyles();
  const s = useRegistrarStrings();
  if (!desk.desk) return <LoadState desk={desk} />;
  const view = desk.desk;
  const byId = new Map(view.deliveries.map((d) => [d.id as string, d]));
  const handled = view.deliveries.filter((d) => d.registration).sort((a, b) => (b.registration!.registeredAt ?? '').localeCompare(a.registration!.registeredAt ?? ''));
  return (
    <div className={styles.grid}>
      <div className={styles.column}>
        <div className={styles.toolbar}>
          <h2 className={styles.heading}>
            {s.queueTitle} ({view.queue.length})
          </h2>
          <Button className={styles.button} icon={<ArrowClockwiseRegular />} onClick={() => void desk.reload()} aria-label={s.reload} />
        </div>
        <QueueList rows={view.queue} deliveries={byId} selected={desk.selected} onSelect={desk.select} />
        <h2 className={styles.heading}>{s.handledTitle}</h2>
        <HandledList deliveries={handled} selected={desk.selected} onSelect={desk.select} />
        <ExportPanel now={view.now} />
      </div>
      {desk.selected && <DeliveryPanel desk={desk} id={desk.selected} />}
    </div>
  );
}

function CurrentView({ current, desk }: { current: CurrentState; desk: RegistrarDeskState }) {
  const [id, setId] = useState<MessageId | null>(null);
  const isDelivery = current.status === 'ready' && current.current.delivery === true;
  useEffect(() => {
    let live = true;
    if (current.status === 'ready' && current.current.delivery) {
      current.current.resolveId().then((resolved) => live && setId(resolved), () => undefined);
    } else setId(null);
    return () => {
      live = false;
    };
  }, [current]);
  // Ordinary mail to the registrar keeps the usual verdict.
  if (!isDelivery) return <MessageView state={current} />;
  if (!desk.desk || !id) return <LoadState desk={desk} />;
  return <DeliveryPanel desk={desk} id={id} />;
}
