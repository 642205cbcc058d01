/**
 * The behaviour every page shares, shipped as one hashed module that the browser caches once for the whole site:
 * the theme switch, BibTeX copy buttons, the title look-up links, the reading-list toggle of paper pages, the
 * "new since your last visit" marks, the search shortcuts and the service worker.
 */
import { registerServiceWorker } from "../offline/register";
import { installSearchShortcuts } from "../search/shortcuts";
import { installCiteCopy } from "./cite-copy";
import { installLookupLinks } from "./lookup-links";
import { installPaperSave } from "./paper-save";
import { installThemeToggle } from "./theme-toggle";
import { installWhatIsNew } from "./what-is-new";

installThemeToggle(document.querySelector(".site-head .head-tools"));
installCiteCopy(document);
installLookupLinks(document);
installPaperSave(document);
installWhatIsNew(document);
installSearchShortcuts(`${import.meta.env.BASE_URL.replace(/\/?$/, "/")}search/`);
registerServiceWorker();
