//! What changed between two versions of a brief file, key path by key path: scalars and lists
//! by value, rows (`[[posts]]`) matched by content so a row added at the top does not read as
//! every row changed. Rows that kept their content but changed order are "moved".

use toml::{Table, Value};

use crate::brief::FileKind;

/// How a key path changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    /// A value replaced by another.
    Changed,
    /// A key or row that was not there.
    Added,
    /// A key or row that is gone.
    Removed,
    /// A row that kept its content and changed place.
    Moved,
}

/// One change.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// The key path (`creator.schedule.final_due`, `influencer.posts[1]` for a whole row).
    pub path: String,
    /// How it changed.
    pub kind: ChangeKind,
    /// The value before (a whole row as a table).
    pub old: Option<Value>,
    /// The value after.
    pub new: Option<Value>,
    /// For a moved row: its place before and after (from 0).
    pub moved: Option<(usize, usize)>,
}

/// Every change from `old` to `new` in one file, in the order of the file format (§3).
pub(crate) fn diff_file(file: FileKind, old: &Table, new: &Table) -> Vec<Change> {
    let mut out = Vec::new();
    tables(file.as_str(), old, new, &mut out);
    let top = match file {
        FileKind::Campaign => super::CAMPAIGN,
        FileKind::Creator => super::CREATOR,
        FileKind::Influencer => super::INFLUENCER,
    };
    out.sort_by_cached_key(|c| order(top, &c.path));
    out
}

/// A sort key for a path: each segment's place in the key table, then its row index
/// (unknown keys last).
fn order(top: &[super::Key], path: &str) -> Vec<usize> {
    let mut keys = top;
    let mut out = Vec::new();
    for segment in path.split('.').skip(1) {
        let (name, row) = match segment.split_once('[') {
            Some((n, r)) => (n, r.trim_end_matches(']').parse::<usize>().ok()),
            None => (segment, None),
        };
        let at = keys.iter().position(|k| k.name == name);
        out.push(at.unwrap_or(usize::MAX));
        if let Some(r) = row {
            out.push(r);
        }
        keys = match at.map(|i| keys[i].kind) {
            Some(super::Kind::Table(sub) | super::Kind::Rows(sub)) => sub,
            _ => &[],
        };
    }
    out
}

fn tables(prefix: &str, old: &Table, new: &Table, out: &mut Vec<Change>) {
    let mut keys: Vec<&String> = old.keys().collect();
    for k in new.keys() {
        if !old.contains_key(k) {
            keys.push(k);
        }
    }
    for key in keys {
        let path = format!("{prefix}.{key}");
        // A table or a list of rows that appears or goes is told key by key and row by row,
        // as if the other side held it empty.
        match (old.get(key), new.get(key)) {
            (Some(a), Some(b)) => values(&path, a, b, out),
            (Some(Value::Table(x)), None) => tables(&path, x, &Table::new(), out),
            (None, Some(Value::Table(y))) => tables(&path, &Table::new(), y, out),
            (Some(Value::Array(x)), None) if is_rows(x) => rows(&path, x, &[], out),
            (None, Some(Value::Array(y))) if is_rows(y) => rows(&path, &[], y, out),
            (Some(a), None) => out.push(simple(path, ChangeKind::Removed, Some(a), None)),
            (None, Some(b)) => out.push(simple(path, ChangeKind::Added, None, Some(b))),
            (None, None) => {}
        }
    }
}

fn simple(path: String, kind: ChangeKind, old: Option<&Value>, new: Option<&Value>) -> Change {
    Change {
        path,
        kind,
        old: old.cloned(),
        new: new.cloned(),
        moved: None,
    }
}

fn is_rows(v: &[Value]) -> bool {
    !v.is_empty() && v.iter().all(Value::is_table)
}

fn values(path: &str, a: &Value, b: &Value, out: &mut Vec<Change>) {
    if a == b {
        return;
    }
    match (a, b) {
        (Value::Table(x), Value::Table(y)) => tables(path, x, y, out),
        (Value::Array(x), Value::Array(y)) if is_rows(x) || is_rows(y) => rows(path, x, y, out),
        _ => out.push(simple(
            path.to_string(),
            ChangeKind::Changed,
            Some(a),
            Some(b),
        )),
    }
}

/// Rows: the longest run of identical rows in the same order is unchanged; identical rows
/// outside it moved; the rest pair up in order as changed rows, and what is left over was
/// added or removed.
fn rows(path: &str, old: &[Value], new: &[Value], out: &mut Vec<Change>) {
    let kept = lcs(old, new);
    let mut old_used = vec![false; old.len()];
    let mut new_used = vec![false; new.len()];
    for (i, j) in &kept {
        old_used[*i] = true;
        new_used[*j] = true;
    }
    // Identical rows in another place.
    let mut moved = Vec::new();
    for (i, row) in old.iter().enumerate() {
        if old_used[i] {
            continue;
        }
        if let Some(j) = (0..new.len()).find(|j| !new_used[*j] && new[*j] == *row) {
            old_used[i] = true;
            new_used[j] = true;
            moved.push((i, j));
        }
    }
    let rest_old: Vec<usize> = (0..old.len()).filter(|i| !old_used[*i]).collect();
    let rest_new: Vec<usize> = (0..new.len()).filter(|j| !new_used[*j]).collect();
    let pairs = rest_old.len().min(rest_new.len());
    for (i, j) in rest_old.iter().zip(&rest_new) {
        if let (Value::Table(x), Value::Table(y)) = (&old[*i], &new[*j]) {
            tables(&format!("{path}[{j}]"), x, y, out);
        }
    }
    for j in &rest_new[pairs..] {
        out.push(simple(
            format!("{path}[{j}]"),
            ChangeKind::Added,
            None,
            Some(&new[*j]),
        ));
    }
    for i in &rest_old[pairs..] {
        out.push(simple(
            format!("{path}[{i}]"),
            ChangeKind::Removed,
            Some(&old[*i]),
            None,
        ));
    }
    for (i, j) in moved {
        out.push(Change {
            path: format!("{path}[{j}]"),
            kind: ChangeKind::Moved,
            old: Some(old[i].clone()),
            new: Some(new[j].clone()),
            moved: Some((i, j)),
        });
    }
}

