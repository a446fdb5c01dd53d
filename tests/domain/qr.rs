//! The summary's QR code (src/qr.rs): drawn as one SVG path with a quiet zone of 4 modules, at
//! error correction M, and read back to the very link by a QR decoder (rqrr) from the drawing.

use backcheck::qr::{qr_drawing, QrDrawing, QUIET_ZONE};

/// A results link as the app makes it: the page's address and `#r=` with a code.
const LINK: &str = "https://backcheck.example.org/some/sub/path/#r=5.VVVTVYBYYFXdf78aBcD-_e";

/// The drawing's modules, read back from its path: `M x y h n v1 h-n z` for each run.
fn modules(drawing: &QrDrawing) -> Vec<Vec<bool>> {
    let size = drawing.size as usize;
    let mut grid = vec![vec![false; size]; size];
    for run in drawing.path.split('M').filter(|run| !run.is_empty()) {
        let numbers: Vec<i64> =
            run.split(|c: char| !(c.is_ascii_digit() || c == '-')).filter(|n| !n.is_empty()).map(|n| n.parse().unwrap()).collect();
        let [left, top, width, one, back] = numbers[..] else { panic!("a run is `M x y h n v1 h-n z`: {run}") };
        assert_eq!((one, back), (1, -width), "{run}");
        for x in left..left + width {
            grid[top as usize][x as usize] = true;
        }
    }
    grid
}

/// What a phone reads from the drawing: each module drawn 4 pixels wide, black on white.
fn decode(drawing: &QrDrawing) -> String {
    let grid = modules(drawing);
    let scale = 4;
    let pixels = drawing.size as usize * scale;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(pixels, pixels, |x, y| if grid[y / scale][x / scale] { 0 } else { 255 });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one code found");
    let (meta, text) = grids[0].decode().expect("the code reads");
    assert_eq!(meta.ecc_level, 0, "error correction M (rqrr gives the format bits: M is 00, L 01, H 10, Q 11)");
    text
}

#[test]
fn a_results_link_reads_back_as_the_same_link() {
    let drawing = qr_drawing(LINK).unwrap();
    assert_eq!(decode(&drawing), LINK);
    let local = "http://127.0.0.1:41007/some/sub/path/#r=5.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    assert_eq!(decode(&qr_drawing(local).unwrap()), local);
}

#[test]
fn the_code_has_its_quiet_zone_and_its_size_follows_its_version() {
    let drawing = qr_drawing(LINK).unwrap();
    assert!((1..=6).contains(&drawing.version), "a link of {} characters fits a small code: version {}", LINK.len(), drawing.version);
    assert_eq!(drawing.size, 21 + 4 * (u32::from(drawing.version) - 1) + 2 * QUIET_ZONE);
    let grid = modules(&drawing);
    let size = drawing.size as usize;
    let zone = QUIET_ZONE as usize;
    for (y, row) in grid.iter().enumerate() {
        for (x, dark) in row.iter().enumerate() {
            let in_zone = x < zone || y < zone || x >= size - zone || y >= size - zone;
            assert!(!(in_zone && *dark), "a dark module in the quiet zone at {x}, {y}");
        }
    }
    // The finder pattern at the top left: a dark ring, a light ring, a dark centre.
    let at = |x: usize, y: usize| grid[zone + y][zone + x];
    assert!(at(0, 0) && at(6, 0) && at(0, 6) && at(6, 6));
    assert!(!at(1, 1) && !at(5, 5));
    assert!(at(3, 3));
}

#[test]
fn the_same_link_always_makes_the_same_drawing_and_too_long_a_text_makes_none() {
    assert_eq!(qr_drawing(LINK), qr_drawing(LINK));
    assert_ne!(qr_drawing(LINK), qr_drawing(&format!("{LINK}x")));
    assert_eq!(qr_drawing(&"x".repeat(3000)), None, "more than a version 40 code at M holds");
}
