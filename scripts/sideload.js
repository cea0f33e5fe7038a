// `npm run sideload`: writes the dev manifest and says how to add it to Outlook. Uses
// office-addin-dev-settings (Windows desktop registry sideloading) only when it is installed.
'use strict';
const path = require('path');
const { generate } = require('./manifest.js');

const ROOT = path.join(__dirname, '..');

function steps(manifest) {
  return [
    `Manifest: ${manifest}`,
    '',
    'Outlook on the web / new Outlook for Windows:',
    '  1. Start the dev server: npm start (serves https://localhost:3000; trust its certificate once).',
    '  2. Open https://aka.ms/olksideload, or in Outlook: Add-ins (Appar) > My add-ins > Custom add-ins >',
    '     Add a custom add-in > Add from file, and choose the manifest above.',
    '  3. Open a message: the Postvakt, Skicka till registrator and Gallra buttons are on the ribbon.',
    '',
    'Smart Alerts (OnMessageSend) run for every user only when an admin deploys the add-in in the',
    'Microsoft 365 admin center (Settings > Integrated apps > Upload custom apps). See README "Running in Outlook".',
  ].join('\n');
}

function tryDevSettings(manifest) {
  let devSettings;
  try {
    devSettings = require('office-addin-dev-settings');
  } catch {
    return 'office-addin-dev-settings is not installed: sideload by hand as above.';
  }
  if (process.platform !== 'win32' || typeof devSettings.sideloadAddIn !== 'function') {
    return 'office-addin-dev-settings found, but automatic sideloading needs Windows desktop Outlook: sideload by hand as above.';
  }
  devSettings.sideloadAddIn(manifest, 'outlook').catch((error) => process.stderr.write(`sideload: ${error.message}\n`));
  return 'Asked office-addin-dev-settings to sideload into desktop Outlook.';
}

function main() {
  const { out } = generate({ env: 'dev', config: null, out: path.join(ROOT, 'manifest.xml') });
  process.stdout.write(`${steps(out)}\n\n${tryDevSettings(out)}\n`);
}

module.exports = { steps };
if (require.main === module) main();
