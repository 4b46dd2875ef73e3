/* Welcome configuration of this project (replaces the webjar's scripts/config.js); language: ../../reelection-locale.js */
import {app, locales} from '../../reelection-locale.js';

export default {app, locales};
