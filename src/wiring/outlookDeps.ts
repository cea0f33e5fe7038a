// The Outlook wiring both entry points share (task pane and ribbon commands): who the mailbox owner
// is, and the mailbox, policy and clock built once from postvakt.config.json, lazily (the validators,
// MSAL and the Graph client are chunks fetched when an action or a mailbox-wide view needs them).

import type { MailboxOwner } from '../domain/types';
import type { ServiceDeps } from './serviceDeps';

/** The signed-in person as Office.js knows them (roles are not known here). */
export function outlookOwner(): MailboxOwner {
  const profile = Office.context.mailbox.userProfile;
  return { name: profile.displayName, address: profile.emailAddress, roles: [] };
}

/**
 * Builds the services' dependencies on first call and keeps them; a failed start (no config, no
 * network, a chunk that did not load) is tried again on the next call.
 */
export function lazyOutlookDeps(configJson: () => Promise<unknown>, owner: MailboxOwner): () => Promise<ServiceDeps> {
  let deps: Promise<ServiceDeps> | null = null;
  return () => {
    deps ??= Promise.all([
      configJson(),
      import(/* webpackChunkName: "lazy-config" */ './outlookConfig.js'),
      import(/* webpackChunkName: "lazy-graph" */ './outlookGraph.js'),
    ]).then(([json, config, graph]) => graph.createOutlookDeps(config.parseOutlookConfig(json), owner));
    deps.catch(() => (deps = null));
    return deps;
  };
}
