//! Checks exchange files as the app would import them and prints the verdict for each:
//! `cargo run --example check_file -- file.json …`.

use ita_selfcheck::domain::exchange::read;
use ita_selfcheck::domain::Lang;

fn main() {
    for path in std::env::args().skip(1) {
        let verdict = match std::fs::read(&path) {
            Err(error) => format!("cannot read: {error}"),
            Ok(bytes) => match read(&bytes) {
                Ok(imported) => {
                    let years: Vec<String> = imported
                        .book
                        .years
                        .iter()
                        .map(|a| a.fiscal_year.to_string())
                        .collect();
                    format!(
                        "ok: {} ({})",
                        imported.book.organisation.name,
                        years.join(", ")
                    )
                }
                Err(error) => format!("refused: {}", error.message(Lang::En)),
            },
        };
        println!("{path}\t{verdict}");
    }
}
