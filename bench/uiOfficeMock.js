// bench:ui only: a stand-in for Office.js in read mode (Outlook on the web), served in place of the
// CDN script so the task pane's Outlook wiring can be timed without Outlook. Items come from
// window.__postvaktBenchItems (set by the bench); window.__postvaktBenchSelect(i) fires ItemChanged.
(function () {
  'use strict';
  var items = window.__postvaktBenchItems || [];
  var handlers = [];
  var ok = function (value) {
    return { status: 'succeeded', value: value, error: null, asyncContext: undefined };
  };
  function toItem(m, index) {
    var person = function (p) {
      return { displayName: p.name, emailAddress: p.address, recipientType: 'user' };
    };
    return {
      itemType: 'message',
      itemId: 'AAMkAGI2TG93AAA=' + index,
      internetMessageId: '<bench-' + index + '@example.se>',
      subject: m.subject,
      normalizedSubject: m.subject,
      from: person(m.from),
      sender: person(m.from),
      to: m.toRecipients.map(person),
      cc: m.ccRecipients.map(person),
      dateTimeCreated: new Date(m.receivedDateTime),
      dateTimeModified: new Date(m.receivedDateTime),
      attachments: m.attachments.map(function (a, i) {
        return { id: 'att' + i, name: a.name, contentType: a.contentType, size: a.size, attachmentType: 'file', isInline: false };
      }),
      body: {
        getAsync: function (coercion, options, cb) {
          var done = typeof options === 'function' ? options : cb;
          var text = m.body.contentType === 'html' ? m.body.content.replace(/<[^>]+>/g, ' ') : m.body.content;
          setTimeout(function () { done(ok(text)); }, 0);
        },
      },
      getAllInternetHeadersAsync: function (options, cb) {
        var done = typeof options === 'function' ? options : cb;
        var headers = m.internetMessageHeaders.map(function (h) { return h.name + ': ' + h.value; }).join('\r\n');
        setTimeout(function () { done(ok(headers)); }, 0);
      },
    };
  }
  var mailbox = {
    item: items.length ? toItem(items[0], 0) : null,
    userProfile: { displayName: 'Helena Norberg', emailAddress: 'helena.norberg@pol.kramfors.se', timeZone: 'W. Europe Standard Time' },
    diagnostics: { hostName: 'OutlookWebApp', hostVersion: '16.0', OWAView: 'ThreeColumn' },
    restUrl: 'https://outlook.office.com/api',
    convertToRestId: function (id) { return id.replace(/\//g, '-').replace(/\+/g, '_'); },
    addHandlerAsync: function (type, handler, options, cb) {
      handlers.push(handler);
      var done = typeof options === 'function' ? options : cb;
      if (done) done(ok(undefined));
    },
    removeHandlerAsync: function (type, options, cb) {
      handlers = [];
      var done = typeof options === 'function' ? options : cb;
      if (done) done(ok(undefined));
    },
  };
  var context = {
    displayLanguage: 'sv-SE',
    contentLanguage: 'sv-SE',
    officeTheme: { bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#000000', controlBackgroundColor: '#ffffff', controlForegroundColor: '#000000' },
    diagnostics: { host: 'Outlook', platform: 'OfficeOnline', version: '16.0' },
    requirements: { isSetSupported: function () { return true; } },
    mailbox: mailbox,
    ui: { closeContainer: function () {} },
  };
  window.Office = {
    HostType: { Outlook: 'Outlook' },
    PlatformType: { OfficeOnline: 'OfficeOnline', iOS: 'iOS', Android: 'Android', PC: 'PC', Mac: 'Mac' },
    EventType: { ItemChanged: 'olkItemSelectedChanged' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Text: 'text', Html: 'html' },
    MailboxEnums: { RestVersion: { v1_0: 'v1.0', v2_0: 'v2.0', Beta: 'beta' }, ItemType: { Message: 'message' } },
    context: context,
    onReady: function (cb) {
      var info = { host: 'Outlook', platform: 'OfficeOnline' };
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (cb) cb(info);
          resolve(info);
        }, 0);
      });
    },
  };
  window.__postvaktBenchSelect = function (index) {
    mailbox.item = toItem(items[index], index);
    handlers.slice().forEach(function (h) { h({ type: 'olkItemSelectedChanged' }); });
  };
})();
