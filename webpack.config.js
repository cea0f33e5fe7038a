// Webpack: the task pane app (dist/taskpane.html), plus Outlook's commands and launch-event bundles
// from webpack.outlook.js when present. `--env demo` serves Office.js from node_modules instead of the CDN.
'use strict';
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const { GriffelCSSExtractionPlugin } = require('@griffel/webpack-extraction-plugin');
const { CspMetaPlugin, contentSecurityPolicy, cspHostsFromConfig } = require('./scripts/csp.js');
const { formatHeadersFile } = require('./scripts/pageHeaders.js');

const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_LOCAL = 'office/office.js';
const officeDist = path.join(__dirname, 'node_modules/@microsoft/office-js/dist');
const configFile = path.join(__dirname, 'config', 'postvakt.config.json');

/**
 * swc's minifier in place of terser (same `passes: 2`, same ecma from each config's target): the
 * production build's minification drops from most of a minute to a few seconds. The plugin is
 * webpack's own minimizer, resolved from webpack so no second copy is installed.
 */
function swcMinimizer() {
  const MinimizerPlugin = require(require.resolve('minimizer-webpack-plugin', { paths: [path.dirname(require.resolve('webpack'))] }));
  return new MinimizerPlugin({ minify: { implementation: MinimizerPlugin.swcMinify, options: { compress: { passes: 2 } } } });
}

/**
 * The first verdict needs the entry bundle, the classifier chunks and postvakt.config.json. Without
 * help the last two wait until the bundle has run; here they all start at once: the entry script
 * async at high priority, then `<link rel=preload>` for the config and for the chunks of the named
 * dynamic imports.
 *
 * The same first wave (the entry, its stylesheet, the config, the classifier chunks and Office.js) is
 * written to `_headers` as `Link: rel=preload` headers of the pages named in `linkPages`, for the host
 * to send with the page: the browser then asks for them while it commits the navigation, before it has
 * parsed a byte of the HTML (a throttled tablet spends 0.1–0.3 s there). A host that does not send
 * them loses nothing: the tags in the HTML ask for the same files.
 */
class PreloadFirstVerdictPlugin {
  constructor(chunkGroups, fetches, linkPages = {}) {
    this.chunkGroups = chunkGroups;
    this.fetches = fetches;
    /** Page file → the blocking scripts of its template (Office.js) to preload as well. */
    this.linkPages = linkPages;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.compilation.tap('PostvaktPreload', (compilation) => {
      const links = new Map();
      // After html-webpack-plugin has written the pages (PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE).
      compilation.hooks.processAssets.tap({ name: 'PostvaktPreload', stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        if (links.size === 0) return;
        const pages = [...links].map(([page, values]) => [`/${page}`, values.map((value) => ['Link', value])]);
        const comment = 'Headers for the static host to send with these pages (Netlify / Cloudflare Pages format; written by webpack.config.js).\nThe first verdict\'s files, asked for while the browser commits the page instead of after it has parsed it.';
        compilation.emitAsset('_headers', new sources.RawSource(formatHeadersFile(pages, comment)));
      });
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('PostvaktPreload', (data) => {
        // The admin page has no first verdict to hurry.
        if (data.outputName === 'dashboard.html') return data;
        const files = [];
        for (const name of this.chunkGroups) {
          const group = compilation.namedChunkGroups.get(name);
          if (!group) {
            compilation.errors.push(new Error(`PreloadFirstVerdictPlugin: no chunk group named "${name}"`));
            continue;
          }
          for (const chunk of group.chunks) for (const file of chunk.files) if (file.endsWith('.js') && !files.includes(file)) files.push(file);
        }
        // The entry runs as soon as it has arrived (async, not defer): a deferred script waits for
        // every stylesheet and for Office.js to load and run, so its module set-up and the classifier's
        // would not overlap them. src/taskpane/index.tsx waits for Office.js to have run before it starts.
        for (const tag of data.headTags) {
          if (tag.tagName !== 'script') continue;
          tag.attributes.fetchpriority = 'high';
          delete tag.attributes.defer;
          tag.attributes.async = true;
        }
        // fetch() is a CORS-mode request: the preload says so (crossorigin) or the browser fetches twice.
        const fetches = this.fetches.map((href) => HtmlWebpackPlugin.createHtmlTagObject('link', { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href }));
        const scripts = files.map((file) => HtmlWebpackPlugin.createHtmlTagObject('link', { rel: 'preload', as: 'script', href: data.publicPath + file }));
        data.headTags.push(...fetches, ...scripts);
        const blocking = this.linkPages[data.outputName];
        if (blocking) {
          const url = (tag) => tag.attributes.src || tag.attributes.href;
          const values = [];
          for (const tag of data.headTags) {
            if (tag.tagName === 'script') values.push(`<${url(tag)}>; rel=preload; as=script; fetchpriority=high`);
            else if (tag.attributes.rel === 'stylesheet') values.push(`<${url(tag)}>; rel=preload; as=style`);
            else if (tag.attributes.rel === 'preload') values.push(`<${url(tag)}>; rel=preload; as=${tag.attributes.as}${tag.attributes.crossorigin ? `; crossorigin=${tag.attributes.crossorigin}` : ''}`);
          }
          for (const src of blocking) values.push(`<${src}>; rel=preload; as=script`);
          links.set(data.outputName, values);
        }
        return data;
      });
    });
  }
}

