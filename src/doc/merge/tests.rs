//! Merge tests: the draft's changes onto a hand-edited file, conflicts, removals, rows.

use super::*;

fn docs(campaign: &str) -> Docs {
    Docs {
        campaign: campaign.parse().unwrap(),
        creator: None,
        influencer: None,
    }
}

fn texts(campaign: &str) -> Texts {
    Texts {
        campaign: Some(campaign.to_string()),
        ..Texts::default()
    }
}

const BASE: &str = "version = 1\nkind = \"campaign\"\nname = \"S\"\nbrand = \"Acme\" # the client\nproduct = \"Serum\"\n";

#[test]
fn the_drafts_changes_land_on_the_file_as_it_is_now() {
    let draft = BASE.replace("Serum", "Glow serum");
    let disk = BASE.replace("name = \"S\"", "name = \"Spring\"") + "owner = \"Ana\"\n";
    let merged = merge(&texts(BASE), &texts(&draft), &docs(&disk)).unwrap();
    assert!(merged.conflicts.is_empty());
    assert_eq!(merged.applied, 1);
    let out = merged.docs.campaign.to_string();
    assert!(
        out.contains("name = \"Spring\""),
        "the hand edit stays: {out}"
    );
    assert!(out.contains("owner = \"Ana\""), "{out}");
    assert!(out.contains("product = \"Glow serum\""), "{out}");
    assert!(out.contains("# the client"), "{out}");
}

#[test]
fn a_key_changed_on_both_sides_is_a_conflict_left_as_on_disk() {
    let draft = BASE.replace("Acme", "Acme Labs");
    let disk = BASE.replace("Acme", "Acme Inc");
    let merged = merge(&texts(BASE), &texts(&draft), &docs(&disk)).unwrap();
    assert_eq!(merged.conflicts.len(), 1);
    let c = &merged.conflicts[0];
    assert_eq!(c.path(), "campaign.brand");
    assert_eq!(c.on_disk.as_deref(), Some("\"Acme Inc\""));
    assert_eq!(c.unsaved.as_deref(), Some("\"Acme Labs\""));
    assert!(merged.docs.campaign.to_string().contains("Acme Inc"));
    let mut taken = merged.docs.clone();
    take_unsaved(&mut taken, c);
    assert!(
        taken
            .campaign
            .to_string()
            .contains("brand = \"Acme Labs\" # the client")
    );
}

#[test]
fn a_key_the_draft_removed_goes_and_one_removed_on_disk_stays_gone() {
    let draft = BASE.replace("product = \"Serum\"\n", "");
    let disk = BASE.replace("brand = \"Acme\" # the client\n", "");
    let merged = merge(&texts(BASE), &texts(&draft), &docs(&disk)).unwrap();
    let out = merged.docs.campaign.to_string();
    assert!(!out.contains("product") && !out.contains("brand"), "{out}");
    assert!(merged.conflicts.is_empty());
}

#[test]
fn rows_and_new_tables_merge_as_units() {
    let base = "version = 1\nkind = \"creator\"\n";
    let draft =
        format!("{base}\n[[partners]]\nname = \"Maya\"\n\n[schedule]\nrevision_rounds = 2\n");
    let disk = format!("{base}\n[content]\nhooks = [\"a\"]\n");
    let current = Docs {
        campaign: BASE.parse().unwrap(),
        creator: Some(disk.parse().unwrap()),
        influencer: None,
    };
    let merged = merge(
        &Texts {
            creator: Some(base.into()),
            ..texts(BASE)
        },
        &Texts {
            creator: Some(draft),
            ..texts(BASE)
        },
        &current,
    )
    .unwrap();
    let out = merged.docs.creator.unwrap().to_string();
    assert!(out.contains("[[partners]]\nname = \"Maya\""), "{out}");
    assert!(
        out.contains("revision_rounds = 2") && out.contains("hooks"),
        "{out}"
    );
    assert_eq!(merged.applied, 2);
}

#[test]
fn rows_merge_field_by_field_when_no_row_was_added_or_removed() {
    let base = "version = 1\nkind = \"creator\"\n\n[[partners]]\nname = \"Maya\"\n\n[[partners]]\nname = \"Leo\"\n";
    let draft = base.replace("name = \"Leo\"", "name = \"Leo\"\nfee = 900");
    let disk = base.replace(
        "name = \"Maya\"",
        "name = \"Maya\"\nemail = \"maya@example.com\"",
    );
    let current = Docs {
        campaign: BASE.parse().unwrap(),
        creator: Some(disk.parse().unwrap()),
        influencer: None,
    };
    let texts = |c: &str| Texts {
        creator: Some(c.to_string()),
        ..texts(BASE)
    };
    let merged = merge(&texts(base), &texts(&draft), &current).unwrap();
    assert!(merged.conflicts.is_empty());
    let out = merged.docs.creator.clone().unwrap().to_string();
    assert!(
        out.contains("maya@example.com") && out.contains("fee = 900"),
        "{out}"
    );
    // Both sides change one field: that field, named with its row, is asked about.
    let draft = base.replace("Leo", "Leon");
    let disk = base.replace("Leo", "Leonie");
    let current = Docs {
        creator: Some(disk.parse().unwrap()),
        ..current
    };
    let merged = merge(&texts(base), &texts(&draft), &current).unwrap();
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.conflicts[0].path(), "creator.partners[1].name");
    let mut taken = merged.docs.clone();
    take_unsaved(&mut taken, &merged.conflicts[0]);
    assert!(
        taken
            .creator
            .unwrap()
            .to_string()
            .contains("name = \"Leon\"")
    );
}
