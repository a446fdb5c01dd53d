//! Moves the person's data in and out of the browser as a file: a download to save, and the
//! text of a file they pick to load. What the file holds is `storage::schema`'s business.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Files larger than this are not Backcheck exports. Any file Backcheck can write is smaller: local
/// storage holds about 5 million characters, and an export of a full store, indented and with
/// the values kept aside, is well under 64 MiB (a test imports one written at the quota's size).
pub const MAX_IMPORT_BYTES: f64 = 64.0 * 1024.0 * 1024.0;

/// Offers `text` as a download named `file_name`.
pub fn download(file_name: &str, text: &str) -> Result<(), JsValue> {
    download_as(file_name, "application/json", text)
}

/// Offers `text` as a file of the given type (the plan's calendar file, say).
pub fn download_as(file_name: &str, mime_type: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime_type);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let document = window.document().ok_or(JsValue::NULL)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // Some browsers read the URL after click() returns, so it is released a little later.
    let release = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    window.set_timeout_with_callback_and_timeout_and_arguments_0(release.unchecked_ref(), 60_000)?;
    Ok(())
}

/// Why a picked file could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadProblem {
    TooLarge,
    Unreadable,
}

/// The text of a file the person picked.
pub async fn read_text(file: web_sys::File) -> Result<String, ReadProblem> {
    if file.size() > MAX_IMPORT_BYTES {
        return Err(ReadProblem::TooLarge);
    }
    let text = JsFuture::from(file.text()).await.map_err(|_| ReadProblem::Unreadable)?;
    text.as_string().ok_or(ReadProblem::Unreadable)
}