/**
 * Marks the scripts that run in full before the first verdict (the entry and the classifier) with
 * V8's explicit compile hint, so Chromium (Edge, WebView2, Chrome) compiles their functions on a
 * background thread while they download instead of on the main thread when first called. Other
 * engines read a comment. Added after minification (which would strip it), before content hashing.
 */
class CompileHintsPlugin {
  constructor(chunkGroups) {
    this.chunkGroups = chunkGroups;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.compilation.tap('PostvaktCompileHints', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'PostvaktCompileHints', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 }, () => {
        const files = new Set();
        for (const name of this.chunkGroups) {
          const group = compilation.namedChunkGroups.get(name);
          if (group) for (const file of group.getFiles()) if (file.endsWith('.js')) files.add(file);
        }
        for (const file of files) compilation.updateAsset(file, (source) => new sources.ConcatSource('//# allFunctionsCalledOnLoad\n', source));
      });
    });
  }
}

/** The names of the entry points under which a chunk group loads (its own when it is one). */
function entryNamesOf(group, seen = new Set()) {
  if (seen.has(group)) return [];
  seen.add(group);
  if (group.isInitial()) return [group.name];
  return [...group.parentsIterable].flatMap((parent) => entryNamesOf(parent, seen));
}

/**
 * Every module the named chunk group's first chunk needs, in one chunk of its own ("classifier"): webpack
 * would otherwise split them by which other lazy chunks share them (the app, the exposure check, the
 * registrar's export …), three preloaded files on main, each gzipped without the others' words. Only
 * chunks that load under `entry` alone take part, so the admin page's chunks keep their own copies
 * instead of loading the classifier. The other chunks that need these modules then load this one,
 * which the task pane has preloaded anyway.
 */
function oneChunkFor(groupName, chunkName, entry) {
  const inGroup = (module, { chunkGraph }) => {
    for (const chunk of chunkGraph.getModuleChunksIterable(module)) if (chunk.name === groupName) return true;
    return false;
  };
  const underEntryOnly = (chunk) => [...chunk.groupsIterable].every((group) => entryNamesOf(group).every((name) => name === entry));
  return { name: chunkName, chunks: underEntryOnly, test: inGroup, enforce: true, priority: 100, reuseExistingChunk: false };
}

/**
 * Rewrites the minified scripts of the named chunk groups with `rewrite(code) → code` (the same program),
 * after minification and before content hashing (and before CompileHintsPlugin's first line).
 */
