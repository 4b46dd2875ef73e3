/*
 * Helpers shared by the project's embedded task forms (src/main/resources/static/forms/*.html).
 * Loaded once by Tasklist (config.js customScripts); the forms reach it as window.reelectionForms.
 * The forms validate on submit and say what is wrong in Chinese, instead of relying on HTML
 * attributes that silently disable Tasklist's 完成 button.
 */
const DATE_FORMS = '2026-11-28、2026/11/28、2026.11.28、20261128 或 2026年11月28日';

function pad(n) {
  return (n < 10 ? '0' : '') + n;
}

/** 'YYYY-MM-DD' for a date typed in any of the usual forms, or null. */
function parseDate(text) {
  if (text === null || text === undefined) {
    return null;
  }
  const s = String(text).trim().replace(/[年月]/g, '-').replace(/日$/, '');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s) || /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) {
    return null;
  }
  const y = +m[1], mo = +m[2], d = +m[3];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    return null;
  }
  return y + '-' + pad(mo) + '-' + pad(d);
}

/** A whole number ≥ min typed by a person, or null. */
function parseCount(value, min) {
  if (value === null || value === undefined || String(value).trim() === '') {
    return null;
  }
  const s = String(value).trim();
  if (!/^\d+$/.test(s)) {
    return null;
  }
  const n = parseInt(s, 10);
  return n >= (min || 0) ? n : null;
}

/** Drafts kept by 保存 in this browser, per task: the form's own entries only. */
const drafts = {
  key(taskId) {
    return 'reelection.draft.' + taskId;
  },
  save(taskId, value) {
    try {
      window.localStorage.setItem(this.key(taskId), JSON.stringify({ savedAt: new Date().toISOString(), value }));
      return true;
    } catch (e) {
      return false;
    }
  },
  load(taskId) {
    try {
      const raw = window.localStorage.getItem(this.key(taskId));
      return raw ? JSON.parse(raw) : null;
    } catch (e) {
      return null;
    }
  },
  clear(taskId) {
    try {
      window.localStorage.removeItem(this.key(taskId));
    } catch (e) {
      /* nothing kept */
    }
  }
};

/** Base64 of an ArrayBuffer, as Camunda's File variables take it. */
function base64(buffer) {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return window.btoa(binary);
}

/** The text of an error answer of /api or the engine API, without technical prefixes. */
function errorText(response) {
  const data = response && response.data;
  if (data && data.message) {
    return data.message.replace(/^Cannot (submit|complete) task( form)? [0-9a-f-]+: /, '');
  }
  return '服务器未能处理（HTTP ' + (response ? response.status : '?') + '）';
}

/**
 * Sets a variable to submit with the form: Tasklist's variable manager refuses to create a variable the
 * form has fetched (a returned list, a text to revise), so an existing one is overwritten instead.
 */
function setVariable(camForm, name, type, spec) {
  const value = spec.value;
  const valueInfo = spec.valueInfo;
  const existing = camForm.variableManager.variables[name];
  if (existing) {
    existing.type = type;
    existing.value = value;
    existing.valueInfo = valueInfo || {};
    existing.originalValue = undefined;
  } else {
    camForm.variableManager.createVariable({ name, type, value, valueInfo, isDirty: true });
  }
}

/**
 * The values the form fetched, taken out of Tasklist's variable manager: what a form only shows (its
 * context, the lists under review) must not go back with the submission, which takes declared inputs only.
 */
function takeAll(camForm) {
  const manager = camForm.variableManager;
  const values = {};
  manager.variableNames().forEach((name) => {
    values[name] = manager.variableValue(name);
    delete manager.variables[name];
  });
  return values;
}

/**
 * Leaves only the task's inputs to be submitted. Tasklist submits every variable a form has fetched and not
 * bound to a field (the form context, the lists and texts it shows), and the engine APIs take only the
 * variables a task declares; a list shown with ng-repeat would also come back with Angular's $$hashKey.
 * Call last in the form's submit handler.
 */
function submitOnly(camForm, names) {
  const variables = camForm.variableManager.variables;
  Object.keys(variables).forEach((name) => {
    if (names.indexOf(name) < 0) {
      delete variables[name];
    }
  });
}

/**
 * Marks the form ready once its variables have arrived and been applied: until then its fields are greyed
 * out and take no input (forms.css), so nothing typed early is overwritten by the values the server sends.
 * Call after the form's own handlers are registered: listeners run in the order they were added.
 */
/**
 * Calls `use(context)` in the form's scope once Tasklist has fetched the task's variables and the server has
 * answered what the form shows before anything is typed (GET /api/tasks/{id}/form-context: computed when the
 * form opens, not kept in the task), then marks the form ready (re-ready). A context that cannot be read leaves
 * the server's message at the top of the form, which then never becomes ready.
 */
function whenOpened(camForm, $scope, use) {
  const context = fetch('/api/tasks/' + encodeURIComponent(camForm.taskId) + '/form-context', {
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
  }).then((r) => r.json().catch(() => null)
    .then((data) => (r.ok ? data : Promise.reject({ status: r.status, data }))));
  context.catch(() => {}); // said in the form once it is drawn
  camForm.on('variables-applied', () => {
    context.then(
      (c) => $scope.$evalAsync(() => {
        use(c || {});
        camForm.formElement.addClass('re-ready');
      }),
      (response) => $scope.$evalAsync(() => {
        const note = document.createElement('p');
        note.className = 're-errors re-context-error';
        note.textContent = '无法读取本任务的背景信息：' + errorText(response);
        camForm.formElement[0].prepend(note);
      }));
  });
}

const stylesheet = document.createElement('link');
stylesheet.rel = 'stylesheet';
stylesheet.href = '/forms/forms.css';
document.head.appendChild(stylesheet);

window.reelectionForms = { DATE_FORMS, parseDate, parseCount, drafts, base64, errorText, setVariable, takeAll, submitOnly,
  whenOpened };
