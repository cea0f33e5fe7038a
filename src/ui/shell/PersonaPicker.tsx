// Demo only: choose whose mailbox the task pane shows (the tenant's politicians and the registrar).

import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { STRINGS, type Language } from '../i18n';

export interface Persona {
  name: string;
  address: string;
  /** e.g. "Kommunstyrelsen · S" or "Registrator". */
  description: string;
}

const useStyles = makeStyles({
  root: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, backgroundColor: tokens.colorNeutralBackground3 },
  // The option text is long ("name — party · organisation"): keep the control inside 320 px.
  select: { minHeight: '44px', width: '100%', maxWidth: '100%', minWidth: 0 },
});

export function PersonaPicker(props: { personas: Persona[]; selected: string; language: Language; onSelect: (address: string) => void; title?: string }) {
  const styles = useStyles();
  const strings = STRINGS[props.language];
  return (
    <div className={styles.root}>
      <Field label={props.title ?? strings.personaTitle}>
        <Select className={styles.select} value={props.selected} onChange={(_, data) => props.onSelect(data.value)}>
          {props.personas.map((p) => (
            <option key={p.address} value={p.address}>
              {p.name} — {p.description}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
