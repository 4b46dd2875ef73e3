/* Tasklist configuration of this project (replaces the webjar's scripts/config.js); language: ../../reelection-locale.js */
import {app, locales} from '../../reelection-locale.js';

export default {
  app,
  locales,
  // helpers of the project's embedded task forms (window.reelectionForms)
  customScripts: ['scripts/reelection-forms'],
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
