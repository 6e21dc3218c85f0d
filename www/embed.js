// The embed page: exactly what a portal adds, the module and one call.
import { attachAll } from './pkg/mestring-forms.js';
import { registerOffline } from './offline.js';

registerOffline();
attachAll();
