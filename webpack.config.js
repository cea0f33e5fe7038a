// Webpack: the task pane app (dist/taskpane.html), plus Outlook's commands and launch-event bundles
// from webpack.outlook.js when present. `--env demo` serves Office.js from node_modules instead of the CDN.
'use strict';
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_LOCAL = 'office/office.js';
const officeDist = path.join(__dirname, 'node_modules/@microsoft/office-js/dist');

function taskpaneConfig(env, argv) {
  const production = (argv && argv.mode) !== 'development';
  const demo = Boolean(env && env.demo);
  const plugins = [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: path.join(__dirname, 'src/taskpane/taskpane.html'),
      chunks: ['taskpane'],
      templateParameters: { officeJs: demo ? OFFICE_LOCAL : OFFICE_CDN },
      scriptLoading: 'defer',
    }),
  ];
  if (demo) {
    // office.js loads o15apptofilemappingtable.js and its string tables from beside itself.
    plugins.push(
      new CopyWebpackPlugin({
        patterns: ['office.js', 'o15apptofilemappingtable.js', 'en-us/office_strings.js', 'sv-se/office_strings.js'].map((file) => ({
          from: path.join(officeDist, file),
          to: path.join('office', file),
        })),
      }),
    );
  }
  return {
    name: 'taskpane',
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'eval-cheap-module-source-map',
    entry: { taskpane: path.join(__dirname, 'src/taskpane/index.tsx') },
    output: {
      path: path.join(__dirname, demo ? 'dist-demo' : 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',

    },
    // TypeScript's node16 resolution wants '.js' on dynamic imports; webpack maps them to the sources.
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
      // The Graph adapter loads its Node-only fetch (undici) at run time in Node only; keep it out of the bundle.
      alias: { undici: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic' } },
                target: 'es2020',
              },
            },
          },
        },
      ],
    },
    plugins,
    performance: { hints: false },
    stats: 'errors-warnings',
  };
}

module.exports = (env = {}, argv = {}) => {
  const configs = [taskpaneConfig(env, argv)];
  const outlook = path.join(__dirname, 'webpack.outlook.js');
  if (fs.existsSync(outlook) && !env.taskpaneOnly) configs.push(...require(outlook)(env, argv));
  return configs;
};
