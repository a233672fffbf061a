//! Whole-word matching of words, phrases and hashtags in text a person wrote: case-insensitive,
//! accents folded ("publicite" finds "publicité"), spaces and line breaks treated alike.
//!
//! A term matches only as a whole word: `ad` is found in "Anzeige #ad" and "Ad:" but not in
//! "add", "made" or "ad-free". A term written with `#` matches only the hashtag; a plain term
//! also matches its hashtag form (`cure` finds "#cure").

/// Text prepared once for several look-ups.
#[derive(Debug, Clone)]
pub struct Text {
    folded: String,
}

impl Text {
    /// Prepares `text` for matching.
    pub fn new(text: &str) -> Text {
        Text { folded: fold(text) }
    }

    /// Whether `term` occurs as a whole word, phrase or hashtag.
    pub fn has(&self, term: &str) -> bool {
        let term = fold(term);
        if term.is_empty() {
            return false;
        }
        self.folded
            .match_indices(term.as_str())
            .any(|(at, _)| self.bounded(at, at + term.len()))
    }

    /// The terms that occur, in the order given, each once.
    pub fn found<'t>(&self, terms: impl IntoIterator<Item = &'t str>) -> Vec<&'t str> {
        let mut out: Vec<&str> = Vec::new();
        for term in terms {
            if self.has(term) && !out.iter().any(|t| t.eq_ignore_ascii_case(term)) {
                out.push(term);
            }
        }
        out
    }

    fn bounded(&self, start: usize, end: usize) -> bool {
        let before = self.folded[..start].chars().next_back();
        let after = self.folded[end..].chars().next();
        !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
    }
}

/// Whether `term` occurs in `text` as a whole word, phrase or hashtag.
pub fn has_term(text: &str, term: &str) -> bool {
    Text::new(text).has(term)
}

/// Letters, digits, `_` and `-` make up a word: "ad-free" is one word, not "ad".
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '-'
}

/// Accents transliterated, lower case, runs of white space as one space.
fn fold(text: &str) -> String {
    let plain = deunicode::deunicode(text).to_lowercase();
    plain.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case::hashtag_in_label("Anzeige #ad", "#ad", true)]
    #[case::plain_word_finds_hashtag("Anzeige #ad", "ad", true)]
    #[case::upper_case("AD | Paid partnership", "ad", true)]
    #[case::punctuation_after("Ad: my new routine", "ad", true)]
    #[case::not_inside_add("add to cart", "ad", false)]
    #[case::not_inside_made("made with love", "ad", false)]
    #[case::not_in_hyphenated("an ad-free stream", "ad", false)]
    #[case::hashtag_needs_hash("ad", "#ad", false)]
    #[case::hashtag_is_whole("#adventure", "#ad", false)]
    #[case::hashtag_prefix_of_longer("#sponsoredpost", "#sponsored", false)]
    #[case::two_hashtags_glued("#ad#gifted", "#ad", true)]
    #[case::phrase("This is a Paid  Partnership\nwith Glow", "paid partnership", true)]
    #[case::phrase_split_wrongly("paid partnerships", "paid partnership", false)]
    #[case::accent_folded("Publicite", "publicité", true)]
    #[case::accent_in_text("PUBLICITÉ", "publicité", true)]
    #[case::curly_apostrophe("You can’t lose", "can't lose", true)]
    #[case::hyphenated_term("medical-grade serum", "medical-grade", true)]
    #[case::hyphenated_term_partial("medical grade serum", "medical-grade", false)]
    #[case::empty_term("anything", "  ", false)]
    #[case::at_end("a thanks to", "thanks to", true)]
    fn matches_whole_words(#[case] text: &str, #[case] term: &str, #[case] expected: bool) {
        assert_eq!(has_term(text, term), expected, "{term:?} in {text:?}");
    }

    #[test]
    fn found_lists_each_term_once_in_order() {
        let text = Text::new("Cure it, then CURE it again, a miracle");
        assert_eq!(
            text.found(["miracle", "cure", "heal", "Cure"]),
            vec!["miracle", "cure"]
        );
    }
}
