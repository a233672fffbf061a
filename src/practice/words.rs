//! Whole-word matching of words, phrases and hashtags in text a person wrote: case-insensitive,
//! accents folded ("publicite" finds "publicité"), spaces and line breaks treated alike.
//!
//! A term matches only as a whole word: `ad` is found in "Anzeige #ad" and "Ad:" but not in
//! "add", "made" or "ad-free". A term written with `#` matches only the hashtag; a plain term
//! also matches its hashtag form (`cure` finds "#cure"). A term that starts or ends with a sign
//! (`% vol`) needs no word boundary on that side ("4.5% vol").
//!
//! Claims are matched by stem: a one-word term also finds its usual English forms (`cure`
//! finds "cures", "cured", "curing"; `heal` finds "healed", "healing") but never a longer word
//! (`cure` is not in "secure", `heal` not in "health", `treat` not in "treaty"). A claim after
//! a negation in the same clause does not count ("never say it cures", "not intended to
//! diagnose, treat, cure or prevent").

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
            .any(|(at, _)| self.bounded_term(&term, at, at + term.len()))
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

    /// Whether `term` or one of its word forms occurs (see the module doc).
    pub(crate) fn has_form(&self, term: &str) -> bool {
        forms(term).iter().any(|f| self.has(f))
    }

    /// The terms that occur in any word form, in the order given, each once.
    pub(crate) fn found_forms<'t>(&self, terms: impl IntoIterator<Item = &'t str>) -> Vec<&'t str> {
        let mut out: Vec<&str> = Vec::new();
        for term in terms {
            if self.has_form(term) && !out.iter().any(|t| t.eq_ignore_ascii_case(term)) {
                out.push(term);
            }
        }
        out
    }

    /// Whether `term` (in any word form) is asserted: it occurs somewhere that is neither
    /// after a negation in its clause nor inside one of the `harmless` phrases ("treat
    /// yourself").
    pub(crate) fn asserts(&self, term: &str, harmless: &[&str]) -> bool {
        let spared: Vec<(usize, usize)> =
            harmless.iter().flat_map(|h| self.spans(&fold(h))).collect();
        forms(term).iter().any(|form| {
            self.spans(form).into_iter().any(|(start, end)| {
                let inside = spared.iter().any(|(s, e)| *s <= start && end <= *e);
                !inside && !self.negated_before(start)
            })
        })
    }

    /// The terms asserted (see [`Text::asserts`]), in the order given, each once.
    pub(crate) fn asserted<'t>(
        &self,
        terms: impl IntoIterator<Item = &'t str>,
        harmless: &[&str],
    ) -> Vec<&'t str> {
        let mut out: Vec<&str> = Vec::new();
        for term in terms {
            if self.asserts(term, harmless) && !out.iter().any(|t| t.eq_ignore_ascii_case(term)) {
                out.push(term);
            }
        }
        out
    }

    /// Where a folded term occurs as a whole word.
    fn spans(&self, term: &str) -> Vec<(usize, usize)> {
        if term.is_empty() {
            return Vec::new();
        }
        self.folded
            .match_indices(term)
            .map(|(at, _)| (at, at + term.len()))
            .filter(|(start, end)| self.bounded_term(term, *start, *end))
            .collect()
    }

    /// Whether a negation comes earlier in the clause that holds byte `at`: the clause starts
    /// after `.`, `!`, `?`, `;`, `:`, a dash or "but"; only its last few words count.
    fn negated_before(&self, at: usize) -> bool {
        let before = &self.folded[..at];
        let start = before
            .rfind(['.', '!', '?', ';', ':', '(', ')'])
            .map_or(0, |i| i + 1);
        let mut clause = &before[start..];
        // A comma followed by a new subject starts a new clause ("No more bloating, it cured
        // me"); a comma inside a list does not ("not to diagnose, treat, cure").
        for cut in CLAUSE_CUTS {
            if let Some(i) = clause.rfind(cut) {
                clause = &clause[i + cut.len()..];
            }
        }
        let words: Vec<&str> = clause
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
            .filter(|w| !w.is_empty())
            .collect();
        let recent = &words[words.len().saturating_sub(NEGATION_REACH)..];
        recent.iter().enumerate().any(|(i, w)| {
            let next = recent.get(i + 1).copied().unwrap_or_default();
            // "not just", "not only", "no more", "no longer" add to a claim, not deny it.
            NEGATIONS.contains(w) && !matches!(next, "just" | "only" | "more" | "longer")
        })
    }

    /// Whether a match is a whole word: letters on neither side, except that a term that
    /// starts or ends with a sign needs no boundary on that side.
    fn bounded_term(&self, term: &str, start: usize, end: usize) -> bool {
        let first = term.chars().next().is_some_and(is_word_char);
        let last = term.chars().next_back().is_some_and(is_word_char);
        let before = self.folded[..start].chars().next_back();
        let after = self.folded[end..].chars().next();
        let open_before = !first || !before.is_some_and(is_word_char);
        let open_after = !last || !after.is_some_and(is_word_char);
        open_before && open_after
    }
}

