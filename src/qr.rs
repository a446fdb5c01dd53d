//! A QR code of a link, drawn on the device as one SVG path: the summary for a GP or
//! physiotherapist carries its results link this way (src/ui/summary.rs). Pure, tested natively
//! (tests/domain/qr.rs); the encoding is Nayuki's `qrcodegen`, which has no dependencies.
//!
//! Error correction M (about 15% of the code can be lost), never raised to a higher level, so the
//! same link always makes the same code; a quiet zone of 4 modules on every side, as the QR
//! standard asks, drawn as part of the picture so a white page is not needed around it.

use qrcodegen::{QrCode, QrCodeEcc, QrSegment};

/// The white border, in modules, on every side (ISO/IEC 18004 asks for 4).
pub const QUIET_ZONE: u32 = 4;

/// A QR code ready to draw: `size` modules wide and high (quiet zone included), and the dark
/// modules as one SVG path in those units (`M x y h n v1 h-n z` for each run of dark modules in a row).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrDrawing {
    pub size: u32,
    pub path: String,
    /// The QR version (1 to 40): 21 + 4 × (version − 1) modules without the quiet zone.
    pub version: u8,
}

/// The code for `text` (a link, sent as bytes), or `None` if it is too long for any QR code.
pub fn qr_drawing(text: &str) -> Option<QrDrawing> {
    // Bytes only: a link is sent as bytes anyway, and the other modes' code stays out of the build.
    let segments = [QrSegment::make_bytes(text.as_bytes())];
    let code =
        QrCode::encode_segments_advanced(&segments, QrCodeEcc::Medium, qrcodegen::Version::MIN, qrcodegen::Version::MAX, None, false)
            .ok()?;
    let modules = code.size();
    let mut path = String::new();
    for y in 0..modules {
        let mut x = 0;
        while x < modules {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let run_start = x;
            while x < modules && code.get_module(x, y) {
                x += 1;
            }
            let (left, top) = (run_start as u32 + QUIET_ZONE, y as u32 + QUIET_ZONE);
            path.push_str(&format!("M{left} {top}h{}v1h-{}z", x - run_start, x - run_start));
        }
    }
    Some(QrDrawing { size: modules as u32 + 2 * QUIET_ZONE, path, version: code.version().value() })
}
