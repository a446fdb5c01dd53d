//! What the app says about keeping the person's data: saving, deleting, and tabs that race.
//! Backcheck's own words about its own workings, so they name no source; plain like the rest.

/// Storage is switched off or blocked (some private windows).
pub const NOT_SAVING: &str = "This browser is not letting Backcheck save, for example in a private window. The check still works, but your answers will be lost if you close or reload the page.";
/// A save did not fit.
pub const STORAGE_FULL: &str = "This browser's storage is full, so your latest answers could not be saved. The check still works, but they will be lost if you close or reload the page.";
/// Reading storage throws (Firefox, when its storage file is corrupted), so nothing is saved over what cannot be seen.
pub const CANNOT_READ: &str = "This browser's storage cannot be read on this device just now, so Backcheck cannot show or save your data. The check still works, but what you enter is kept on this page only: it will be lost if you close or reload the page.";
/// Saved data that could not be read, nor copied aside exactly, is left as it is.
pub const LEFT_AS_IT_IS: &str = "Your saved data could not be read, and Backcheck could not keep a copy of it aside on this device. So that nothing is lost, Backcheck leaves it as it is and saves nothing new on this device. The check still works. To keep what you do now, save your data to a file on the data screen.";
/// A newer version wrote the saved data; this older page saves nothing over it.
pub const NEWER_VERSION_SAVED: &str = "A newer version of Backcheck has saved your data, maybe in another tab. This page is an older version, so it saves nothing, to keep from writing over it. Reload the page to use the newer version.";
/// "Delete all my data" with storage switched off.
pub const NOTHING_STORED_TO_DELETE: &str =
    "Your data was cleared from this page. This browser is not letting Backcheck use its storage, so nothing was stored there to delete.";
/// Removing the saved data threw: it is all still stored.
pub const NOT_DELETED: &str = "This browser did not let Backcheck delete your data, so it is all still on this device. Try again, or clear this site's data in your browser's settings.";
/// The saved data went, the kept-aside values did not.
pub const KEPT_ASIDE_NOT_DELETED: &str = "Your answers, checks and plan were deleted. But this browser did not let Backcheck delete the unreadable data it had kept aside. To remove it, clear this site's data in your browser's settings.";
/// Another tab saved other answers in progress while this tab has an unfinished check of its own.
pub const TWO_CHECKS_IN_PROGRESS: &str = "You are in the middle of a check in another tab too. Backcheck keeps one unfinished check on this device: the one you answered last. Finish the check in one tab, then close the other.";
/// Starting a check here would have replaced one another tab has in progress, not heard of yet.
pub const CHECK_IN_PROGRESS_ELSEWHERE: &str =
    "A check was started in another tab and is not finished. You can carry on with it here, or start a new one.";
