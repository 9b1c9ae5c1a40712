//! Safe file names built from user text (organisation names, years, dates).

/// Joins the parts into a file name of safe characters only: letters and digits (Thai
/// included, with its vowel and tone marks), with anything else becoming a single `-`;
/// at most 80 characters before the extension.
pub fn safe_filename(parts: &[&str], extension: &str) -> String {
    format!("{}.{extension}", safe_stem(parts))
}

/// [`safe_filename`] without the extension.
pub fn safe_stem(parts: &[&str]) -> String {
    let mut name = String::new();
    for part in parts {
        for c in part.chars() {
            let keep = c.is_ascii_alphanumeric() || ('\u{0E01}'..='\u{0E5B}').contains(&c);
            if keep {
                name.push(c);
            } else if !name.ends_with('-') && !name.is_empty() {
                name.push('-');
            }
        }
        if !name.is_empty() && !name.ends_with('-') {
            name.push('-');
        }
    }
    let mut name: String = name.trim_matches('-').chars().take(80).collect();
    while name.ends_with('-') {
        name.pop();
    }
    if name.is_empty() {
        name.push_str("ita-selfcheck");
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_safe_characters_survive() {
        assert_eq!(
            safe_filename(&["ita", "เทศบาลตำบลบ้านใหม่", "2569"], "svg"),
            "ita-เทศบาลตำบลบ้านใหม่-2569.svg"
        );
        assert_eq!(
            safe_filename(&["../../etc/passwd"], "json"),
            "etc-passwd.json"
        );
        assert_eq!(safe_filename(&["a<b>:\"c\"|?*", "d"], "png"), "a-b-c-d.png");
        assert_eq!(safe_filename(&["", "  "], "json"), "ita-selfcheck.json");
        assert_eq!(
            safe_filename(&["อบต. หนองบัว (อ.เมือง)"], "csv"),
            "อบต-หนองบัว-อ-เมือง.csv"
        );
        assert!(safe_filename(&[&"ก".repeat(200)], "svg").chars().count() <= 84);
    }
}