/// Words that negate what follows in their clause ("do not", "never", "without").
const NEGATIONS: &[&str] = &[
    "not",
    "no",
    "never",
    "don't",
    "dont",
    "doesn't",
    "doesnt",
    "didn't",
    "won't",
    "can't",
    "cannot",
    "haven't",
    "hasn't",
    "wouldn't",
    "couldn't",
    "isn't",
    "aren't",
    "wasn't",
    "mustn't",
    "shouldn't",
    "without",
    "nor",
    "avoid",
    "neither",
    "nothing",
];

/// What ends a clause besides sentence punctuation.
const CLAUSE_CUTS: &[&str] = &[
    " but ",
    " -- ",
    " - ",
    " however ",
    ", it ",
    ", it's ",
    ", this ",
    ", that ",
    ", i ",
    ", i've ",
    ", you ",
    ", we ",
    ", they ",
    ", she ",
    ", he ",
    ", so ",
    ", and it ",
];

/// How many words before a claim a negation may stand and still cover it.
const NEGATION_REACH: usize = 12;

/// A one-word term and its usual English forms; any other term as it is, folded.
fn forms(term: &str) -> Vec<String> {
    let t = fold(term);
    if t.is_empty() || !t.chars().all(|c| c.is_ascii_alphabetic()) || t.len() < 3 {
        return vec![t];
    }
    let mut out = vec![t.clone(), format!("{t}s"), format!("{t}es")];
    let chars: Vec<char> = t.chars().collect();
    let vowel = |c: char| "aeiou".contains(c);
    let n = chars.len();
    if t.ends_with('e') {
        let stem = &t[..t.len() - 1];
        out.extend([format!("{t}d"), format!("{stem}ing")]);
    } else if t.ends_with('y') && !vowel(chars[n - 2]) {
        let stem = &t[..t.len() - 1];
        out.extend([
            format!("{stem}ies"),
            format!("{stem}ied"),
            format!("{t}ing"),
        ]);
    } else {
        out.extend([format!("{t}ed"), format!("{t}ing")]);
        // Short words ending consonant-vowel-consonant double it: bet → betting, slim → slimming.
        let last = chars[n - 1];
        if n <= 4
            && !vowel(last)
            && vowel(chars[n - 2])
            && !vowel(chars[n - 3])
            && !"wxy".contains(last)
        {
            out.extend([format!("{t}{last}ed"), format!("{t}{last}ing")]);
        }
    }
    out
}

/// Whether `term` occurs in `text` as a whole word, phrase or hashtag.
pub(crate) fn has_term(text: &str, term: &str) -> bool {
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

    #[rstest]
    #[case::cured("This cured my bloating", "cure", true)]
    #[case::curing("curing it for good", "cure", true)]
    #[case::cures("It CURES acne", "cure", true)]
    #[case::healed("It healed my gut", "heal", true)]
    #[case::healing("healing from within", "heal", true)]
    #[case::treated("treated my eczema", "treat", true)]
    #[case::prevents("prevents colds", "prevent", true)]
    #[case::phrase("Clinically proven to work", "clinically proven", true)]
    #[case::slimming("slimming and light", "slim", true)]
    #[case::betting("betting tips", "bet", true)]
    #[case::not_secure("a secure login", "cure", false)]
    #[case::not_health("good for your health", "heal", false)]
    #[case::not_treaty("a trade treaty", "treat", false)]
    #[case::not_curator("the curator", "cure", false)]
    #[case::not_preventive_phrase("clinically tested", "clinically proven", false)]
    #[case::percent_vol("4.5% vol, brewed in Leeds", "% vol", true)]
    #[case::abv("4% ABV", "ABV", true)]
    fn claim_words_match_by_stem(#[case] text: &str, #[case] term: &str, #[case] expected: bool) {
        assert_eq!(
            Text::new(text).has_form(term),
            expected,
            "{term:?} in {text:?}"
        );
    }

    #[rstest]
    #[case::plain("This cured my bloating", true)]
    #[case::never_say("Never say it cures anything", false)]
    #[case::fda(
        "This product is not intended to diagnose, treat, cure or prevent any disease.",
        false
    )]
    #[case::dont_curly("Don’t claim it cures acne", false)]
    #[case::new_clause("No filters. It cures acne", true)]
    #[case::but("Not greasy, but it cures acne", true)]
    #[case::not_just("It doesn't just hydrate, it cures dryness", true)]
    #[case::no_more("No more bloating, it cured me in a week", true)]
    #[case::no_more_claim("No more eczema since I cured it", true)]
    #[case::list_after_never("Never say it cures, heals or treats anything", false)]
    fn a_negation_in_the_clause_cancels_a_claim(#[case] text: &str, #[case] expected: bool) {
        assert_eq!(Text::new(text).asserts("cure", &[]), expected, "{text:?}");
    }

    #[test]
    fn harmless_phrases_are_not_claims() {
        let harmless = ["treat yourself"];
        assert!(!Text::new("Treat yourself this spring").asserts("treat", &harmless));
        assert!(Text::new("Treat yourself; it treats acne").asserts("treat", &harmless));
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
