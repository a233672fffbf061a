//! Document tests: new campaigns, in-place edits, key order, refusals, located errors.

use super::*;

fn created() -> toml::value::Datetime {
    "2026-11-25T10:00:00Z".parse().unwrap()
}

#[test]
fn a_new_campaign_is_hybrid_and_valid() {
    let docs = Docs::new_campaign("Spring", "spring", created());
    docs.validate().unwrap();
    let bundle = docs.bundle().unwrap();
    assert_eq!(bundle.partnership(), Partnership::Hybrid);
    assert!(bundle.creator.is_some() && bundle.influencer.is_some());
}

#[test]
fn a_comment_survives_a_set_and_one_change_is_one_line() {
    let text = "version = 1\nkind = \"creator\"\n\n[schedule]\n# agreed on the call\nrevision_rounds = 1 # max\n";
    let mut docs = Docs::new_campaign("S", "s", created());
    docs.creator = Some(parse(FileKind::Creator, text).unwrap());
    docs.set(
        &KeyPath::parse("creator.schedule.revision_rounds").unwrap(),
        "2",
    )
    .unwrap();
    let out = docs.creator.as_ref().unwrap().to_string();
    assert_eq!(out, text.replace("= 1 #", "= 2 #"));
}

#[test]
fn new_keys_land_in_design_order() {
    let mut docs = Docs::new_campaign("S", "s", created());
    let set = |d: &mut Docs, p: &str, v: &str| d.set(&KeyPath::parse(p).unwrap(), v).unwrap();
    set(&mut docs, "creator.schedule.final_due", "2026-05-01");
    set(&mut docs, "creator.partners[0].name", "Maya");
    set(&mut docs, "creator.schedule.brief_sent", "2026-04-01");
    set(&mut docs, "creator.partners[1].handle", "@leo");
    let out = docs.creator.as_ref().unwrap().to_string();
    assert_eq!(
        out,
        "version = 1\nkind = \"creator\"\n\n[[partners]]\nname = \"Maya\"\n\n[[partners]]\nhandle = \"@leo\"\n\n[schedule]\nbrief_sent = 2026-04-01\nfinal_due = 2026-05-01\n"
    );
}

#[test]
fn a_brief_the_type_does_not_need_is_refused() {
    let mut docs = Docs::new_campaign("S", "s", created());
    docs.set(
        &KeyPath::parse("campaign.partnership").unwrap(),
        "distribution-first",
    )
    .unwrap();
    let err = docs
        .set(&KeyPath::parse("creator.content.hooks").unwrap(), "a")
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("set campaign.partnership=hybrid first"),
        "{err}"
    );
}

#[test]
fn a_very_deep_header_is_located_where_it_gets_deep() {
    let deep = vec!["a"; 100_000].join(".");
    let text = format!("version = 1\nkind = \"creator\"\n\n[{deep}]\n");
    let e = parse(FileKind::Creator, &text).unwrap_err();
    assert_eq!(e.line, 4, "{e:?}");
    assert!(e.column > 1, "{e:?}");
}

#[test]
fn located_errors() {
    let e = parse(
        FileKind::Creator,
        "version = 1\nkind = \"creator\"\n[schedule\n",
    )
    .unwrap_err();
    assert_eq!(e.line, 3);
    let e = parse(FileKind::Creator, "version = 2\nkind = \"creator\"\n").unwrap_err();
    assert!(e.message.contains("newer splitbrief"));
    let e = parse(FileKind::Creator, "").unwrap_err();
    assert!(e.message.contains("empty"));
    let e = decode(b"version = 1\nkind = \"cr\xffeator\"").unwrap_err();
    assert_eq!((e.line, e.column), (2, 11));
}

#[test]
fn the_tier_follows_followers_until_another_is_picked() {
    let mut docs = Docs::new_campaign("S", "s", created());
    let set = |d: &mut Docs, p: &str, v: &str| d.set(&KeyPath::parse(p).unwrap(), v).unwrap();
    let tier = |d: &Docs| {
        d.get(&KeyPath::parse("influencer.partners[0].tier").unwrap())
            .unwrap()
            .and_then(|i| i.as_str().map(str::to_owned))
    };
    set(&mut docs, "influencer.partners[0].name", "Aoife");
    assert_eq!(tier(&docs), None, "no count, no tier");
    // Typed one key at a time, as the wizard stores it.
    for typed in ["4", "42", "42k"] {
        set(&mut docs, "influencer.partners[0].followers", typed);
    }
    assert_eq!(tier(&docs).as_deref(), Some("micro"));
    set(&mut docs, "influencer.partners[0].followers", "1.2M");
    assert_eq!(tier(&docs).as_deref(), Some("mega"));
    set(&mut docs, "influencer.partners[0].followers", "9999");
    assert_eq!(tier(&docs).as_deref(), Some("nano"));
    // A tier picked by hand stays.
    set(&mut docs, "influencer.partners[0].tier", "mid");
    set(&mut docs, "influencer.partners[0].followers", "600000");
    assert_eq!(tier(&docs).as_deref(), Some("mid"));
    // Cleared with its count when it followed.
    set(&mut docs, "influencer.partners[0].tier", "macro");
    set(&mut docs, "influencer.partners[0].followers", "");
    assert_eq!(tier(&docs), None);
    // Another partner's row is not touched.
    set(&mut docs, "influencer.partners[1].tier", "mega");
    set(&mut docs, "influencer.partners[0].followers", "50");
    assert_eq!(tier(&docs).as_deref(), Some("nano"));
    let other = docs
        .get(&KeyPath::parse("influencer.partners[1].tier").unwrap())
        .unwrap()
        .and_then(|i| i.as_str().map(str::to_owned));
    assert_eq!(other.as_deref(), Some("mega"));
}
