// The task pane's language as React context, over the dictionary in ./strings.

import { createContext, useContext } from 'react';
import { STRINGS, type Language, type Strings } from './strings';

export * from './strings';

export const LanguageContext = createContext<Language>('sv');

export function useStrings(): Strings {
  return STRINGS[useContext(LanguageContext)];
}

export function useLanguage(): Language {
  return useContext(LanguageContext);
}
