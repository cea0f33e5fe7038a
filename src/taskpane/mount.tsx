// Renders the task pane into #root and lets the wiring update what it shows.

import { createRoot } from 'react-dom/client';
import { App, type AppProps } from '../ui/shell/App';

export function mount(initial: AppProps): (next: Partial<AppProps>) => void {
  const element = document.getElementById('root');
  if (!element) throw new Error('taskpane.html has no #root element');
  const root = createRoot(element);
  let props = initial;
  root.render(<App {...props} />);
  return (next) => {
    props = { ...props, ...next };
    root.render(<App {...props} />);
  };
}
