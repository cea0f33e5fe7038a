// "Inkorgen": every message awaiting a decision with its proposed action, a category filter,
// multi-select and a bulk run with a progress bar that can be stopped between batches.

import {
  Button,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Select,
  Text,
  createTableColumn,
  makeStyles,
  tokens,
  type TableColumnDefinition,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { CATEGORY_LABELS } from '../../domain/labels';
import { CATEGORIES } from '../../domain/types';
import type { MessageId } from '../../ports/mailbox';
import { useLanguage, useStrings } from '../i18n';
import type { InboxItem } from '../services';
import { inboxPanel } from './inboxPanel';
import { useInbox, type CategoryFilter } from './useInbox';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  button: { minHeight: '44px' },
  select: { minWidth: '12rem' },
  row: { minHeight: '44px' },
  // Columns share the width unevenly; below 600 px the proposal moves under the subject.
  colMessage: { flexGrow: 3, flexBasis: 0, minWidth: 0 },
  colProposed: { flexGrow: 1, flexBasis: 0, minWidth: 0, '@media (max-width: 599px)': { display: 'none' } },
  colOpen: { flexGrow: 0, flexShrink: 0, flexBasis: '80px' },
  proposedInline: { display: 'none', '@media (max-width: 599px)': { display: 'block', fontWeight: tokens.fontWeightSemibold } },
  subject: { overflowWrap: 'anywhere' },
  from: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

export function InboxView({ onOpen }: { onOpen?: (id: MessageId) => void }) {
  const styles = useStyles();
  const strings = useStrings();
  const language = useLanguage();
  const inbox = useInbox();
  const [confirming, setConfirming] = useState(false);

  const columns: TableColumnDefinition<InboxItem>[] = useMemo(
    () => [
      createTableColumn<InboxItem>({
        columnId: 'subject',
        renderHeaderCell: () => strings.subject,
        renderCell: (item) => (
          <div>
            <Text block className={styles.subject}>
              {item.summary.subject}
            </Text>
            <Text block size={200} className={styles.from}>
              {item.summary.from?.name || item.summary.from?.address || ''}
            </Text>
            <Text block size={200} className={styles.proposedInline}>
              {item.verdict ? CATEGORY_LABELS[item.verdict.category][language] : '—'}
            </Text>
          </div>
        ),
      }),
      createTableColumn<InboxItem>({
        columnId: 'proposed',
        renderHeaderCell: () => strings.proposed,
        renderCell: (item) => (item.verdict ? CATEGORY_LABELS[item.verdict.category][language] : '—'),
      }),
      ...(onOpen
        ? [
            createTableColumn<InboxItem>({
              columnId: 'open',
              renderHeaderCell: () => strings.open,
              renderCell: (item) => (
                <Button className={styles.button} appearance="subtle" aria-label={`${strings.open}: ${item.summary.subject}`} onClick={() => onOpen(item.summary.id)}>
                  {strings.open}
                </Button>
              ),
            }),
          ]
        : []),
    ],
    [strings, language, styles, onOpen],
  );

  const columnClass = (columnId: string | number) =>
    columnId === 'subject' ? styles.colMessage : columnId === 'proposed' ? styles.colProposed : styles.colOpen;

  const panel = inboxPanel({ items: inbox.items, visibleCount: inbox.visible.length, loadError: inbox.loadError });
  if (panel === 'load-failed') {
    return (
      <div className={styles.root}>
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{inbox.loadError}</MessageBarBody>
          <MessageBarActions>
            <Button className={styles.button} onClick={() => void inbox.reload()}>
              {strings.retry}
            </Button>
          </MessageBarActions>
        </MessageBar>
      </div>
    );
  }
  if (panel === 'loading') {
    const { done, total } = inbox.loadProgress;
    return (
      <Field label={strings.classifying} validationMessage={total ? `${done} / ${total}` : strings.loading} validationState="none">
        <ProgressBar value={total ? done / total : undefined} />
      </Field>
    );
  }

  const selectedCount = inbox.visible.filter((i) => inbox.selected.has(i.summary.id)).length;
  return (
    <div className={styles.root}>
      <Text as="h2" size={400} weight="semibold">
        {strings.inboxTitle}
      </Text>
      <div className={styles.toolbar}>
        <Field label={strings.filterCategory}>
          <Select className={styles.select} value={inbox.filter} onChange={(_, data) => inbox.setFilter(data.value as CategoryFilter)}>
            <option value="alla">{strings.allCategories}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c][language]}
              </option>
            ))}
          </Select>
        </Field>
        <Button className={styles.button} appearance="primary" disabled={selectedCount === 0 || inbox.bulk !== null} onClick={() => setConfirming(true)}>
          {strings.applyProposed} ({selectedCount})
        </Button>
      </div>
      {inbox.bulk && (
        <div className={styles.toolbar}>
          <Field label={strings.progress} validationMessage={`${inbox.bulk.done} / ${inbox.bulk.total}`} validationState="none" style={{ flexGrow: 1 }}>
            <ProgressBar value={inbox.bulk.total ? inbox.bulk.done / inbox.bulk.total : 0} />
          </Field>
          <Button className={styles.button} onClick={inbox.stop}>
            {strings.stop}
          </Button>
        </div>
      )}
      {inbox.result && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{inbox.result}</MessageBarBody>
        </MessageBar>
      )}
      {inbox.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{inbox.error}</MessageBarBody>
        </MessageBar>
      )}
      {panel === 'empty' ? (
        <Text>{strings.inboxEmpty}</Text>
      ) : (
        <DataGrid
          items={inbox.visible}
          columns={columns}
          getRowId={(item: InboxItem) => item.summary.id}
          selectionMode="multiselect"
          selectedItems={inbox.selected}
          onSelectionChange={(_, data) => inbox.setSelected(new Set(data.selectedItems) as Set<MessageId>)}
          focusMode="composite"
          aria-label={strings.inboxTitle}
        >
          <DataGridHeader>
            <DataGridRow selectionCell={{ checkboxIndicator: { 'aria-label': strings.selectAll } }}>
              {({ renderHeaderCell, columnId }) => <DataGridHeaderCell className={columnClass(columnId)}>{renderHeaderCell()}</DataGridHeaderCell>}
            </DataGridRow>
          </DataGridHeader>
          <DataGridBody<InboxItem>>
            {({ item, rowId }) => (
              <DataGridRow<InboxItem> key={rowId} className={styles.row} selectionCell={{ checkboxIndicator: { 'aria-label': `${strings.selectRow}: ${item.summary.subject}` } }}>
                {({ renderCell, columnId }) => <DataGridCell className={columnClass(columnId)}>{renderCell(item)}</DataGridCell>}
              </DataGridRow>
            )}
          </DataGridBody>
        </DataGrid>
      )}
      <Dialog open={confirming} onOpenChange={(_, data) => setConfirming(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{strings.bulkConfirmTitle(selectedCount)}</DialogTitle>
            <DialogContent>{strings.bulkConfirmText}</DialogContent>
            <DialogActions>
              <Button className={styles.button} onClick={() => setConfirming(false)}>
                {strings.cancel}
              </Button>
              <Button
                className={styles.button}
                appearance="primary"
                onClick={() => {
                  setConfirming(false);
                  void inbox.apply();
                }}
              >
                {strings.confirm}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
