/*
 * Tasklist configuration of this project (replaces the webjar's scripts/config.js).
 *
 * Language: Simplified Chinese by default, whatever the browser's language.
 * The webapps take the browser's language when it is in availableLocales and
 * fallbackLocale otherwise, so a list ['zh', 'en'] would still show English to an
 * English browser. We therefore offer a single locale: 'zh', or 'en' for a browser
 * that asked for it once with ?lang=en in the address (?lang=zh switches back);
 * the choice is kept in this browser's localStorage. See README "Webapp language".
 */
const LOCALE_KEY = 'reelection.webappLocale';

function chosenLocale() {
  try {
    const asked = new URLSearchParams(window.location.search).get('lang');
    if (asked === 'zh' || asked === 'en') {
      window.localStorage.setItem(LOCALE_KEY, asked);
    }
    return window.localStorage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'zh';
  } catch (e) {
    return 'zh';
  }
}

const locale = chosenLocale();

export default {
  app: {
    name: '换届选举',
    vendor: '县委组织部'
  },
  locales: {
    availableLocales: [locale],
    fallbackLocale: locale
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '将焦点移到列表中的第一个过滤器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '将焦点移到列表中的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '将焦点移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开“启动流程”对话框'
    }
  }
};
