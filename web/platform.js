// Case Audit - the JavaScript half of the browser platform layer (src/platform/web/).
// Linked with --js-library. Everything here talks only to the page itself: files come from
// the user's own disk, downloads go to the user's own downloads folder, storage is
// localStorage. Nothing is sent anywhere.
//
// Index of this file:
// [SECTION] Page wiring (file input, drag and drop, paste, wake-up on input)
// [SECTION] Files in and out
// [SECTION] Clipboard
// [SECTION] Local storage
// [SECTION] Test API and readiness

mergeInto(LibraryManager.library, {
  // -------------------------------------------------------------------------
  // [SECTION] Page wiring
  // -------------------------------------------------------------------------
  ca_js_install__deps: ['$caReadFiles', '$caAccessibleView'],
  ca_js_install: function () {
    var wake = function () { Module['_ca_platform_wake'](); };
    // The app draws only when something changes; any input on the page wakes it.
    ['pointerdown', 'pointerup', 'pointermove', 'wheel', 'keydown', 'keyup', 'resize', 'focus',
     'blur', 'visibilitychange'].forEach(function (type) {
      window.addEventListener(type, wake, { capture: true, passive: true });
    });

    var input = document.getElementById('file-input');
    if (input) {
      input.addEventListener('change', function () {
        caReadFiles(input.files);
        input.value = ''; // so that opening the same file again fires 'change'
      });
    }

    // Drag and drop anywhere on the page. SDL 2.26 has no drop support on the web.
    var hasFiles = function (e) {
      return e.dataTransfer && Array.prototype.indexOf.call(e.dataTransfer.types, 'Files') >= 0;
    };
    document.addEventListener('dragover', function (e) {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      document.body.classList.add('dragging');
    });
    document.addEventListener('dragleave', function () {
      document.body.classList.remove('dragging');
    });
    document.addEventListener('drop', function (e) {
      document.body.classList.remove('dragging');
      if (!hasFiles(e)) return;
      e.preventDefault();
      caReadFiles(e.dataTransfer.files);
    });

    // Paste: SDL cancels Ctrl+V's default action, which would also cancel the browser's
    // paste event, and browsers only hand clipboard text to a paste event. So Ctrl/Cmd+V is
    // kept away from SDL and the paste event's text is typed into the app.
    window.addEventListener('keydown', function (e) {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 'v' || e.key === 'V')) {
        e.stopImmediatePropagation();
      }
    }, { capture: true });
    // Another tab or window of the app on the same computer changed the shared storage (the
    // event never fires in the tab that made the change): the app decides what it means.
    window.addEventListener('storage', function (e) {
      if (e.key === null) ccall('ca_platform_storage_changed', null, ['string'], ['*']);
      else if (e.key.indexOf('case-audit:') === 0) {
        ccall('ca_platform_storage_changed', null, ['string'], [e.key.slice('case-audit:'.length)]);
      }
    });
    // The app's own keys: Ctrl/Cmd+S saves the workbook and F1 lists the keys, where the
    // browser would save the page or open its help. SDL still receives them.
    window.addEventListener('keydown', function (e) {
      var save = (e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 's' || e.key === 'S');
      if (save || e.key === 'F1') e.preventDefault();
    }, { capture: true });
    caAccessibleView();
    document.addEventListener('paste', function (e) {
      var text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
      if (text) {
        e.preventDefault();
        ccall('ca_platform_paste', null, ['string'], [text]);
      }
    });
  },

  // -------------------------------------------------------------------------
  // [SECTION] Files in and out
  // -------------------------------------------------------------------------
  // Files the user opened, by id, until the app closes them. The app reads them in slices
  // (ca_js_request_file_slice) so that a large extract never has to be copied whole.
  $caFiles: { next: 1, byId: {} },
  // The accessible view (shell.html #a11y-view; src/app/accessible_view.h): real HTML built
  // from the app's JSON, with changes sent back through the same core calls. Keys typed in
  // it are kept from SDL, which would otherwise take Tab and the arrows for the canvas.
  $caAccessibleView: function () {
    var view = document.getElementById('a11y-view');
    var body = document.getElementById('a11y-body');
    var open = document.getElementById('a11y-open');
    if (!view || !body || !open) return;
    var say = function (text) {
      var el = document.getElementById('announcer');
      if (!el) return;
      el.textContent = '';
      setTimeout(function () { el.textContent = text; }, 50);
    };
    var make = function (tag, text, attrs) {
      var el = document.createElement(tag);
      if (text !== undefined && text !== null) el.textContent = String(text);
      for (var k in (attrs || {})) el.setAttribute(k, attrs[k]);
      return el;
    };
    var results = [['met', 'Met'], ['partly-met', 'Partly met'], ['not-met', 'Not met'],
                   ['not-applicable', 'Not applicable']];
    var render = function () {
      var data = JSON.parse(ccall('ca_a11y_view_json', 'string', [], []));
      body.textContent = '';
      if (!data || !data.extract) {
        body.appendChild(make('p', 'No extract is open. Open one in the app, on the Import page.'));
        return;
      }
      body.appendChild(make('p', 'Extract: ' + data.extract));
      var a = data.audit;
      if (!a) {
        body.appendChild(make('p', 'No audit is open. Open one in the app (Sampling & audit) to see its areas here.'));
      } else {
        body.appendChild(make('h3', 'Audit ' + a.id + ' of ' + a.record + ' (' + a.status + ')'));
        var score = make('p', a.score, { id: 'a11y-score' });
        body.appendChild(score);
        if (!a.editable) body.appendChild(make('p', 'This audit is completed: it is shown read-only.'));
        a.areas.forEach(function (area) {
          var fs = make('fieldset');
          fs.appendChild(make('legend', area.number + '. ' + area.title));
          results.forEach(function (r) {
            var id = 'a11y-' + area.key + '-' + r[0];
            var input = make('input', null, { type: 'radio', name: 'a11y-' + area.key, id: id, value: r[0] });
            input.checked = area.result === r[0];
            input.disabled = !a.editable;
            input.addEventListener('change', function () {
              var ok = ccall('ca_a11y_set_result', 'number', ['string', 'string'], [area.key, r[0]]);
              say(ok ? 'Area ' + area.number + ': ' + r[1] + '.' : 'Area ' + area.number + ' could not be changed.');
              var now = JSON.parse(ccall('ca_a11y_view_json', 'string', [], []));
              if (now && now.audit) score.textContent = now.audit.score;
            });
            var label = make('label', null, { for: id });
            label.appendChild(input);
            label.appendChild(document.createTextNode(' ' + r[1]));
            fs.appendChild(label);
          });
          var tid = 'a11y-' + area.key + '-comment';
          fs.appendChild(make('label', 'Comment on area ' + area.number + ' (optional)', { for: tid }));
          var ta = make('textarea', null, { id: tid });
          ta.value = area.comment;
          ta.readOnly = !a.editable;
          ta.addEventListener('change', function () {
            var ok = ccall('ca_a11y_set_comment', 'number', ['string', 'string'], [area.key, ta.value]);
            say(ok ? 'Comment on area ' + area.number + ' saved.' : 'The comment could not be saved.');
          });
          fs.appendChild(ta);
          body.appendChild(fs);
        });
      }
      if (data.sample) {
        body.appendChild(make('h3', 'Sample ' + data.sample.id));
        var ul = make('ul');
        data.sample.records.forEach(function (id) { ul.appendChild(make('li', id)); });
        body.appendChild(ul);
      }
      if (data.caseloads) {
        var t = make('table');
        t.appendChild(make('caption', 'Caseloads on ' + data.caseloads.date));
        var head = make('tr');
        ['Worker', 'Team', 'Cases', 'Level', 'Status'].forEach(function (h) {
          head.appendChild(make('th', h, { scope: 'col' }));
        });
        var thead = make('thead');
        thead.appendChild(head);
        t.appendChild(thead);
        var tb = make('tbody');
        data.caseloads.workers.forEach(function (w) {
          var tr = make('tr');
          tr.appendChild(make('th', w.name, { scope: 'row' }));
          [w.team, w.caseload, w.level, w.status].forEach(function (v) { tr.appendChild(make('td', v)); });
          tb.appendChild(tr);
        });
        t.appendChild(tb);
        body.appendChild(t);
      }
    };
    var show = function () {
      render();
      view.hidden = false;
      document.getElementById('a11y-title').focus();
    };
    open.addEventListener('click', show);
    document.getElementById('a11y-refresh').addEventListener('click', render);
    document.getElementById('a11y-close').addEventListener('click', function () {
      view.hidden = true;
      ccall('ca_platform_wake', null, [], []);
    });
    var keep = function (e) {
      if (!view.hidden || e.target === open) e.stopImmediatePropagation();
    };
    ['keydown', 'keyup', 'keypress'].forEach(function (t) {
      window.addEventListener(t, keep, { capture: true });
    });
    (window.caseAudit || (window.caseAudit = {})).accessibleView = show;
  },

  $caReadFiles__deps: ['$caFiles'],
  $caReadFiles: function (files) {
    Array.prototype.forEach.call(files || [], function (file) {
      var id = caFiles.next++;
      caFiles.byId[id] = file;
      ccall('ca_platform_file_opened', null, ['number', 'string', 'number'], [id, file.name, file.size]);
    });
  },

  ca_js_request_file_slice__deps: ['$caFiles', 'malloc'],
  ca_js_request_file_slice: function (id, offset, length) {
    var deliver = function (ptr, size, error) {
      ccall('ca_platform_file_slice', null, ['number', 'number', 'number', 'number', 'string'],
            [id, offset, ptr, size, error]);
    };
    var file = caFiles.byId[id];
    if (!file) { deliver(0, -1, 'The file is no longer open.'); return; }
    file.slice(offset, offset + length).arrayBuffer().then(function (buffer) {
      var bytes = new Uint8Array(buffer);
      var ptr = _malloc(Math.max(1, bytes.length));
      if (!ptr) {
        deliver(0, -1, 'The browser could not set aside enough memory to read this file.');
        return;
      }
      HEAPU8.set(bytes, ptr);
      deliver(ptr, bytes.length, '');
    }, function (err) {
      deliver(0, -1, 'The browser could not read the file (' + err + ').');
    });
  },

  ca_js_close_file__deps: ['$caFiles'],
  ca_js_close_file: function (id) { delete caFiles.byId[id]; },

  ca_js_request_open_file: function (accept, multiple) {
    var input = document.getElementById('file-input');
    if (!input) return;
    input.accept = UTF8ToString(accept);
    input.multiple = multiple !== 0;
    input.click();
  },

  ca_js_save_file: function (name, mime, data, size) {
    try {
      var bytes = HEAPU8.slice(data, data + size);
      var blob = new Blob([bytes], { type: UTF8ToString(mime) });
      var url = URL.createObjectURL(blob);
      var a = document.createElement('a');
      a.href = url;
      a.download = UTF8ToString(name);
      a.style.display = 'none';
      document.body.appendChild(a);
      a.click();
      document.body.removeChild(a);
      setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
      return 1;
    } catch (e) {
      console.warn('Case Audit could not save a file: ' + e);
      return 0;
    }
  },

  // -------------------------------------------------------------------------
  // [SECTION] Printing
  // -------------------------------------------------------------------------
  // The document goes into a hidden frame of this page through srcdoc: nothing is fetched
  // (the page's CSP keeps frame-src 'none'; a srcdoc frame is not a request), and the frame
  // is sandboxed with no allow-scripts, so nothing in the document can run even if it tried;
  // allow-same-origin lets this page call its print(), allow-modals lets it show the dialog.
  // The frame goes once printing is over (afterprint), or when the next report is printed.
  ca_js_print_html: function (data, size) {
    try {
      var old = document.getElementById('print-frame');
      if (old) old.parentNode.removeChild(old);
      var frame = document.createElement('iframe');
      frame.id = 'print-frame';
      frame.title = 'Report for printing';
      frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
      frame.setAttribute('aria-hidden', 'true');
      frame.tabIndex = -1;
      frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden';
      frame.addEventListener('load', function () {
        var w = frame.contentWindow;
        w.addEventListener('afterprint', function () {
          setTimeout(function () { if (frame.parentNode) frame.parentNode.removeChild(frame); }, 0);
        });
        w.focus();
        w.print();
      }, { once: true });
      frame.srcdoc = UTF8ToString(data, size);
      document.body.appendChild(frame);
      return 1;
    } catch (e) {
      console.warn('Case Audit could not print: ' + e);
      return 0;
    }
  },

  // -------------------------------------------------------------------------
  // [SECTION] Clipboard
  // -------------------------------------------------------------------------
  // The page's aria-live region (#announcer, in shell.html). Emptied first and filled a moment
  // later, so that the same message twice (saved, saved again) is announced twice.
  ca_js_announce: function (text, size) {
    var el = document.getElementById('announcer');
    if (!el) return;
    var s = UTF8ToString(text, size);
    el.textContent = '';
    setTimeout(function () { el.textContent = s; }, 50);
  },

  ca_js_set_clipboard: function (text, size) {
    var s = UTF8ToString(text, size);
    var fallback = function () {
      // execCommand('copy') works where the async API is missing or refused (older
      // browsers, some file:// pages).
      var ta = document.createElement('textarea');
      ta.value = s;
      ta.setAttribute('readonly', '');
      ta.style.position = 'fixed';
      ta.style.opacity = '0';
      document.body.appendChild(ta);
      ta.select();
      try { document.execCommand('copy'); } catch (e) { /* nothing more to try */ }
      document.body.removeChild(ta);
      var canvas = document.getElementById('canvas');
      if (canvas) canvas.focus();
    };
    window.caseAuditLastCopied = s; // read by the browser tests
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(s).catch(fallback);
    } else {
      fallback();
    }
  },

  // -------------------------------------------------------------------------
  // [SECTION] Local storage
  // -------------------------------------------------------------------------
  // Every call notes why it failed, for ca_js_storage_problem: 0 it worked, 1 storage is
  // switched off (localStorage cannot be reached: a private window, a setting, an IT
  // policy), 2 it is full (the quota's error has a different name in each browser).
  $caStorage__deps: ['$caStorageProblem'],
  $caStorage: function (action) {
    try {
      var storage = window.localStorage;
      if (!storage) throw new Error('no localStorage');
      var result = action(storage);
      caStorageProblem.last = 0;
      return result;
    } catch (e) {
      var full = e && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
                       e.code === 22 || e.code === 1014);
      caStorageProblem.last = full ? 2 : 1;
      return null;
    }
  },
  $caStorageProblem: { last: 0 },
  ca_js_storage_problem__deps: ['$caStorageProblem'],
  ca_js_storage_problem: function () { return caStorageProblem.last; },

  ca_js_storage_set__deps: ['$caStorage'],
  ca_js_storage_set: function (key, value, size) {
    var k = 'case-audit:' + UTF8ToString(key);
    var v = UTF8ToString(value, size);
    return caStorage(function (s) { s.setItem(k, v); return 1; }) === 1 ? 1 : 0;
  },
  ca_js_storage_get__deps: ['malloc', '$caStorage'],
  ca_js_storage_get: function (key) {
    var k = 'case-audit:' + UTF8ToString(key);
    var v = caStorage(function (s) { return s.getItem(k); });
    if (v === null) return 0;
    var n = lengthBytesUTF8(v) + 1;
    var ptr = _malloc(n);
    if (!ptr) return 0;
    stringToUTF8(v, ptr, n);
    return ptr;
  },
  ca_js_storage_remove__deps: ['$caStorage'],
  ca_js_storage_remove: function (key) {
    var k = 'case-audit:' + UTF8ToString(key);
    caStorage(function (s) { s.removeItem(k); });
  },

  // -------------------------------------------------------------------------
  // [SECTION] Test API and readiness
  // -------------------------------------------------------------------------
  // "?webgl=1" in the page address asks for WebGL 1 even where WebGL 2 exists, so that the
  // fallback path can be tested on any machine.
  ca_js_force_webgl1: function () {
    try { return /[?&]webgl=1(&|$)/.test(window.location.search) ? 1 : 0; } catch (e) { return 0; }
  },

  // A named moment of the start-up on the page's performance timeline ("caseaudit:window",
  // ...), read by bench/startup/startup.mjs: costs nothing and shows where the time goes.
  ca_js_mark: function (name) {
    try { performance.mark('caseaudit:' + UTF8ToString(name)); } catch (e) { }
  },

  // The app cannot start here (SDL found no WebGL context, ...): the page's fallback message
  // (shell.html, Module.startupFailed) says why, instead of a page left loading.
  ca_js_startup_failed: function (message) {
    var text = UTF8ToString(message);
    if (Module['startupFailed']) Module['startupFailed'](text);
  },

  // Called once after the first frame: hides the loading indicator and publishes the small
  // documented test API (docs/testing.md) that browser tests use to query the app's state.
  ca_js_ready: function () {
    var loading = document.getElementById('loading');
    if (loading) loading.style.display = 'none';
    var api = window.caseAudit || (window.caseAudit = {});
    api.state = function () {
      return JSON.parse(ccall('ca_test_state_json', 'string', [], []));
    };
    api.selectSection = function (name) {
      return ccall('ca_test_select_section', 'number', ['string'], [name]) !== 0;
    };
    api.itemRect = function (label) {
      return JSON.parse(ccall('ca_test_item_rect_json', 'string', ['string'], [label]));
    };
    api.items = function () {
      return JSON.parse(ccall('ca_test_items_json', 'string', [], []));
    };
    api.report = function () {
      return JSON.parse(ccall('ca_test_report_json', 'string', [], []));
    };
    api.loadDemo = function () {
      return ccall('ca_test_load_demo', 'number', [], []) !== 0;
    };
    api.ready = true;
    if (typeof api.onready === 'function') api.onready();
  },
});
