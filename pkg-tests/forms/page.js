// What a portal adds to its page: the glue, attached to every form[data-mestring].
import { attachAll } from '/pkg/mestring-forms.js';

attachAll();
