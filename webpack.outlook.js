// Webpack configs for Outlook's other entry points: the function file (commands.html + commands.js),
// the Smart Alerts runtime (launchevent.html + ONE import-free launchevent.js for classic Windows'
// JS runtime), the sign-in dialog page and the sign-in popup's redirect page; copies icons and writes the manifest.
'use strict';
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_LOCAL = 'office/office.js';

function swcRules(target) {
  return [
    {
      test: /\.tsx?$/,
      exclude: /node_modules/,
      use: { loader: 'swc-loader', options: { jsc: { parser: { syntax: 'typescript', tsx: true }, target } } },
    },
    // Packages ship ES2020+ (optional chaining in MSAL and the Graph client): bring them down to the
    // same target as our own code, since these scripts run in Outlook's older runtimes too.
    {
      test: /\.m?js$/,
      include: /node_modules/,
      use: { loader: 'swc-loader', options: { jsc: { parser: { syntax: 'ecmascript' }, target }, isModule: 'unknown' } },
    },
  ];
}

/** The files each config here writes into dist/: each cleans only its own (the task pane's build shares the folder). */
const OWN_FILES = { commands: /^(commands[.-]|dialog\.|redirect\.|assets(\/|$)|manifest\.xml$)/, launchevent: /^launchevent\./ };
const OUTLOOK_FILES = new RegExp(Object.values(OWN_FILES).map((r) => r.source).join('|'));

function base(name, env, argv, target) {
  const production = (argv && argv.mode) !== 'development';
  const demo = Boolean(env && env.demo);
  return {
    name,
    mode: production ? 'production' : 'development',
    // eval-based source maps would break the classic Windows JS runtime; no maps in production.
    devtool: production ? false : 'source-map',
    output: { path: path.join(__dirname, demo ? 'dist-demo' : 'dist'), filename: '[name].js', publicPath: '', clean: { keep: (file) => !OWN_FILES[name].test(file) } },
    resolve: { extensions: ['.tsx', '.ts', '.js'], extensionAlias: { '.js': ['.ts', '.tsx', '.js'] }, alias: { undici: false } },
    module: { rules: swcRules(target) },
    performance: { hints: false },
    stats: 'errors-warnings',
    officeJs: demo ? OFFICE_LOCAL : OFFICE_CDN,
    production,
    demo,
  };
}

function page(filename, template, chunk, officeJs) {
  return new HtmlWebpackPlugin({ filename, template: path.join(__dirname, template), chunks: [chunk], templateParameters: { officeJs }, scriptLoading: 'blocking', inject: 'body' });
}

/** Writes the manifest for this build: dev → copy of the committed dev manifest; prod → generated when configured. */
class ManifestPlugin {
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    compiler.hooks.afterEmit.tap('PostvaktManifest', () => {
      const { generate } = require('./scripts/manifest.js');
      const out = path.join(compiler.options.output.path, 'manifest.xml');
      const configFile = path.join(__dirname, 'config', 'postvakt.config.json');
      try {
        generate({ env: this.options.production ? 'prod' : 'dev', config: configFile, out });
      } catch (error) {
        // `npm run build` must work without configuration: say what is missing, build the rest.
        process.stderr.write(`webpack.outlook: no production manifest (${error.message})\n`);
      }
    });
  }
}

function commandsConfig(env, argv) {
  const b = base('commands', env, argv, 'es2017');
  // config/postvakt.config.json is copied by the task pane's build (webpack.config.js), its reader.
  const copies = [{ from: path.join(__dirname, 'assets'), to: 'assets' }];
  const { officeJs, production, demo, ...config } = b;
  return {
    ...config,
    entry: {
      commands: path.join(__dirname, 'src/commands/index.ts'),
      dialog: path.join(__dirname, 'src/adapters/msal/dialogPage.ts'),
      // The plain-browser sign-in popup's redirect URI (MSAL 5's redirect bridge).
      redirect: path.join(__dirname, 'src/adapters/msal/redirectPage.ts'),
    },
    // webpack's own chunk-loading runtime in the same syntax as the code it loads.
    target: ['web', 'es2017'],
    output: { ...config.output, chunkFilename: production ? 'commands-[name].[contenthash:8].js' : 'commands-[name].js' },
    plugins: [
      page('commands.html', 'src/commands/commands.html', 'commands', officeJs),
      page('dialog.html', 'src/adapters/msal/dialog.html', 'dialog', officeJs),
      page('redirect.html', 'src/adapters/msal/redirect.html', 'redirect', officeJs),
      new CopyWebpackPlugin({ patterns: copies }),
      ...(demo ? [] : [new ManifestPlugin({ production })]),
    ],
  };
}

/** The policy's large-group threshold for Smart Alerts, from config/postvakt.config.json when it sets one. */
function sendPolicy() {
  const file = path.join(__dirname, 'config', 'postvakt.config.json');
  if (!fs.existsSync(file)) return null;
  try {
    const n = JSON.parse(fs.readFileSync(file, 'utf8'))?.policy?.massMailingRecipients;
    return Number.isInteger(n) ? { massMailingRecipients: n } : null;
  } catch {
    return null;
  }
}

function launcheventConfig(env, argv) {
  // Classic Outlook on Windows runs this file in its JavaScript-only runtime, which before Office
  // 2403 (and in perpetual Office through 2021) supports ECMAScript 2016 only: no async functions.
  const b = base('launchevent', env, argv, 'es2016');
  const webpack = require('webpack');
  const { officeJs, production, demo, ...config } = b;
  return {
    ...config,
    entry: { launchevent: path.join(__dirname, 'src/launchevent/index.ts') },
    // One self-contained classic script: no chunks, no runtime loading, no module syntax.
    target: ['web', 'es2016'],
    output: { ...config.output, iife: true, chunkFormat: false, chunkLoading: false, asyncChunks: false },
    optimization: { splitChunks: false, runtimeChunk: false },
    plugins: [
      page('launchevent.html', 'src/launchevent/launchevent.html', 'launchevent', officeJs),
      new webpack.DefinePlugin({ 'process.env.POSTVAKT_SEND_POLICY': JSON.stringify(JSON.stringify(sendPolicy())) }),
    ],
  };
}

module.exports = (env = {}, argv = {}) => [commandsConfig(env, argv), launcheventConfig(env, argv)];
module.exports.OUTLOOK_FILES = OUTLOOK_FILES;
