#![no_main]
//! Arbitrary bytes as an export file for the command-line tool: the first byte picks the format
//! (JSON, NDJSON, CSV), the rest is the file. Every record read goes into `check_referral`. No
//! input may panic, and the reader must end (a cut-off list, a NUL byte, a broken header stop it).
use std::cell::Cell;
use std::rc::Rc;

use libfuzzer_sys::fuzz_target;
use mestring::cli::records::{read_from, Format};

fuzz_target!(|data: &[u8]| {
    let Some((&pick, file)) = data.split_first() else { return };
    let format = [Format::Json, Format::Ndjson, Format::Csv][usize::from(pick % 3)];
    let rows = read_from(Box::new(std::io::Cursor::new(file.to_vec())), format, "fuzz".into(), None, Rc::new(Cell::new(0)));
    for row in rows.rows.take(10_000) {
        if let Ok(mestring::cli::records::Row { record: Ok(v), .. }) = row {
            let _ = mestring::check_referral(&v, None);
        }
    }
});
