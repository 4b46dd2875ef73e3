// The deadline board (board.html). Logs in to the Camunda webapp session with page.js.
(function () {
  'use strict';
  var STATES = [
    ['DONE', '已完成'], ['OPEN', '进行中'], ['DUE_SOON', '三个工作日内到期'], ['OVERDUE', '已逾期'],
    ['ACTION_NEEDED', '需处理'], ['DONE_LATE', '逾期完成'], ['NOT_STARTED', '未开始']];
  var LABEL = {};
  STATES.forEach(function (s) { LABEL[s[0]] = s[1]; });
  var LINKS = { TASKLIST: '任务列表', COCKPIT: 'Cockpit' };
  var params = new URLSearchParams(location.search);
  var REFRESH_MS = Math.max(1, Number(params.get('refresh')) || 60) * 1000; // ?refresh=seconds, 60 by default
  var campaignId = params.get('campaign');
  var filter = params.get('state') || '';
  var board = null;
  var timer = null;
  var page = window.reelectionPage;
  var $ = page.$;
  var el = page.el;
  var api = page.api;

  var session = page.login('board', start, function () {
    board = null;
    clearInterval(timer);
  });
  var showLogin = session.showLogin;

  function day(iso) {
    if (!iso) { return ''; }
    var p = iso.split('-');
    return Number(p[1]) + '月' + Number(p[2]) + '日';
  }

  function time(instant) {
    return instant ? new Date(instant).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '';
  }

  function start() {
    api('GET', 'api/campaigns').then(function (campaigns) {
      var select = $('campaign');
      select.innerHTML = '';
      campaigns.sort(function (a, b) { return b.id - a.id; }); // the latest first
      campaigns.forEach(function (c) {
        select.appendChild(el('option', { value: c.id, text: c.county + ' ' + c.year + '年（第' + c.id + '号）' }));
      });
      if (!campaigns.length) { throw { message: '没有可以查看的换届' }; }
      if (!campaignId) { campaignId = String(campaigns[0].id); }
      select.value = campaignId;
      load();
      clearInterval(timer);
      timer = setInterval(load, REFRESH_MS);
    }).catch(failed);
  }

  function failed(e) {
    if (e && e.login) { showLogin('登录已失效，请重新登录'); return; }
    $('message').textContent = (e && e.message) || '读取看板失败';
  }

  function load() {
    api('GET', 'api/campaigns/' + encodeURIComponent(campaignId) + '/board').then(function (b) {
      board = b;
      $('message').textContent = '';
      render();
    }).catch(failed);
  }

  function vacancies(c) {
    return (c.unfilled || []).map(function (v) {
      return (v.organisation ? v.organisation + ' ' : '') + v.race + '空缺' + v.seats + '名';
    });
  }

  function cell(c, label) {
    var notes = vacancies(c);
    if (c.deadlineState && c.deadlineState !== 'OPEN' && c.deadlineState !== 'NOT_STARTED') {
      notes.push(LABEL[c.deadlineState] || c.deadlineState);
    }
    if (c.countyDelay) {
      notes.push(c.countyDelay); // R14: the county's delay, not the township's
    }
    var title = [c.step + ' ' + label, LABEL[c.state]].concat(notes, [c.dueDate ? '期限 ' + c.dueDate : '',
      c.startedAt ? '开始 ' + time(c.startedAt) : '', c.completedAt ? '完成 ' + time(c.completedAt) : '']).filter(Boolean).join('\n');
    return el('td', { 'class': 'cell ' + c.state + (filter && c.state !== filter ? ' dim' : ''), 'data-step': c.step,
      'data-state': c.state, 'data-label': c.step + ' ' + label, title: title },
      [el('span', { 'class': 'state', text: LABEL[c.state] || c.state }),
       el('span', { 'class': 'due', text: c.dueDate ? '期限 ' + day(c.dueDate) : '' }),
       notes.length ? el('span', { 'class': 'note', text: notes.join('；') }) : null]);
  }

  // only links into the webapps of this server, as the board API gives them for this user
  function links(t) {
    return (t.links || []).filter(function (l) { return /^\/camunda\//.test(l.href) && LINKS[l.kind]; }).map(function (l) {
      return el('a', { href: l.href, target: '_blank', rel: 'noopener noreferrer', 'data-link': l.kind, text: LINKS[l.kind] });
    });
  }

  function render() {
    $('title').textContent = board.county + ' ' + board.year + '年 乡镇党委换届进度看板';
    document.title = $('title').textContent;
    $('updated').textContent = '更新于 ' + time(board.generatedAt) + '（每' + REFRESH_MS / 1000 + '秒自动刷新）';
    var labels = {};
    var head = $('head');
    head.innerHTML = '';
    head.appendChild(el('th', { text: '乡镇' }));
    head.appendChild(el('th', { text: '逾期数', title: '已逾期和逾期完成的步骤数' }));
    head.appendChild(el('th', { text: '需处理', title: '有名额空缺、待县委组织部决定的步骤数' }));
    board.steps.forEach(function (s) {
      labels[s.step] = s.label;
      head.appendChild(el('th', {}, [el('span', { 'class': 'step', text: s.step }), el('span', { 'class': 'label', text: s.label })]));
    });
    head.appendChild(el('th', { text: '链接' }));
    var rows = $('rows');
    rows.innerHTML = '';
    var shown = 0;
    board.townships.forEach(function (t) {
      var matches = !filter || t.steps.some(function (c) { return c.state === filter; });
      var tr = el('tr', { 'data-township': t.code });
      tr.hidden = !matches;
      if (matches) { shown++; }
      tr.appendChild(el('td', { 'class': 'township' }, [document.createTextNode(t.name), el('span', { 'class': 'code', text: t.code })]));
      tr.appendChild(el('td', { 'class': 'count' + (t.overdueCount ? '' : ' none'), 'data-role': 'overdue', 'data-label': '逾期数',
        text: String(t.overdueCount) }));
      tr.appendChild(el('td', { 'class': 'count' + (t.actionNeededCount ? '' : ' none'), 'data-role': 'action-needed',
        'data-label': '需处理', text: String(t.actionNeededCount || 0) }));
      t.steps.forEach(function (c) { tr.appendChild(cell(c, labels[c.step] || '')); });
      tr.appendChild(el('td', { 'class': 'links' }, links(t)));
      rows.appendChild(tr);
    });
    if (!shown) { $('message').textContent = '没有处于“' + LABEL[filter] + '”状态的乡镇'; }
  }

  function setFilter(state) {
    filter = LABEL[state] ? state : '';
    $('filter').value = filter;
    Array.prototype.forEach.call(document.querySelectorAll('.chip'), function (chip) {
      chip.classList.toggle('active', chip.getAttribute('data-state') === filter);
    });
    var url = new URL(location.href);
    if (filter) { url.searchParams.set('state', filter); } else { url.searchParams.delete('state'); }
    history.replaceState(null, '', url);
    $('message').textContent = '';
    if (board) { render(); }
  }

  STATES.forEach(function (s) {
    $('filter').appendChild(el('option', { value: s[0], text: s[1] }));
    var chip = el('span', { 'class': 'chip ' + s[0], 'data-state': s[0], title: '只看有“' + s[1] + '”步骤的乡镇', text: s[1] });
    chip.addEventListener('click', function () { setFilter(filter === s[0] ? '' : s[0]); });
    $('legend').appendChild(chip);
  });
  $('filter').addEventListener('change', function () { setFilter($('filter').value); });
  $('campaign').addEventListener('change', function () {
    campaignId = $('campaign').value;
    var url = new URL(location.href);
    url.searchParams.set('campaign', campaignId);
    history.replaceState(null, '', url);
    load();
  });
  $('logout').addEventListener('click', function () {
    api('DELETE', 'api/session').then(function () { showLogin(''); }).catch(function (e) {
      if (e && e.login) { showLogin(''); } else { $('message').textContent = (e && e.message) || '退出失败'; }
    });
  });
  setFilter(filter);
  session.start();
})();
