//! What every fuzz target checks of one input, whatever made it.

use ita_selfcheck::domain::exchange::{read, write, ExportOptions};
use ita_selfcheck::domain::Lang;

/// Reads `bytes` as the app imports a file and checks that:
/// - reading is pure (the same answer twice) and never panics;
/// - a refusal has a short message in both languages, naming the same place;
/// - an accepted file, written out again, reads back to the same work, and writing that
///   gives the same text.
pub fn check(bytes: &[u8]) {
    let result = read(bytes);
    assert_eq!(result, read(bytes), "reading is pure");
    match result {
        Err(error) => {
            let english = error.message(Lang::En);
            let thai = error.message(Lang::Th);
            let path = error.path.to_string();
            assert!(english.starts_with(&path) && thai.starts_with(&path));
            assert!(
                english.chars().count() <= 300 && thai.chars().count() <= 300,
                "a message fits on the screen: {english}"
            );
            assert!(!english.chars().any(char::is_control), "{english:?}");
        }
        Ok(imported) => {
            let text = write(&imported.book, &ExportOptions::default());
            let back = match read(text.as_bytes()) {
                Ok(back) => back,
                Err(error) => panic!("the app's own export is refused: {error}\n{text}"),
            };
            assert_eq!(back.book, imported.book, "round trip\n{text}");
            assert_eq!(
                write(&back.book, &ExportOptions::default()),
                text,
                "writing again gives the same text"
            );
        }
    }
}
