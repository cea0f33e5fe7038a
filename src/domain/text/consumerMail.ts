// Consumer mail services: a correspondent writing from one is most likely a private person (or a
// local association): evidence, not proof. Shared by the classifier and the log-exposure report.

export const CONSUMER_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'hotmail.com', 'hotmail.se', 'outlook.com', 'outlook.se', 'live.se', 'live.com',
  'msn.com', 'yahoo.com', 'yahoo.se', 'icloud.com', 'me.com', 'mac.com', 'protonmail.com', 'proton.me', 'pm.me',
  'telia.com', 'telia.se', 'bredband.net', 'bredband2.com', 'comhem.se', 'tele2.se', 'spray.se', 'passagen.se',
  'home.se', 'glocalnet.net', 'bahnhof.se', 'ownit.se', 'aol.com', 'gmx.com', 'gmx.se', 'mail.com', 'tutanota.com',
]);
