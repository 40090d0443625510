/*
 * Sổ mô hình: the registration form. Everything happens in the browser: the fields are checked as the user types,
 * the YAML file is written as they go, and can be copied or opened in the repository's web editor (the forge's own,
 * through kho.js, when site.yaml names kho_ma_nguon). Nothing is sent anywhere by this page.
 */
(function () {
  'use strict';

  var form = document.getElementById('ho-so');
  if (!form) {
    return;
  }
  form.hidden = false;
  var MARKS = /\p{M}+/gu;
  var yamlOut = document.getElementById('yaml');
  var pathOut = document.getElementById('duong-dan');
  var summary = document.getElementById('tom-tat-loi');
  var openLink = document.getElementById('mo-kho');
  var newFileLink = form.getAttribute('data-new-file') || '';
  // The schema under dia_chi_trang when site.yaml gives it (web editors load only absolute addresses), else relative.
  var schema = form.getAttribute('data-schema') || '../../../../schema/registration.schema.json';
  var slugEdited = false;
  var touched = {};
  // Once the user has tried to copy the file, every problem stays listed (not only the fields they visited).
  var submitted = false;

  function $(id) { return document.getElementById(id); }

  function value(id) { return $(id).value.trim(); }

  /** "Cổng an ninh văn hóa" → "cong-an-ninh-van-hoa": the same folding as the build's search. */
  function slugify(text) {
    return text.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase()
      .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64).replace(/-+$/, '');
  }

  /** A one-line text, always double-quoted: whatever the user types stays text (007, no, a: b). */
  function quoted(text) {
    return '"' + text.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
  }

  /** A long text as a literal block, each line indented. */
  function block(text) {
    return '|\n' + text.split(/\r?\n/).map(function (line) { return line ? '  ' + line : ''; }).join('\n');
  }

  function checkedBases() {
    return Array.prototype.slice.call(document.querySelectorAll('#can_cu input:checked')).map(function (i) { return i.value; });
  }

  function lines(id) {
    return value(id).split(/\r?\n/).map(function (l) { return l.trim(); }).filter(Boolean);
  }

  /** The problems of the form, in page order: [field id, message]. */
  function problems() {
    var out = [];
    document.querySelectorAll('[data-required]').forEach(function (el) {
      if (!el.value.trim()) {
        out.push([el.id, 'Hãy điền “' + labelOf(el) + '”.']);
      }
    });
    var slug = value('ma');
    if (slug && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
      out.push(['ma', 'Mã mô hình chỉ gồm chữ thường không dấu, số và dấu gạch ngang.']);
    }
    if (!checkedBases().length) {
      out.push(['can_cu', 'Hãy chọn ít nhất một văn bản căn cứ.']);
    }
    if (value('bat_dau') && value('ket_thuc') && value('bat_dau') > value('ket_thuc')) {
      out.push(['ket_thuc', 'Ngày kết thúc phải sau ngày bắt đầu.']);
    }
    out.sort(function (a, b) { return order(a[0]) - order(b[0]); });
    return out;
  }

  function order(id) {
    var all = Array.prototype.slice.call(form.querySelectorAll('[id]'));
    return all.indexOf($(id));
  }

  function labelOf(el) {
    var label = form.querySelector('label[for="' + el.id + '"]');
    return (label ? label.textContent : el.id).replace(/\s*\(\*\).*$/, '');
  }

  /** Shows each problem under its field once the user has been there, and lists them all at the top. */
  function showProblems(list, all) {
    form.querySelectorAll('.error').forEach(function (e) { e.remove(); });
    form.querySelectorAll('[aria-invalid]').forEach(function (e) {
      e.removeAttribute('aria-invalid');
      var ids = (e.getAttribute('aria-describedby') || '').split(' ').filter(function (x) { return x.indexOf('-loi') < 0; });
      if (ids.length) { e.setAttribute('aria-describedby', ids.join(' ')); } else { e.removeAttribute('aria-describedby'); }
    });
    var shown = list.filter(function (p) { return all || submitted || touched[p[0]]; });
    shown.forEach(function (p) {
      var el = $(p[0]);
      var msg = document.createElement('p');
      msg.className = 'error';
      msg.id = p[0] + '-loi';
      msg.textContent = p[1];
      if (el.tagName === 'FIELDSET') {
        el.insertBefore(msg, el.querySelector('legend').nextSibling);
      } else {
        el.parentNode.insertBefore(msg, el);
        el.setAttribute('aria-invalid', 'true');
        el.setAttribute('aria-describedby', ((el.getAttribute('aria-describedby') || '') + ' ' + msg.id).trim());
      }
    });
    var ul = summary.querySelector('ul');
    ul.textContent = '';
    shown.forEach(function (p) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = '#' + p[0];
      a.textContent = p[1];
      li.appendChild(a);
      ul.appendChild(li);
    });
    summary.hidden = shown.length === 0;
  }

  function yaml() {
    var out = [
      '# yaml-language-server: $schema=' + schema,
      'ten_mo_hinh: ' + quoted(value('ten_mo_hinh')),
      'hinh_thuc: ' + value('hinh_thuc'),
      'linh_vuc: ' + value('linh_vuc'),
      'nguoi_chu_tri: ' + quoted(value('nguoi_chu_tri')),
      'can_cu:'
    ];
    checkedBases().forEach(function (b) { out.push('  - ' + b); });
    if (!checkedBases().length) {
      out[out.length - 1] = 'can_cu: []';
    }
    ['thuc_trang', 'muc_tieu', 'noi_dung', 'tinh_moi'].forEach(function (key) {
      out.push(key + ': ' + block(value(key)));
    });
    out.push('chi_tieu:');
    lines('chi_tieu').forEach(function (l) { out.push('  - ' + quoted(l)); });
    if (!lines('chi_tieu').length) {
      out[out.length - 1] = 'chi_tieu: []';
    }
    out.push('thoi_gian:', '  bat_dau: ' + value('bat_dau'), '  ket_thuc: ' + value('ket_thuc'));
    out.push('ngay_dang_ky: ' + value('ngay_dang_ky'));
    if (value('dia_ban_doi_tuong')) {
      out.push('dia_ban_doi_tuong: ' + quoted(value('dia_ban_doi_tuong')));
    }
    var contact = ['ho_ten', 'chuc_vu', 'dien_thoai'].filter(function (k) { return value('lien_he_' + k); });
    if (contact.length) {
      out.push('lien_he:');
      contact.forEach(function (k) { out.push('  ' + k + ': ' + quoted(value('lien_he_' + k))); });
    }
    return out.join('\n') + '\n';
  }

  function path() {
    return 'data/registrations/' + value('nam') + '/' + (value('don-vi') || '<mã-đơn-vị>') + '/' + (value('ma') || '<mã-mô-hình>') + '.yaml';
  }

  function update(all) {
    if (!slugEdited) {
      $('ma').value = slugify(value('ten_mo_hinh'));
    }
    var list = problems();
    showProblems(list, all);
    var text = yaml();
    yamlOut.textContent = text;
    pathOut.textContent = path();
    if (newFileLink) {
      openLink.href = window.soMoHinhKho.newFile(newFileLink, path(), text);
      openLink.hidden = list.length > 0;
    }
  }

  form.addEventListener('input', function (event) {
    if (event.target.id === 'ma') {
      slugEdited = event.target.value.trim() !== '';
    }
    touched[event.target.id] = true;
    if (event.target.type === 'checkbox') {
      touched.can_cu = true;
    }
    update(false);
  });
  form.addEventListener('focusout', function (event) {
    if (event.target.id) {
      touched[event.target.type === 'checkbox' ? 'can_cu' : event.target.id] = true;
      update(false);
    }
  });

  $('chep').addEventListener('click', function () {
    var list = problems();
    var status = $('trang-thai-chep');
    submitted = true;
    if (list.length) {
      update(true);
      summary.focus();
      status.textContent = 'Tệp chưa đủ: hãy sửa ' + list.length + ' mục ở trên.';
      return;
    }
    var done = function () { status.textContent = 'Đã chép tệp; hãy dán vào ' + path() + '.'; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(yaml()).then(done, function () { selectYaml(); done(); });
    } else {
      selectYaml();
      document.execCommand('copy');
      done();
    }
  });

  function selectYaml() {
    var range = document.createRange();
    range.selectNodeContents(yamlOut);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }

  update(false);
}());
