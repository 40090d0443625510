/*
 * Sổ mô hình: search and filters on the models page. Progressive enhancement: without this script the page shows
 * the full table; with it, the panel appears and the table shows what matches. Everything runs in the browser from
 * du-lieu/mo-hinh.json (written by the build); nothing is sent anywhere. Matching is case-, diacritic- and
 * đ/d-insensitive, with the same folding as the Java side (vn.somohinh.text.Fold): NFD, marks removed, đ→d, lower
 * case. A ranked scan answers each keystroke; MiniSearch (vendored) forgives typos when the scan finds nothing.
 */
(function () {
  'use strict';

  var MARKS = /\p{M}+/gu;

  /** "Lộc Thắng" → "loc thang". Keep in step with Fold.java: the shared vectors test both. */
  function fold(text) {
    return String(text).normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  }

  /**
   * The same folding, letter by letter from a table built with fold() itself: about twenty times faster on the
   * names of 50,000 models. A string with a letter outside the table (Greek, say) goes through fold() whole, so
   * the result is always fold()'s.
   */
  var LETTERS = (function () {
    var table = {};
    var ranges = [[0xC0, 0x24F], [0x1E00, 0x1EFF]];
    ranges.forEach(function (range) {
      for (var c = range[0]; c <= range[1]; c++) {
        var ch = String.fromCharCode(c);
        var folded = fold(ch);
        if (folded.length === 1) {
          table[ch] = folded;
        }
      }
    });
    return table;
  }());

  function fastFold(text) {
    var out = '';
    for (var i = 0; i < text.length; i++) {
      var ch = text.charAt(i);
      var code = text.charCodeAt(i);
      if (code < 0x80) {
        out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
      } else if (LETTERS[ch] !== undefined) {
        out += LETTERS[ch];
      } else {
        return fold(text);
      }
    }
    return out;
  }

  window.SoMoHinh = { fold: fold, fastFold: fastFold };

  var panel = document.getElementById('tim-kiem');
  if (!panel) {
    return;
  }
  var root = panel.getAttribute('data-root');
  var table = document.getElementById('bang-mo-hinh');
  var fullBody = table.tBodies[0];
  var caption = table.querySelector('caption');
  var fullCaption = caption.textContent;
  var status = document.getElementById('ket-qua');
  var input = document.getElementById('tu-khoa');
  var more = document.getElementById('hien-them');
  var pager = document.getElementById('phan-trang');
  var PAGE = 50;

  var data = null;
  var records = [];
  var mini = null;
  var indexReady = false;
  var folded = null;
  var shown = PAGE;
  var facets = [];

  /** The filters: URL key, label, the record's value(s), and the options (value id → label). */
  function defineFacets() {
    var years = {};
    data.models.forEach(function (m) { years[m[3]] = true; });
    var yearList = Object.keys(years).sort().reverse().map(function (y) { return [y, y]; });
    facets = [
      facet('nam', yearList),
      facet('loai', data.types),
      facet('don-vi', data.units),
      facet('linh-vuc', data.fields),
      facet('trang-thai', data.statuses),
      facet('van-ban', data.directives),
      facet('xep-loai', data.grades.concat([['chua-xep-loai', 'Chưa xếp loại']]))
    ];
  }

  function facet(key, options) {
    var select = document.getElementById('loc-' + key);
    return { key: key, select: select, options: options, chosen: '' };
  }

  /** Does record r have value v for facet i? (the directive facet holds a list) */
  function has(r, i, v) {
    var value = r.v[i];
    return typeof value === 'string' ? value === v : value.indexOf(v) >= 0;
  }

  function load() {
    fetch(panel.getAttribute('data-search'))
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      })
      .then(function (json) {
        data = json;
        var fieldsFolded = data.fields.map(function (f) { return fold(f[1]); });
        var unitsFolded = data.units.map(function (u) { return fastFold(u[1]); });
        records = data.models.map(function (m, i) {
          var unit = data.units[m[2]];
          var grade = m[7] < 0 ? 'chua-xep-loai' : data.grades[m[7]][0];
          return {
            id: i,
            m: m,
            path: 'mo-hinh/' + m[3] + '/' + unit[0] + '/' + m[0] + '/',
            // Folded text: indexing and scanning fold nothing more.
            name: fastFold(m[1]),
            unit: unitsFolded[m[2]],
            field: fieldsFolded[m[4]],
            text: m[10],
            // The record's value for each filter, in the order of the facets.
            v: [String(m[3]), data.types[unit[2]][0], unit[0], data.fields[m[4]][0], data.statuses[m[5]][0],
              m[6].map(function (d) { return data.directives[d][0]; }), grade]
          };
        });
        defineFacets();
        fillOptions();
        readUrl();
        panel.hidden = false;
        update();
        performance.mark('so-mo-hinh:san-sang');
        buildIndex();
      })
      .catch(function () {
        status.textContent = 'Không tải được dữ liệu tìm kiếm; bảng dưới đây vẫn đầy đủ.';
        panel.hidden = false;
      });
  }

  /**
   * The typo-tolerant index, built in the background in chunks so that the page stays responsive. It answers only
   * when the plain search finds nothing ("camra", "dan vn kheo"): on 50,000 models the ranked scan below answers
   * every keystroke in about 10 ms, MiniSearch in up to 120 ms for short, common prefixes (docs/PERFORMANCE.md).
   */
  function buildIndex() {
    mini = new window.MiniSearch({
      fields: ['name', 'unit', 'field', 'text'],
      // Documents arrive folded; only queries need folding.
      processTerm: function (term) { return term; },
      searchOptions: {
        boost: { name: 3, unit: 2 },
        prefix: function (term, i, terms) { return i === terms.length - 1 && term.length > 1; },
        fuzzy: function (term) { return term.length > 3 ? 0.25 : false; },
        combineWith: 'AND',
        processTerm: function (term) { return fold(term); }
      }
    });
    mini.addAllAsync(records, { chunkSize: 1000 }).then(function () {
      indexReady = true;
      performance.mark('so-mo-hinh:da-lap-chi-muc');
      if (input.value.trim()) {
        update();
      }
    });
  }

  /** Ids matching the words, best first; null when there are no words (everything matches). */
  function searchIds(query) {
    var words = fold(query).split(/[\s\p{P}]+/u).filter(Boolean);
    if (!words.length) {
      return null;
    }
    var ids = scan(words);
    if (!ids.length && indexReady) {
      ids = mini.search(query).map(function (hit) { return hit.id; });
    }
    return ids;
  }

  /** Every word must appear; a word in the name weighs 3, in the unit 2, elsewhere 1; ties keep the list order. */
  function scan(words) {
    if (!folded) {
      folded = records.map(function (r) {
        return { name: r.name, unit: r.unit, all: r.name + ' ' + r.unit + ' ' + r.field + ' ' + r.text };
      });
    }
    var hits = [];
    for (var i = 0; i < folded.length; i++) {
      var f = folded[i];
      var score = 0;
      for (var k = 0; k < words.length && score >= 0; k++) {
        var w = words[k];
        score = f.all.indexOf(w) < 0 ? -1 : score + (f.name.indexOf(w) >= 0 ? 3 : f.unit.indexOf(w) >= 0 ? 2 : 1);
      }
      if (score > 0) {
        hits.push({ id: i, score: score });
      }
    }
    hits.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
    return hits.map(function (h) { return h.id; });
  }

  function fillOptions() {
    facets.forEach(function (f) {
      f.select.textContent = '';
      f.select.appendChild(new Option('Tất cả', ''));
      f.options.forEach(function (o) {
        f.select.appendChild(new Option(o[1], o[0]));
      });
      f.labels = f.options.map(function (o) { return o[1]; });
      f.select.addEventListener('change', function () {
        f.chosen = f.select.value;
        shown = PAGE;
        update();
        writeUrl(true);
      });
    });
  }

  /** The index of the one filter a record fails, -1 when it passes all, -2 when it fails two or more. */
  function failing(r) {
    var fail = -1;
    for (var i = 0; i < facets.length; i++) {
      if (facets[i].chosen && !has(r, i, facets[i].chosen)) {
        if (fail >= 0) {
          return -2;
        }
        fail = i;
      }
    }
    return fail;
  }

  var countTimer = null;

  /** Results at once; the counts beside each option a moment later, once typing pauses (10,000 units are costly). */
  function update() {
    var ids = searchIds(input.value);
    var pool = ids === null ? records : ids.map(function (i) { return records[i]; });
    var results = [];
    for (var p = 0; p < pool.length; p++) {
      if (failing(pool[p]) === -1) {
        results.push(pool[p]);
      }
    }
    render(results, ids !== null || facets.some(function (f) { return f.chosen; }));
    clearTimeout(countTimer);
    countTimer = setTimeout(function () { paintCounts(pool); }, 150);
  }

  /** An option's count: models matching the search and every other filter (the usual faceting rule). */
  function paintCounts(pool) {
    var counts = facets.map(function () { return {}; });
    var totals = facets.map(function () { return 0; });
    for (var p = 0; p < pool.length; p++) {
      var r = pool[p];
      var fail = failing(r);
      if (fail === -2) {
        continue;
      }
      for (var i = 0; i < facets.length; i++) {
        if (fail === -1 || fail === i) {
          totals[i]++;
          var value = r.v[i];
          if (typeof value === 'string') {
            counts[i][value] = (counts[i][value] || 0) + 1;
          } else {
            for (var k = 0; k < value.length; k++) {
              counts[i][value[k]] = (counts[i][value[k]] || 0) + 1;
            }
          }
        }
      }
    }
    facets.forEach(function (f, i) {
      var opts = f.select.options;
      var all = 'Tất cả (' + number(totals[i]) + ')';
      if (opts[0].textContent !== all) {
        opts[0].textContent = all;
      }
      for (var k = 1; k < opts.length; k++) {
        var text = f.labels[k - 1] + ' (' + number(counts[i][opts[k].value] || 0) + ')';
        if (opts[k].textContent !== text) {
          opts[k].textContent = text;
        }
      }
    });
  }

  function render(results, filtered) {
    if (!filtered) {
      if (table.tBodies[0] !== fullBody) {
        table.replaceChild(fullBody, table.tBodies[0]);
      }
      caption.textContent = fullCaption;
      more.hidden = true;
      if (pager) {
        pager.hidden = false;
      }
      announce('Hiện tất cả ' + number(records.length) + ' mô hình.');
      return;
    }
    if (pager) {
      pager.hidden = true;
    }
    var body = document.createElement('tbody');
    results.slice(0, shown).forEach(function (r) { body.appendChild(row(r)); });
    table.replaceChild(body, table.tBodies[0]);
    caption.textContent = 'Kết quả tìm kiếm và lọc: ' + number(results.length) + ' mô hình';
    more.hidden = results.length <= shown;
    more.textContent = 'Hiện thêm (còn ' + number(Math.max(0, results.length - shown)) + ' mô hình)';
    announce(results.length ? 'Tìm thấy ' + number(results.length) + ' mô hình.' : 'Không tìm thấy mô hình nào.');
  }

  var announceTimer = null;

  /** Screen readers hear the count once typing pauses, not at every keystroke. */
  function announce(text) {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(function () { status.textContent = text; }, 400);
  }

  function row(r) {
    var m = r.m;
    var tr = document.createElement('tr');
    var nameCell = document.createElement('td');
    var link = document.createElement('a');
    link.href = root + r.path;
    link.textContent = m[1];
    nameCell.appendChild(link);
    tr.appendChild(nameCell);
    var unit = data.units[m[2]];
    var unitCell = document.createElement('td');
    var unitLink = document.createElement('a');
    unitLink.href = root + 'don-vi/' + unit[0] + '/';
    unitLink.textContent = unit[1];
    unitCell.appendChild(unitLink);
    tr.appendChild(unitCell);
    tr.appendChild(cell(String(m[3])));
    tr.appendChild(cell(data.fields[m[4]][1]));
    var st = data.statuses[m[5]];
    var tag = document.createElement('strong');
    tag.className = 'tag tag--' + st[2];
    tag.textContent = st[1];
    var statusCell = document.createElement('td');
    statusCell.appendChild(tag);
    tr.appendChild(statusCell);
    var dateCell = document.createElement('td');
    var time = document.createElement('time');
    time.dateTime = m[8];
    time.textContent = m[8].slice(8, 10) + '/' + m[8].slice(5, 7) + '/' + m[8].slice(0, 4);
    dateCell.appendChild(time);
    if (m[9]) {
      var late = document.createElement('strong');
      late.className = 'tag tag--orange';
      late.textContent = 'Muộn';
      dateCell.appendChild(document.createTextNode(' '));
      dateCell.appendChild(late);
    }
    tr.appendChild(dateCell);
    return tr;
  }

  function cell(text) {
    var td = document.createElement('td');
    td.textContent = text;
    return td;
  }

  /** 50000 → "50.000". */
  function number(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  }

  function readUrl() {
    var params = new URLSearchParams(window.location.search);
    input.value = params.get('q') || '';
    facets.forEach(function (f) {
      var v = params.get(f.key) || '';
      var known = f.options.some(function (o) { return o[0] === v; });
      f.chosen = known ? v : '';
      f.select.value = f.chosen;
    });
    shown = PAGE;
  }

  /** The state lives in the URL: shareable, and the back button steps through filter changes. */
  function writeUrl(push) {
    var params = new URLSearchParams();
    if (input.value.trim()) {
      params.set('q', input.value.trim());
    }
    facets.forEach(function (f) {
      if (f.chosen) {
        params.set(f.key, f.chosen);
      }
    });
    var query = params.toString();
    var url = window.location.pathname + (query ? '?' + query : '') + window.location.hash;
    if (url !== window.location.pathname + window.location.search + window.location.hash) {
      window.history[push ? 'pushState' : 'replaceState'](null, '', url);
    }
  }

  var typing = null;
  input.addEventListener('input', function () {
    shown = PAGE;
    update();
    clearTimeout(typing);
    typing = setTimeout(function () { writeUrl(true); }, 600);
  });

  document.getElementById('xoa-loc').addEventListener('click', function () {
    input.value = '';
    facets.forEach(function (f) { f.chosen = ''; f.select.value = ''; });
    shown = PAGE;
    update();
    writeUrl(true);
    input.focus();
  });

  more.addEventListener('click', function () {
    shown += 2 * PAGE;
    update();
  });

  panel.addEventListener('submit', function (event) { event.preventDefault(); });

  window.addEventListener('popstate', function () {
    if (data) {
      readUrl();
      update();
    }
  });

  load();
}());
