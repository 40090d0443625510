/*
 * Sổ mô hình: the "Ghi quyết định" panel of a model page. As the user chooses, it writes the review file's new full
 * text: the current text with one step appended, byte for byte as the decide command writes it (the Java original is
 * vn.somohinh.write.ReviewText; keep the two alike). The allowed statuses come from the page (the status table of
 * the tool). Nothing is sent anywhere by this page.
 */
(function () {
  'use strict';

  var panel = document.getElementById('ghi-quyet-dinh');
  if (!panel) {
    return;
  }
  var PLAIN = /^\p{L}[\p{L}\p{M}\p{N} ,.;()/+%-]*$/u;
  var WORDS = ['yes', 'no', 'y', 'n', 'on', 'off', 'true', 'false', 'null'];
  var KEY = /^qua_trinh[ \t]*:(?:([ \t].*))?$/;
  var current = JSON.parse(panel.getAttribute('data-text'));
  var modeline = JSON.parse(panel.getAttribute('data-modeline'));
  var file = panel.getAttribute('data-file');
  var editLink = panel.getAttribute('data-edit') || '';
  var newFileLink = panel.getAttribute('data-new-file') || '';
  var out = document.getElementById('qd-yaml');
  var openLink = document.getElementById('qd-mo-kho');
  var dateError = document.getElementById('qd-ngay-loi');

  function $(id) { return document.getElementById(id); }

  /** As the loader reads a value: without surrounding spaces, none when blank. */
  function value(id) {
    var v = $(id).value.trim();
    return v === '' ? null : v;
  }

  function scalar(v) {
    if (PLAIN.test(v) && !/ $/.test(v) && v.indexOf(' #') < 0 && WORDS.indexOf(v.toLowerCase()) < 0) {
      return v;
    }
    var s = '"';
    for (var i = 0; i < v.length; i++) {
      var c = v.charAt(i);
      var n = v.charCodeAt(i);
      if (c === '"') { s += '\\"'; }
      else if (c === '\\') { s += '\\\\'; }
      else if (c === '\n') { s += '\\n'; }
      else if (c === '\t') { s += '\\t'; }
      else if (c === '\r') { s += '\\r'; }
      else if (n < 0x20 || n === 0x7f || n === 0x85 || n === 0x2028 || n === 0x2029) {
        s += '\\u' + ('000' + n.toString(16)).slice(-4);
      } else { s += c; }
    }
    return s + '"';
  }

  function item(step, dash, indent, eol) {
    var s = dash + '-' + ' '.repeat(indent.length - dash.length - 1) + 'ngay: ' + step.ngay + eol;
    s += indent + 'trang_thai: ' + step.status + eol;
    if (step.ghiChu !== null) { s += indent + 'ghi_chu: ' + scalar(step.ghiChu) + eol; }
    if (step.vanBan !== null) { s += indent + 'van_ban: ' + scalar(step.vanBan) + eol; }
    return s;
  }

  /** Each line as [start, end of its content, end with its line end]. */
  function lines(text) {
    var all = [];
    var start = 0;
    for (var i = 0; i < text.length; i++) {
      if (text.charAt(i) === '\n') {
        all.push([start, i > start && text.charAt(i - 1) === '\r' ? i - 1 : i, i + 1]);
        start = i + 1;
      }
    }
    if (start < text.length) { all.push([start, text.length, text.length]); }
    return all;
  }

  /** The new text, or null when decide would refuse (no block list under qua_trinh). */
  function append(text, step) {
    var eol = text.indexOf('\r\n') >= 0 ? '\r\n' : '\n';
    var ls = lines(text);
    var content = function (l) { return text.substring(l[0], l[1]); };
    var key = -1;
    for (var k = 0; k < ls.length && key < 0; k++) {
      var m = KEY.exec(content(ls[k]));
      if (m) {
        var rest = m[1] === undefined ? '' : m[1].trim();
        if (rest !== '' && rest.charAt(0) !== '#') { return null; }
        key = k;
      }
    }
    if (key < 0) { return null; }
    var first = -1;
    var last = -1;
    var followed = false;
    for (var i = key + 1; i < ls.length && !followed; i++) {
      var line = content(ls[i]);
      if (line.trim() === '' || line.charAt(0) === '#') { continue; }
      var dashAtZero = line === '-' || line.indexOf('- ') === 0;
      followed = !/\s/.test(line.charAt(0)) && !dashAtZero;
      if (!followed) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) { return null; }
    var it = content(ls[first]);
    var dash = it.indexOf('-');
    var col = dash + 1;
    while (col < it.length && it.charAt(col) === ' ') { col++; }
    col = col >= it.length || it.charAt(col) === '#' ? dash + 2 : col;
    var after = followed ? ls[last] : ls[ls.length - 1];
    var at = after[2];
    var added = (after[1] < at ? '' : eol) + item(step, ' '.repeat(dash), ' '.repeat(col), eol);
    return text.substring(0, at) + added + text.substring(at);
  }

  function step() {
    return { ngay: $('qd-ngay').value, status: $('qd-trang-thai').value, vanBan: value('qd-van-ban'),
      ghiChu: value('qd-ghi-chu') };
  }

  function problem() {
    var input = $('qd-ngay');
    if (input.value === '') { return 'Hãy chọn ngày quyết định.'; }
    if (input.min && input.value < input.min) { return 'Ngày quyết định không được trước ngày của bước cuối.'; }
    return null;
  }

  function text() {
    var s = step();
    return current === null ? modeline + '\n' + 'qua_trinh:\n' + item(s, '  ', '    ', '\n') : append(current, s);
  }

  function update() {
    var wrong = problem();
    dateError.textContent = wrong || '';
    dateError.hidden = !wrong;
    $('qd-ngay').setAttribute('aria-invalid', wrong ? 'true' : 'false');
    var t = wrong ? null : text();
    out.textContent = t === null ? (wrong ? '' : 'Tệp xem xét không viết theo dạng danh sách khối; hãy sửa tay.') : t;
    if (editLink || newFileLink) {
      openLink.href = current !== null ? editLink : window.soMoHinhKho.newFile(newFileLink, file, t || '');
      openLink.textContent = current !== null ? 'Mở tệp trong kho mã nguồn (dán nội dung đã chép)' : 'Mở trong kho mã nguồn';
      openLink.hidden = t === null;
    }
    return t;
  }

  panel.addEventListener('input', update);
  panel.addEventListener('change', update);
  $('qd-chep').addEventListener('click', function () {
    var status = $('qd-trang-thai-chep');
    var t = update();
    if (t === null) {
      status.textContent = problem() || 'Không soạn được tệp.';
      $('qd-ngay').focus();
      return;
    }
    var done = function () { status.textContent = 'Đã chép tệp; hãy dán vào ' + file + '.'; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(t).then(done, function () { select(); done(); });
    } else {
      select();
      document.execCommand('copy');
      done();
    }
  });

  function select() {
    var range = document.createRange();
    range.selectNodeContents(out);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }

  panel.hidden = false;
  update();
}());
