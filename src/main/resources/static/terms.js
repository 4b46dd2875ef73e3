// The term register (terms.html). Logs in to the Camunda webapp session with page.js, as the board does.
(function () {
  'use strict';
  var page = window.reelectionPage;
  var $ = page.$;
  var el = page.el;
  var api = page.api;
  var terms = [];
  var draft = null;

  var session = page.login('terms', load, function () {});
  var showLogin = session.showLogin;

  function day(iso) {
    if (!iso) { return ''; }
    var p = iso.split('-');
    return p[0] + '年' + Number(p[1]) + '月' + Number(p[2]) + '日';
  }

  function failed(e) {
    if (e && e.login) { showLogin(e.message); return; }
    $('message').textContent = (e && e.message) || '读取失败';
  }

  function load() {
    api('GET', 'api/terms').then(function (answer) {
      terms = answer;
      $('message').textContent = '';
      render();
    }).catch(failed);
  }

  function state(t) {
    if (t.ended) { return '已届满'; }
    return t.endingSoon ? '六个月内届满' : '任期内';
  }

  function render() {
    var soonOnly = $('soon-only').checked;
    var rows = $('rows');
    rows.textContent = '';
    var soon = terms.filter(function (t) { return t.endingSoon; }).length;
    $('summary').textContent = '共' + terms.length + '个任期，其中' + soon + '个六个月内届满或已届满';
    terms.filter(function (t) { return !soonOnly || t.endingSoon; }).forEach(function (t) {
      rows.appendChild(el('tr', { 'class': t.ended ? 'ended' : (t.endingSoon ? 'soon' : '') }, [
        el('td', { 'class': 'unit', text: t.unitName }),
        el('td', { 'class': 'cell', 'data-label': '乡镇', text: t.townshipName }),
        el('td', { 'class': 'cell', 'data-label': '类别', text: t.bodyLabel }),
        el('td', { 'class': 'cell', 'data-label': '任期开始', text: day(t.termStart) }),
        el('td', { 'class': 'cell', 'data-label': '任期届满', text: day(t.termEnd) }),
        el('td', { 'class': 'cell state', 'data-label': '状态', text: state(t) })]));
    });
    if (!rows.children.length) {
      rows.appendChild(el('tr', {}, [el('td', { colspan: '6', text: soonOnly ? '六个月内没有届满的任期' : '还没有任期记录' })]));
    }
    var firstEnd = terms.filter(function (t) { return t.endingSoon && t.bodyLabel; }).map(function (t) { return t.termEnd; })[0];
    if (!$('year').value) {
      $('year').value = (firstEnd || new Date().toISOString()).slice(0, 4);
    }
  }

  function showDraft() {
    draft = null;
    $('draft-result').hidden = true;
    $('draft-message').className = '';
    $('draft-message').textContent = '';
    api('GET', 'api/terms/campaign-draft?year=' + encodeURIComponent($('year').value)).then(function (d) {
      draft = d;
      var list = $('draft-townships');
      list.textContent = '';
      d.townships.forEach(function (t) {
        list.appendChild(el('li', { text: t.name + '（' + t.organisations.length + '个所属党组织）' }));
      });
      $('draft-deadlines').textContent = d.county + d.year + '年换届，期限：' + Object.keys(d.deadlines).map(function (k) {
        return k + ' ' + day(d.deadlines[k]);
      }).join('；');
      $('draft-result').hidden = false;
    }).catch(function (e) {
      if (e && e.login) { showLogin(e.message); return; }
      $('draft-message').textContent = (e && e.message) || '起草失败';
    });
  }

  function startCampaign() {
    if (!draft) { return; }
    api('POST', 'api/campaigns', draft).then(function (created) {
      $('draft-result').hidden = true;
      $('draft-message').className = 'done';
      $('draft-message').textContent = '已启动' + created.county + created.year + '年换届（' + created.townships.length + '个乡镇），见换届进度看板。';
      // new accounts' one-time passwords come only in this answer: shown once, to hand over
      if (created.accounts && created.accounts.length) {
        var list = el('ul', {}, created.accounts.map(function (a) {
          return el('li', { text: a.userId + '：' + a.password });
        }));
        $('draft-message').appendChild(el('p', { text: '新账号及一次性密码（只显示这一次，请记下并转交）：' }));
        $('draft-message').appendChild(list);
      }
      draft = null;
    }).catch(function (e) {
      if (e && e.login) { showLogin(e.message); return; }
      $('draft-message').textContent = (e && e.message) || '启动失败';
    });
  }

  $('soon-only').addEventListener('change', render);
  $('draft').addEventListener('click', showDraft);
  $('start').addEventListener('click', startCampaign);
  $('logout').addEventListener('click', function () {
    api('DELETE', 'api/session').then(function () { showLogin(''); }).catch(function () { showLogin(''); });
  });
  session.start();
})();