class RewriteScriptsPlugin {
  constructor(name, chunkGroups, rewrite) {
    this.name = name;
    this.chunkGroups = chunkGroups;
    this.rewrite = rewrite;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.compilation.tap(this.name, (compilation) => {
      compilation.hooks.processAssets.tap({ name: this.name, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 }, () => {
        const files = new Set();
        for (const name of this.chunkGroups) {
          const group = compilation.namedChunkGroups.get(name);
          if (group) for (const file of group.getFiles()) if (file.endsWith('.js')) files.add(file);
        }
        for (const file of files) {
          compilation.updateAsset(file, (source) => {
            const code = source.source().toString();
            const out = this.rewrite(code);
            return out === code ? source : new sources.RawSource(out);
          });
        }
      });
    });
  }
}

/**
 * swc's minifier writes the non-ASCII letters of untagged template literals as escapes (`avs\xe4ndare
 * ${…}`, 4 bytes for 2); this writes them back as letters (scripts/templateText.js).
 */
function templateTextPlugin(chunkGroups) {
  const { unescapeTemplateText } = require('./scripts/templateText.js');
  return new RewriteScriptsPlugin('PostvaktTemplateText', chunkGroups, (code) => unescapeTemplateText(code));
}

/**
 * webpack lists a chunk's modules by id, which puts the classifier's word lists and the code that reads
 * them far apart; gzip looks back 32 KB only. This orders them for the smallest deflate (a greedy search,
 * about 2 s of build time; scripts/gzipOrder.js). The order is no part of the program.
 */
function gzipOrderPlugin(chunkGroups) {
  const { orderModulesForGzip } = require('./scripts/gzipOrder.js');
  return new RewriteScriptsPlugin('PostvaktGzipOrder', chunkGroups, (code) => orderModulesForGzip(code));
}

