/*
 * The webapps' language, shared by the four scripts/config.js of this project.
 *
 * Simplified Chinese by default, whatever the browser's language. The webapps take the
 * browser's language when it is in availableLocales and fallbackLocale otherwise, so a list
 * ['zh', 'en'] would still show English to an English browser. We therefore offer a single
 * locale: 'zh', or 'en' for a browser that asked for it once with ?lang=en in the address
 * (?lang=zh switches back); the choice is kept in this browser's localStorage.
 * See README "Webapp language".
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

export const app = {
  name: '换届选举',
  vendor: '县委组织部'
};

export const locales = {
  availableLocales: [locale],
  fallbackLocale: locale
};
