// What the deadline board (board.js) and the term register (terms.js) share: element helpers and the login to the
// Camunda webapp session. POST api/session opens the session (an HttpOnly cookie): a page keeps no password and no
// credentials, only the session's CSRF token in memory, which it sends as X-XSRF-TOKEN on the requests that change
// something.
(function () {
  'use strict';
  var csrfToken = null;

  function $(id) { return document.getElementById(id); }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { node.textContent = attrs[k]; } else { node.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { node.appendChild(c); } });
    return node;
  }

  // the session cookie goes along on its own; X-Requested-With keeps the browser's password dialog away on a 401
  function api(method, path, body) {
    var headers = { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    if (method !== 'GET' && csrfToken) { headers['X-XSRF-TOKEN'] = csrfToken; }
    return fetch(path, { method: method, headers: headers, credentials: 'same-origin', cache: 'no-store',
                         body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (response) {
        if (response.status === 204) { return null; }
        return response.json().catch(function () { return {}; }).then(function (answer) {
          if (response.status === 401) { throw { login: true, message: answer.message }; }
          if (!response.ok) { throw { status: response.status, message: answer.message || ('HTTP ' + response.status) }; }
          return answer;
        });
      });
  }

  /**
   * The page's login: the form #login (#username, #password, #login-error), #who and #logout around the page's
   * section {@code main}. {@code signedIn(session)} runs once a session is open, {@code signedOut()} before the
   * login form shows. Answers showLogin(error) and start(), which asks whether a session is open already.
   */
  function login(main, signedIn, signedOut) {
    function showLogin(error) {
      csrfToken = null;
      signedOut();
      $(main).hidden = true;
      $('logout').hidden = true;
      $('who').textContent = '';
      $('login').hidden = false;
      $('login-error').textContent = error || '';
      $('username').focus();
    }

    function open(session) {
      csrfToken = session.csrfToken || null;
      $('who').textContent = '当前用户：' + (session.name && session.name !== session.userId
        ? session.name + '（' + session.userId + '）' : session.userId);
      $('login').hidden = true;
      $(main).hidden = false;
      $('logout').hidden = false;
      signedIn(session);
    }

    $('login').addEventListener('submit', function (event) {
      event.preventDefault();
      var credentials = { username: $('username').value.trim(), password: $('password').value };
      $('password').value = '';
      api('POST', 'api/session', credentials).then(open).catch(function (e) {
        showLogin(e && e.login ? '用户名或密码不正确，请重新登录' : (e && e.message) || '登录失败');
      });
    });

    return {
      showLogin: showLogin,
      start: function () { api('GET', 'api/session').then(open).catch(function () { showLogin(''); }); }
    };
  }

  window.reelectionPage = { $: $, el: el, api: api, login: login };
})();
