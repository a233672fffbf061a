//! What was sent (DESIGN §8.5): each send keeps the three file texts as they were, in the data
//! folder's `sent/<slug>/` (never in the briefs folder), so `diff` can say what changed since.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::StoreError;

/// One send: when, to whom, and the files' texts then.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// When it was recorded (RFC 3339, UTC).
    pub sent_at: String,
    /// The partner it went to (handle or name); `None` for every partner.
    pub partner: Option<String>,
    /// campaign.toml as it was.
    pub campaign: String,
    /// creator.toml as it was, when it existed.
    pub creator: Option<String>,
    /// influencer.toml as it was, when it existed.
    pub influencer: Option<String>,
}

impl Snapshot {
    /// What `loaded` holds now, sent now to `partner` (or everyone).
    pub fn of(loaded: &super::Loaded, partner: Option<String>) -> Snapshot {
        let super::Texts {
            campaign,
            creator,
            influencer,
        } = loaded.read.clone();
        Snapshot {
            sent_at: jiff::Timestamp::now()
                .strftime("%Y-%m-%dT%H:%M:%S%.3fZ")
                .to_string(),
            partner,
            campaign: campaign.unwrap_or_default(),
            creator,
            influencer,
        }
    }
}

fn folder(sent: &Path, slug: &str) -> PathBuf {
    sent.join(slug)
}

fn io(path: &Path, source: std::io::Error) -> StoreError {
    StoreError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Records a send of `slug`; returns the snapshot's file.
pub(crate) fn record_sent(
    sent: &Path,
    slug: &str,
    snapshot: &Snapshot,
) -> Result<PathBuf, StoreError> {
    let dir = folder(sent, slug);
    std::fs::create_dir_all(&dir).map_err(|e| io(&dir, e))?;
    // Names sort by time; a second send in the same millisecond gets a suffix.
    let stamp: String = snapshot
        .sent_at
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    let mut path = dir.join(format!("{stamp}.json"));
    let mut n = 2;
    while path.exists() {
        path = dir.join(format!("{stamp}-{n}.json"));
        n += 1;
    }
    let text = serde_json::to_string_pretty(snapshot).unwrap_or_default();
    super::atomic_write(&path, &(text + "\n"))?;
    Ok(path)
}

/// Every send of `slug`, oldest first; files that cannot be read are skipped.
pub fn sends(sent: &Path, slug: &str) -> Result<Vec<Snapshot>, StoreError> {
    let dir = folder(sent, slug);
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io(&dir, e)),
    };
    let mut names: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    names.sort();
    Ok(names
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .filter_map(|t| serde_json::from_str(&t).ok())
        .collect())
}

/// The last send of `slug` (to anyone), if there was one.
pub(crate) fn last_sent(sent: &Path, slug: &str) -> Result<Option<Snapshot>, StoreError> {
    let mut all = sends(sent, slug)?;
    all.sort_by(|a, b| a.sent_at.cmp(&b.sent_at));
    Ok(all.pop())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snap(at: &str, partner: Option<&str>) -> Snapshot {
        Snapshot {
            sent_at: at.into(),
            partner: partner.map(str::to_string),
            campaign: format!("name = \"{at}\""),
            creator: None,
            influencer: Some(String::new()),
        }
    }

    #[test]
    fn the_last_send_wins_and_nothing_lands_in_the_briefs_folder() {
        let tmp = tempfile::tempdir().unwrap();
        let sent = tmp.path().join("sent");
        assert_eq!(last_sent(&sent, "glow").unwrap(), None);
        record_sent(&sent, "glow", &snap("2027-01-02T10:00:00Z", None)).unwrap();
        record_sent(&sent, "glow", &snap("2027-01-05T09:00:00Z", Some("@ana"))).unwrap();
        let again = record_sent(&sent, "glow", &snap("2027-01-05T09:00:00Z", Some("@ben")));
        assert!(again.unwrap().to_string_lossy().ends_with("-2.json"));
        assert_eq!(sends(&sent, "glow").unwrap().len(), 3);
        let last = last_sent(&sent, "glow").unwrap().unwrap();
        assert_eq!(last.sent_at, "2027-01-05T09:00:00Z");
        assert_eq!(sends(&sent, "other").unwrap(), vec![]);
    }
}