/// Index pairs of the longest common subsequence of equal rows.
fn lcs(a: &[Value], b: &[Value]) -> Vec<(usize, usize)> {
    let (n, m) = (a.len(), b.len());
    let mut len = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            len[i][j] = if a[i] == b[j] {
                len[i + 1][j + 1] + 1
            } else {
                len[i + 1][j].max(len[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < n && j < m {
        if a[i] == b[j] {
            out.push((i, j));
            i += 1;
            j += 1;
        } else if len[i + 1][j] >= len[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(text: &str) -> Table {
        text.parse::<Table>().unwrap()
    }

    fn summary(changes: &[Change]) -> Vec<(String, ChangeKind)> {
        changes.iter().map(|c| (c.path.clone(), c.kind)).collect()
    }

    #[test]
    fn scalars_and_lists_by_value() {
        let old = t(
            "name = \"A\"\nbudget = 100\nmarkets = [\"GB\"]\n[schedule]\nfinal_due = 2027-03-01\n",
        );
        let new = t(
            "name = \"A\"\nbudget = 120\nmarkets = [\"GB\", \"IE\"]\ncta = \"Go\"\n[schedule]\nfinal_due = 2027-03-08\n",
        );
        let got = diff_file(FileKind::Campaign, &old, &new);
        assert_eq!(
            summary(&got),
            vec![
                ("campaign.cta".into(), ChangeKind::Added),
                ("campaign.markets".into(), ChangeKind::Changed),
                ("campaign.budget".into(), ChangeKind::Changed),
                ("campaign.schedule.final_due".into(), ChangeKind::Changed),
            ],
            "in file order; unknown keys last"
        );
        assert_eq!(got[2].old, Some(Value::Integer(100)));
        assert_eq!(got[2].new, Some(Value::Integer(120)));
        assert!(diff_file(FileKind::Campaign, &old, &old).is_empty());
    }

    const ROWS: &str = "[[posts]]\nplatform = \"tiktok\"\n[[posts]]\nplatform = \"instagram\"\n[[posts]]\nplatform = \"youtube\"\n";

    #[test]
    fn a_row_added_at_the_top_is_one_change() {
        let new = t(&format!("[[posts]]\nplatform = \"x\"\n{ROWS}"));
        let got = diff_file(FileKind::Influencer, &t(ROWS), &new);
        assert_eq!(
            summary(&got),
            vec![("influencer.posts[0]".into(), ChangeKind::Added)]
        );
    }

    #[test]
    fn a_row_removed_is_one_change() {
        let new = t("[[posts]]\nplatform = \"tiktok\"\n[[posts]]\nplatform = \"youtube\"\n");
        let got = diff_file(FileKind::Influencer, &t(ROWS), &new);
        assert_eq!(
            summary(&got),
            vec![("influencer.posts[1]".into(), ChangeKind::Removed)]
        );
    }

    #[test]
    fn a_row_moved_keeps_its_content() {
        let new = t(
            "[[posts]]\nplatform = \"youtube\"\n[[posts]]\nplatform = \"tiktok\"\n[[posts]]\nplatform = \"instagram\"\n",
        );
        let got = diff_file(FileKind::Influencer, &t(ROWS), &new);
        assert_eq!(
            summary(&got),
            vec![("influencer.posts[0]".into(), ChangeKind::Moved)]
        );
        assert_eq!(got[0].moved, Some((2, 0)));
    }

    #[test]
    fn a_changed_row_names_its_keys() {
        let new = t(
            "[[posts]]\nplatform = \"tiktok\"\n[[posts]]\nplatform = \"instagram\"\nquantity = 2\n[[posts]]\nplatform = \"youtube\"\n",
        );
        let got = diff_file(FileKind::Influencer, &t(ROWS), &new);
        assert_eq!(
            summary(&got),
            vec![("influencer.posts[1].quantity".into(), ChangeKind::Added)]
        );
    }

    #[test]
    fn a_table_that_appears_or_goes_is_told_key_by_key() {
        let old = t("[schedule]\nfinal_due = 2027-03-01\n");
        let new = t(
            "[schedule]\nfinal_due = 2027-03-01\n[feedback]\nreview_date = 2027-04-15\nrounds = 2\n",
        );
        let got = diff_file(FileKind::Creator, &old, &new);
        let mut paths = summary(&got);
        paths.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(
            paths,
            vec![
                ("creator.feedback.review_date".into(), ChangeKind::Added),
                ("creator.feedback.rounds".into(), ChangeKind::Added),
            ]
        );
        let gone = diff_file(FileKind::Creator, &new, &old);
        assert!(
            gone.iter()
                .all(|c| c.kind == ChangeKind::Removed && c.old.is_some())
        );
        assert_eq!(gone.len(), 2);
    }

    #[test]
    fn rows_that_appear_with_their_list_are_told_row_by_row() {
        let got = diff_file(FileKind::Influencer, &t(""), &t(ROWS));
        assert_eq!(
            summary(&got),
            vec![
                ("influencer.posts[0]".into(), ChangeKind::Added),
                ("influencer.posts[1]".into(), ChangeKind::Added),
                ("influencer.posts[2]".into(), ChangeKind::Added),
            ]
        );
    }
}
