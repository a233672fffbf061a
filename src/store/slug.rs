//! Slugs: the folder name of a campaign, made once from its name and never changed.

use std::path::Path;

/// Longest slug, in characters.
pub(crate) const MAX_SLUG: usize = 64;

/// Lowercase ASCII `a-z0-9-` from a name ("Café Launch" → `cafe-launch`; nothing → `campaign`).
pub fn slugify(name: &str) -> String {
    let ascii = deunicode::deunicode(name).to_ascii_lowercase();
    let mut slug = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let mut slug = truncate(slug.trim_end_matches('-'), MAX_SLUG);
    if slug.is_empty() {
        slug = "campaign".to_string();
    }
    slug
}

fn truncate(slug: &str, max: usize) -> String {
    let cut: String = slug.chars().take(max).collect();
    cut.trim_end_matches('-').to_string()
}

/// Whether `text` is a slug as splitbrief makes them (so it is safe as a folder name).
pub fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= MAX_SLUG
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// `base`, or `base-2`, `base-3`… (kept within 64 characters), whichever is free in `root`
/// and not in `also_taken`.
pub(crate) fn unique_slug(root: &Path, base: &str, also_taken: &[&str]) -> String {
    let free = |s: &str| !root.join(s).exists() && !also_taken.contains(&s);
    if free(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| {
            let suffix = format!("-{n}");
            format!("{}{suffix}", truncate(base, MAX_SLUG - suffix.len()))
        })
        .find(|s| free(s))
        .unwrap_or_else(|| base.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_and_short() {
        assert_eq!(slugify("Café Launch!"), "cafe-launch");
        assert_eq!(slugify("  Spring / Summer 2027 "), "spring-summer-2027");
        assert_eq!(slugify("..."), "campaign");
        assert_eq!(slugify("日本"), "ri-ben");
        assert_eq!(slugify(&"a".repeat(100)).len(), 64);
        assert!(is_slug("spring-2027") && !is_slug("../x") && !is_slug("") && !is_slug("A"));
    }

    #[test]
    fn taken_slugs_get_a_suffix_within_64() {
        let dir = std::env::temp_dir().join(format!("sb-slug-{}", std::process::id()));
        let long = "a".repeat(64);
        std::fs::create_dir_all(dir.join(&long)).unwrap();
        let next = unique_slug(&dir, &long, &[]);
        assert_eq!(next.len(), 64);
        assert!(next.ends_with("-2"));
        assert_eq!(unique_slug(&dir, "x", &["x"]), "x-2");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
