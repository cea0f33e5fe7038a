// Entry of redirect.html, the redirect URI of the plain-browser sign-in popup: MSAL 5 reads the
// answer in the page that opened the popup only when this page hands it over (a BroadcastChannel
// of the same origin), then closes the popup. Nothing is stored and nothing is logged here.

import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

// Without a sign-in answer in the address (the page opened by hand) there is nothing to hand over.
broadcastResponseToMainFrame().catch(() => undefined);
