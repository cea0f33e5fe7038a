// Least-privilege delegated Microsoft Graph scopes Postvakt asks for (used by the MSAL helper).

/** Read, classify, tag and purge mail; send to the registrar; read automatic-reply settings. */
export const GRAPH_SCOPES = ['Mail.ReadWrite', 'Mail.Send', 'MailboxSettings.Read'] as const;

export type GraphScope = (typeof GRAPH_SCOPES)[number];
