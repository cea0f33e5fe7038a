// Least-privilege delegated Microsoft Graph scopes Postvakt asks for (used by the MSAL helper).

/** Read, classify, tag and purge mail; send to the registrar; read automatic-reply settings. */
export const GRAPH_SCOPES = ['Mail.ReadWrite', 'Mail.Send', 'MailboxSettings.Read'] as const;

/**
 * The admin side's scopes, each asked for only by the calls that need it: usage reports (with an Entra
 * reports role), Exchange message trace, and the organisation's one SharePoint site (granted per site).
 */
export const ADMIN_GRAPH_SCOPES = ['Reports.Read.All', 'ExchangeMessageTrace.Read.All', 'Sites.Selected'] as const;

export type GraphScope = (typeof GRAPH_SCOPES)[number] | (typeof ADMIN_GRAPH_SCOPES)[number];