function taskpaneConfig(env, argv, outlookFiles) {
  const production = (argv && argv.mode) !== 'development';
  const demo = Boolean(env && env.demo);
  const plugins = [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: path.join(__dirname, 'src/taskpane/taskpane.html'),
      chunks: ['taskpane'],
      templateParameters: { officeJs: demo ? OFFICE_LOCAL : OFFICE_CDN },
      scriptLoading: 'defer',
      // The template places the tags before Office.js, so the bundle and its preloads start first.
      inject: false,
    }),
    // The plain-browser demo: the same app without Office.js (outside Office it would only load its
    // host lookup, whose logger frames Microsoft's telemetry service). In Outlook, taskpane.html.
    new HtmlWebpackPlugin({
      filename: 'demo.html',
      template: path.join(__dirname, 'src/taskpane/taskpane.html'),
      chunks: ['taskpane'],
      templateParameters: { officeJs: null },
      scriptLoading: 'defer',
      inject: false,
    }),
    // The admin page (src/dashboard): its own entry and chunks, no Office.js.
    new HtmlWebpackPlugin({
      filename: 'dashboard.html',
      template: path.join(__dirname, 'src/dashboard/dashboard.html'),
      chunks: ['dashboard'],
      scriptLoading: 'defer',
      inject: false,
    }),
    // The names match src/taskpane/index.tsx: the "verdict" chunk and fetchOutlookConfigJson().
    // Outlook's page gets them as Link headers too (_headers), with Office.js from the CDN.
    new PreloadFirstVerdictPlugin(['verdict'], ['postvakt.config.json'], demo ? {} : { 'taskpane.html': [OFFICE_CDN] }),
  ];
  if (production) plugins.push(templateTextPlugin(['taskpane', 'verdict']), gzipOrderPlugin(['verdict']), new CompileHintsPlugin(['taskpane', 'verdict']));
  // Fluent UI's styles as one .css file built here, not CSS strings the bundle inserts at run time.
  plugins.push(new MiniCssExtractPlugin({ filename: production ? '[name].[contenthash:8].css' : '[name].css', ignoreOrder: true }), new GriffelCSSExtractionPlugin());
  // The deployment's settings (sign-in, policy) are read at start-up from beside taskpane.html.
  if (fs.existsSync(configFile)) plugins.push(new CopyWebpackPlugin({ patterns: [{ from: configFile, to: 'postvakt.config.json' }] }));
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
    // No eval-based source maps: the pages' CSP has no 'unsafe-eval'.
    devtool: production ? false : 'cheap-module-source-map',
    entry: { taskpane: path.join(__dirname, 'src/taskpane/index.tsx'), dashboard: path.join(__dirname, 'src/dashboard/index.tsx') },
    output: {
      path: path.join(__dirname, demo ? 'dist-demo' : 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',
      // dist/ holds no stale chunks; the Outlook builds' files (same folder, built alongside) stay.
      clean: { keep: (file) => Boolean(outlookFiles && outlookFiles.test(file)) },
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
        // Fluent UI's packages ship their styles precompiled (`__styles`, `__resetStyles`); the
        // extraction loader moves those CSS strings out of the JavaScript into the CSS asset.
        {
          test: /\.m?js$/,
          include: /node_modules[\\/]@fluentui[\\/]/,
          use: { loader: GriffelCSSExtractionPlugin.loader },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Last to first: swc strips the types, Griffel's loader precompiles our makeStyles /
          // makeResetStyles (imported from @fluentui/react-components), the extraction loader moves
          // their CSS into the CSS asset. The development build leaves our own styles to Griffel at
          // run time (its loader evaluates each styles module: it doubled `npm start`'s first
          // compile); Griffel writes them through insertRule into empty <style> elements, which the
          // CSP allows (scripts/csp.js).
          use: [
            ...(production
              ? [
                  { loader: GriffelCSSExtractionPlugin.loader },
                  {
                    loader: '@griffel/webpack-loader',
                    options: { modules: [{ moduleSource: '@fluentui/react-components', importName: 'makeStyles', resetImportName: 'makeResetStyles' }] },
                  },
                ]
              : []),
            {
              loader: 'swc-loader',
              options: {
                jsc: {
                  parser: { syntax: 'typescript', tsx: true },
                  transform: { react: { runtime: 'automatic' } },
                  // ES2022 (tsconfig.json's target): class fields stay native instead of a defineProperty
                  // helper per field (-325 B gzip in the classifier chunk). The pane already needs as much:
                  // Fluent UI's tabster ships ES2021 (`??=`), so Chromium 85 / Safari 14.1.
                  target: 'es2022',
                },
              },
            },
          ],
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
      ],
    },
    plugins,
    optimization: {
      splitChunks: { cacheGroups: { classifier: oneChunkFor('verdict', 'classifier', 'taskpane') } },
      // Exports named a, b, c … by size instead of a two-letter hash of the name. A module's names then
      // change only when its export list does (its importers' hashes with them); -115 B gzip in the
      // classifier chunk, which calls across its modules' exports.
      mangleExports: production ? 'size' : false,
    },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
}

module.exports = (env = {}, argv = {}) => {
  const outlook = path.join(__dirname, 'webpack.outlook.js');
  const outlookModule = fs.existsSync(outlook) ? require(outlook) : null;
  const configs = [taskpaneConfig(env, argv, outlookModule ? outlookModule.OUTLOOK_FILES : null)];
  if (outlookModule && !env.taskpaneOnly) configs.push(...outlookModule(env, argv));
  // Every HTML page any of these builds emits carries the Content-Security-Policy (scripts/csp.js).
  const hosts = cspHostsFromConfig();
  for (const problem of hosts.problems) process.stderr.write(`webpack: config/postvakt.config.json: ${problem}\n`);
  const csp = new CspMetaPlugin(contentSecurityPolicy(hosts));
  return configs.map((config) => ({ ...config, plugins: [...(config.plugins || []), csp], optimization: { ...config.optimization, minimizer: [swcMinimizer()] } }));
};
