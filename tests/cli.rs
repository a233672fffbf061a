//! The real binary in temporary folders: every command, its files and its exit codes.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a failed unwrap is a failed test"
)]

mod common;

use std::path::PathBuf;

use common::assert::{Env, TEMPLATES, stdout};
use predicates::prelude::*;

#[test]
fn new_writes_three_files_that_python_reads() {
    let env = Env::new();
    env.new_campaign("Café Launch", &["--set", "campaign.brand=Acme"]);
    let campaign = env.file("cafe-launch", "campaign.toml");
    assert!(campaign.starts_with(
        "version = 1\nkind = \"campaign\"\nname = \"Café Launch\"\nslug = \"cafe-launch\"\n"
    ));
    assert!(campaign.contains("brand = \"Acme\""));
    assert!(campaign.contains("partnership = \"hybrid\""));
    assert!(env.root.join("cafe-launch/creator.toml").is_file());
    assert!(env.root.join("cafe-launch/influencer.toml").is_file());
}

#[test]
fn new_needs_a_name_that_is_not_blank() {
    let env = Env::new();
    env.run(&["new", "--no-edit"])
        .code(2)
        .stderr(predicate::str::contains("name is required"));
    env.run(&["new", "   ", "--no-edit"])
        .code(2)
        .stderr(predicate::str::contains("blank"));
    assert!(!env.root.exists() || std::fs::read_dir(&env.root).unwrap().count() == 0);
}

#[test]
fn slugs_stay_unique() {
    let env = Env::new();
    env.new_campaign("Spring", &[]);
    env.new_campaign("Spring", &[]);
    assert!(env.root.join("spring-2/campaign.toml").is_file());
    assert!(
        env.file("spring-2", "campaign.toml")
            .contains("slug = \"spring-2\"")
    );
}

#[test]
fn every_template_makes_a_full_campaign() {
    let env = Env::new();
    for t in TEMPLATES {
        env.new_campaign(&format!("From {t}"), &["--template", t]);
        let slug = format!("from-{t}");
        for f in ["campaign.toml", "creator.toml", "influencer.toml"] {
            let text = env.file(&slug, f);
            assert!(text.contains("version = 1"), "{slug}/{f}");
        }
        env.run(&["check", &slug]).success();
    }
    let a = env.run(&["list", "--json"]).success();
    let list: serde_json::Value = serde_json::from_str(&stdout(&a)).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 5);
    assert_eq!(list[0]["partnership"], "hybrid");
    assert_eq!(
        list[0]["briefs"],
        serde_json::json!(["creator", "influencer"])
    );
}

#[test]
fn template_dates_start_two_weeks_out() {
    let env = Env::new();
    env.new_campaign("Drop", &["--template", "apparel-drop"]);
    let a = env.run(&["get", "drop", "campaign.start_date"]).success();
    let start = stdout(&a).trim().to_string();
    let today = jiff::ZonedDateTime::now().date();
    let expected = today.checked_add(jiff::Span::new().days(14)).unwrap();
    assert_eq!(start, expected.to_string());
}

#[test]
fn unknown_template_is_refused_with_the_names() {
    let env = Env::new();
    env.run(&["new", "X", "--no-edit", "--template", "nope"])
        .code(2)
        .stderr(predicate::str::contains("skincare-launch"));
}

#[test]
fn set_and_get_rows_and_lists() {
    let env = Env::new();
    env.new_campaign("Rows", &[]);
    env.run(&[
        "set",
        "rows",
        "creator.deliverables[0].asset=short-video",
        "creator.deliverables[0].quantity=3",
        "creator.deliverables[1].asset=photo",
        "creator.content.hooks=[\"a, b\", \"c\"]",
        "campaign.markets=uk, de",
        "campaign.budget=1200.0",
    ])
    .success();
    env.run(&["get", "rows", "creator.deliverables[1].asset"])
        .success()
        .stdout("photo\n");
    env.run(&["get", "rows", "creator.content.hooks"])
        .success()
        .stdout("[\"a, b\", \"c\"]\n");
    env.run(&["get", "rows", "campaign.markets", "--json"])
        .success()
        .stdout(predicate::str::contains("\"GB\""));
    env.run(&["get", "rows", "campaign.budget"])
        .success()
        .stdout("1200\n");
    env.run(&["get", "rows", "creator.deliverables"])
        .success()
        .stdout(predicate::str::contains(
            "[[deliverables]]\nasset = \"short-video\"\nquantity = 3",
        ));
    // An index more than one past the end is refused.
    env.run(&["set", "rows", "creator.deliverables[5].asset=photo"])
        .code(2);
    // KEY= clears; an unset key prints nothing and exits 1.
    env.run(&["set", "rows", "campaign.budget="]).success();
    env.run(&["get", "rows", "campaign.budget"])
        .code(1)
        .stdout("");
}

#[test]
fn a_misspelt_key_is_refused_and_nothing_is_written() {
    let env = Env::new();
    env.new_campaign("Typo", &[]);
    let before = env.file("typo", "creator.toml");
    env.run(&[
        "set",
        "typo",
        "creator.schedule.final_due=2027-01-10",
        "creator.schedule.revison_rounds=2",
    ])
    .code(2)
    .stderr(predicate::str::contains("did you mean `revision_rounds`?"));
    assert_eq!(env.file("typo", "creator.toml"), before);
    env.run(&["set", "typo", "campaign.partnership=hybird"])
        .code(2)
        .stderr(predicate::str::contains("did you mean `hybrid`?"));
    env.run(&["set", "typo", "creator.schedule.final_due=2027-02-30"])
        .code(2)
        .stderr(predicate::str::contains("2027-02-30"));
    env.run(&["set", "typo", "campaign.slug=other"]).code(2);
    env.run(&["set", "typo", "campaign.name="]).code(2);
    env.run(&["get", "typo", "campaign.brnd"])
        .code(2)
        .stderr(predicate::str::contains("`brand`"));
}

#[test]
fn a_brief_the_type_does_not_need_is_refused_until_the_type_changes() {
    let env = Env::new();
    env.new_campaign(
        "Dist",
        &["--set", "campaign.partnership=distribution-first"],
    );
    env.run(&["set", "dist", "creator.content.hooks=a"])
        .code(2)
        .stderr(predicate::str::contains(
            "set campaign.partnership=hybrid first",
        ));
    env.run(&[
        "set",
        "dist",
        "campaign.partnership=hybrid",
        "creator.content.hooks=a",
    ])
    .success();
    assert!(env.file("dist", "creator.toml").contains("hooks = [\"a\"]"));
}

#[test]
fn a_partner_handle_set_without_at_gets_one() {
    let env = Env::new();
    env.new_campaign("Handles", &[]);
    env.run(&[
        "set",
        "handles",
        "creator.partners[0].handle=priyamakes",
        "creator.partners[1].handle=https://youtube.com/@priya",
        "influencer.partners[0].handle= marcus ",
        "influencer.partners[0].name=priyamakes",
    ])
    .success();
    for (key, want) in [
        ("creator.partners[0].handle", "@priyamakes\n"),
        ("creator.partners[1].handle", "https://youtube.com/@priya\n"),
        ("influencer.partners[0].handle", "@marcus\n"),
        ("influencer.partners[0].name", "priyamakes\n"),
    ] {
        env.run(&["get", "handles", key]).success().stdout(want);
    }
    // `new --set` goes the same way.
    env.new_campaign("Handles two", &["--set", "creator.partners[0].handle=leo"]);
    env.run(&["get", "handles-two", "creator.partners[0].handle"])
        .success()
        .stdout("@leo\n");
}

#[test]
fn check_puts_an_equals_sign_between_the_working_and_the_amount() {
    let env = Env::new();
    env.new_campaign(
        "Pay",
        &[
            "--set",
            "campaign.partnership=production-first",
            "--set",
            "creator.partners[0].handle=@priyamakes",
            "--set",
            "creator.compensation.basis=per-asset",
            "--set",
            "creator.compensation.rate=250",
            "--set",
            "creator.deliverables[0].asset=photo",
            "--set",
            "creator.deliverables[0].quantity=6",
        ],
    );
    let text = stdout(&env.run(&["check", "pay"]));
    let line = text
        .lines()
        .find(|l| l.contains("6 assets × 250"))
        .unwrap_or_else(|| panic!("no worked line: {text}"));
    assert!(line.trim_end().ends_with("= 1,500"), "{line}");
}

#[test]
fn a_comment_added_by_hand_survives_a_set() {
    let env = Env::new();
    env.new_campaign("Keep", &["--set", "creator.schedule.revision_rounds=1"]);
    let path = env.root.join("keep/creator.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let edited = text.replace(
        "[schedule]\n",
        "[schedule]\n# agreed with Maya on the call\n",
    );
    std::fs::write(&path, &edited).unwrap();
    env.run(&["set", "keep", "creator.schedule.revision_rounds=2"])
        .success();
    let after = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        after,
        edited.replace("revision_rounds = 1", "revision_rounds = 2")
    );
}

#[test]
fn same_input_gives_the_same_bytes() {
    let a = Env::new();
    let b = Env::new();
    for env in [&a, &b] {
        env.new_campaign(
            "Same",
            &[
                "--template",
                "skincare-launch",
                "--set",
                "campaign.budget=9000",
            ],
        );
    }
    for f in ["creator.toml", "influencer.toml"] {
        assert_eq!(a.file("same", f), b.file("same", f));
    }
    let strip = |t: String| {
        t.lines()
            .filter(|l| !l.starts_with("created_at"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(
        strip(a.file("same", "campaign.toml")),
        strip(b.file("same", "campaign.toml"))
    );
}

fn break_file(env: &Env, slug: &str, file: &str, text: &[u8]) -> PathBuf {
    let path = env.root.join(slug).join(file);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn broken_files_exit_2_with_file_and_line_and_stay_untouched() {
    let env = Env::new();
    env.new_campaign("Good", &[]);
    env.new_campaign("Bad", &[]);
    let bad = b"version = 1\nkind = \"creator\"\n[schedule\nfinal_due = 2027-01-01\n";
    let path = break_file(&env, "bad", "creator.toml", bad);
    env.run(&["check", "bad"])
        .code(2)
        .stdout(predicate::str::contains("creator.toml:3:"));
    env.run(&["set", "bad", "creator.schedule.revision_rounds=1"])
        .code(2)
        .stderr(predicate::str::contains("creator.toml:3:"));
    assert_eq!(std::fs::read(&path).unwrap(), bad);
    let a = env.run(&["list", "--json"]).success();
    let list: serde_json::Value = serde_json::from_str(&stdout(&a)).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert_eq!(list[0]["error"]["line"], 3);
    assert!(
        list[0]["error"]["file"]
            .as_str()
            .unwrap()
            .ends_with("creator.toml")
    );
    assert_eq!(list[1]["slug"], "good");
    let a = env.run(&["check", "--json"]).code(2);
    let report: serde_json::Value = serde_json::from_str(&stdout(&a)).unwrap();
    assert_eq!(report["errors"][0]["line"], 3);
}

#[test]
fn a_folder_without_campaign_toml_is_not_a_campaign() {
    let env = Env::new();
    env.new_campaign("Real", &[]);
    std::fs::create_dir_all(env.root.join("notes")).unwrap();
    env.run(&["list"])
        .success()
        .stdout(predicate::str::contains("not a campaign"));
}

#[test]
fn slug_mismatch_is_a_load_error() {
    let env = Env::new();
    env.new_campaign("Moved", &[]);
    std::fs::rename(env.root.join("moved"), env.root.join("elsewhere")).unwrap();
    env.run(&["check", "elsewhere"])
        .code(2)
        .stdout(predicate::str::contains("differs from the folder name"));
}

#[test]
fn check_a_file_by_path() {
    let env = Env::new();
    env.new_campaign("Filed", &[]);
    let file = env.root.join("filed/creator.toml");
    // An empty brief has error findings (no deliverables, no deadline…): exit 1, not 2.
    env.run(&["check", file.to_str().unwrap()]).code(1);
    let other = env.home.join("notes.toml");
    std::fs::write(&other, "x = 1").unwrap();
    env.run(&["check", other.to_str().unwrap()]).code(2);
    env.run(&["check", "no-such-campaign"]).code(2);
}

#[test]
fn export_markdown_per_brief_and_per_partner() {
    let env = Env::new();
    env.new_campaign("Glow", &["--template", "skincare-launch"]);
    let out = env.home.join("out");
    env.run(&[
        "export",
        "glow",
        "--combined",
        "--out",
        out.to_str().unwrap(),
    ])
    .success();
    let creator = std::fs::read_to_string(out.join("glow-creator.md")).unwrap();
    assert!(creator.starts_with("# Creator brief: Glow"));
    assert!(creator.contains("| What |"));
    assert!(!creator.contains("budget"));
    let influencer = std::fs::read_to_string(out.join("glow-influencer.md")).unwrap();
    assert!(influencer.contains("## Posts"));
    let per = env.home.join("per");
    env.run(&[
        "export",
        "glow",
        "--per-partner",
        "--out",
        per.to_str().unwrap(),
    ])
    .success();
    let a = env
        .run(&["get", "glow", "influencer.partners", "--json"])
        .success();
    let partners: serde_json::Value = serde_json::from_str(&stdout(&a)).unwrap();
    let partners = partners.as_array().unwrap();
    assert!(partners.len() >= 2);
    for (i, p) in partners.iter().enumerate() {
        let handle = p["handle"].as_str().unwrap();
        let part = splitbrief::store::slugify(handle.trim_start_matches('@'));
        let doc = std::fs::read_to_string(per.join(format!("glow-influencer-{part}.md"))).unwrap();
        assert!(doc.contains(handle));
        for (j, other) in partners.iter().enumerate() {
            if i == j {
                continue;
            }
            assert!(
                !doc.contains(other["handle"].as_str().unwrap()),
                "{part} shows another handle"
            );
            if let Some(email) = other["email"].as_str() {
                assert!(!doc.contains(email));
            }
        }
    }
}

#[test]
#[expect(clippy::too_many_lines, reason = "one scenario read top to bottom")]
fn export_writes_one_document_per_partner_by_default() {
    let env = Env::new();
    env.new_campaign(
        "Split",
        &[
            "--set",
            "campaign.partnership=distribution-first",
            "--set",
            "influencer.partners[0].handle=@ana",
            "--set",
            "influencer.partners[0].promo_code=ANA10",
            "--set",
            "influencer.partners[1].name=Ben Ode",
            "--set",
            "influencer.partners[1].label=Werbung",
            "--set",
            "influencer.posts[0].platform=tiktok",
            "--set",
            "influencer.posts[0].partners=@ana",
            "--set",
            "influencer.posts[1].platform=youtube",
            "--set",
            "influencer.posts[1].partners=Ben Ode",
            "--set",
            "influencer.tracking.link=https://split.example/shop",
            "--set",
            "influencer.compensation.basis=affiliate",
            "--set",
            "influencer.compensation.fee=800",
            "--set",
            "influencer.compensation.commission_pct=12",
            "--set",
            "influencer.compensation.cap=400",
            "--set",
            "campaign.currency=EUR",
        ],
    );
    let out = env.home.join("split");
    env.run(&["export", "split", "--out", out.to_str().unwrap()])
        .code(2)
        .stderr(predicate::str::contains("error finding").and(predicate::str::contains("--force")));
    assert!(
        !out.join("split-influencer-ana.md").exists(),
        "nothing written when refused"
    );
    env.run(&["export", "split", "--force", "--out", out.to_str().unwrap()])
        .success()
        .stdout(predicate::str::contains("split-influencer-ana.md"));
    let ana = std::fs::read_to_string(out.join("split-influencer-ana.md")).unwrap();
    let ben = std::fs::read_to_string(out.join("split-influencer-ben-ode.md")).unwrap();
    assert!(ana.contains("ANA10") && !ben.contains("ANA10"));
    assert!(ana.contains("utm_source=tiktok") && !ana.contains("utm_source=youtube"));
    assert!(ben.contains("utm_source=youtube") && !ben.contains("utm_source=tiktok"));
    assert!(ben.contains("\"Werbung\"") && !ana.contains("Werbung"));
    assert!(ana.contains("capped at 400 EUR; the fee is not"), "{ana}");
    assert!(!ana.contains("Ben Ode") && !ben.contains("@ana"));
    // The brief as a whole, and each partner's view as JSON.
    let all = env.home.join("all");
    env.run(&[
        "export",
        "split",
        "--combined",
        "--force",
        "--out",
        all.to_str().unwrap(),
    ])
    .success();
    let combined = std::fs::read_to_string(all.join("split-influencer.md")).unwrap();
    assert!(!combined.contains("ANA10"));
    let json = env.home.join("json");
    env.run(&[
        "export",
        "split",
        "--format",
        "json",
        "--per-partner",
        "--force",
        "--out",
        json.to_str().unwrap(),
    ])
    .success();
    let view: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(json.join("split-influencer-ana.json")).unwrap(),
    )
    .unwrap();
    assert!(view["title"].as_str().unwrap().contains("@ana"));
    let text = view.to_string();
    assert!(text.contains("ANA10") && !text.contains("Ben Ode"));
    env.run(&["export", "split", "--combined", "--per-partner"])
        .code(2);
}

#[test]
fn export_json_is_complete() {
    let env = Env::new();
    env.new_campaign("Data", &["--template", "saas-education"]);
    let out = env.home.join("json");
    env.run(&[
        "export",
        "data",
        "--format",
        "json",
        "--out",
        out.to_str().unwrap(),
    ])
    .success();
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("data.json")).unwrap()).unwrap();
    assert_eq!(v["slug"], "data");
    assert!(v["campaign"]["budget"].is_number());
    assert!(v["creator"]["test_plan"]["budget"].is_number());
    assert!(v["campaign"]["start_date"].is_string());
}

#[test]
fn duplicate_rename_delete_trash_restore() {
    let env = Env::new();
    env.new_campaign(
        "Orig",
        &[
            "--set",
            "creator.results.reach=100",
            "--set",
            "campaign.learnings.niche=fitness",
        ],
    );
    env.run(&["duplicate", "orig"]).success();
    let copy = env.file("orig-copy", "campaign.toml");
    assert!(copy.contains("name = \"Orig (copy)\""));
    assert!(!copy.contains("[learnings]"));
    assert!(!env.file("orig-copy", "creator.toml").contains("[results]"));
    env.run(&["rename", "orig-copy", "Second"]).success();
    assert!(
        env.file("orig-copy", "campaign.toml")
            .contains("name = \"Second\"")
    );
    env.run(&["delete", "orig"]).success();
    assert!(!env.root.join("orig").exists());
    env.run(&["trash"])
        .success()
        .stdout(predicate::str::contains("orig"));
    env.new_campaign("Orig", &[]);
    env.run(&["restore", "orig"])
        .success()
        .stdout(predicate::str::contains("orig-2"));
    assert!(
        env.file("orig-2", "campaign.toml")
            .contains("slug = \"orig-2\"")
    );
    env.run(&["check", "orig-2"]).code(1);
    env.run(&["restore", "orig"]).code(2);
    env.run(&["delete", "nope"]).code(2);
}

#[test]
fn brand_profiles_and_config_defaults() {
    let env = Env::new();
    let config = env.home.join("config/splitbrief");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("config.toml"),
        "currency = \"EUR\"\ndisclosure_label = \"Anzeige #ad\"\n\n[[brands]]\nname = \"acme\"\nbrand = \"Acme Oats\"\nwebsite = \"https://acme.example\"\ntone = \"warm\"\ndonts = [\"no health claims\"]\n",
    )
    .unwrap();
    env.new_campaign("Oats", &["--brand", "acme"]);
    let campaign = env.file("oats", "campaign.toml");
    assert!(campaign.contains("brand = \"Acme Oats\""));
    assert!(campaign.contains("currency = \"EUR\""));
    let creator = env.file("oats", "creator.toml");
    assert!(creator.contains("donts = [\"no health claims\"]"));
    assert!(creator.contains("label = \"Anzeige #ad\""));
    env.run(&["new", "X", "--no-edit", "--brand", "other"])
        .code(2);
    std::fs::write(config.join("config.toml"), "curency = \"EUR\"\n").unwrap();
    env.run(&["list"])
        .code(2)
        .stderr(predicate::str::contains("config.toml:1:1"));
}

#[test]
fn path_templates_and_usage_errors() {
    let env = Env::new();
    let a = env.run(&["path"]).success();
    let out = stdout(&a);
    for name in ["briefs: ", "config: ", "templates: ", "drafts: ", "trash: "] {
        assert!(out.contains(name), "{out}");
    }
    assert!(out.contains(&env.root.display().to_string()));
    env.run(&["templates"])
        .success()
        .stdout(predicate::str::contains("apparel-drop"));
    env.run(&["frobnicate"]).code(2);
    env.run(&["set", "x"]).code(2);
    env.run(&["list"])
        .success()
        .stdout(predicate::str::contains("no campaigns"));
}

#[test]
fn a_user_template_wins_over_a_builtin() {
    let env = Env::new();
    env.new_campaign(
        "Mine",
        &[
            "--template",
            "local-restaurant",
            "--set",
            "campaign.brand=My Bistro",
        ],
    );
    let tdir = env
        .home
        .join("config/splitbrief/templates/local-restaurant");
    std::fs::create_dir_all(&tdir).unwrap();
    for f in ["campaign.toml", "creator.toml", "influencer.toml"] {
        std::fs::copy(env.root.join("mine").join(f), tdir.join(f)).unwrap();
    }
    env.run(&["templates"])
        .success()
        .stdout(predicate::str::contains("(yours)"));
    env.new_campaign("Again", &["--template", "local-restaurant"]);
    assert!(
        env.file("again", "campaign.toml")
            .contains("brand = \"My Bistro\"")
    );
}

#[test]
fn completions_and_manual() {
    let env = Env::new();
    env.run(&["completions", "bash"])
        .success()
        .stdout(predicate::str::starts_with("_splitbrief()"));
    env.run(&["completions", "zsh"])
        .success()
        .stdout(predicate::str::starts_with("#compdef splitbrief"));
    env.run(&["man"])
        .success()
        .stdout(predicate::str::contains(".TH splitbrief 1"));
}

#[test]
fn export_html_is_a_page_with_escaped_text() {
    let env = Env::new();
    env.new_campaign(
        "Page",
        &[
            "--template",
            "online-course",
            "--set",
            "campaign.product=<b>Course</b> & more",
        ],
    );
    let out = env.home.join("html");
    env.run(&[
        "export",
        "page",
        "--format",
        "html",
        "--out",
        out.to_str().unwrap(),
    ])
    .success();
    let pages: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    let creator_page = pages
        .iter()
        .find(|p| p.starts_with("page-creator-") && p.ends_with(".html"))
        .unwrap_or_else(|| panic!("a creator page per partner: {pages:?}"));
    let page = std::fs::read_to_string(out.join(creator_page)).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("&lt;b&gt;Course&lt;/b&gt; &amp; more"));
    assert!(!page.contains("<b>Course"));
    assert!(pages.iter().any(|p| p.starts_with("page-influencer-")));
}

#[test]
fn schema_writes_three_files() {
    let env = Env::new();
    let out = env.home.join("schema");
    env.run(&["schema", "--out", out.to_str().unwrap()])
        .success();
    for file in ["campaign", "creator", "influencer"] {
        let text = std::fs::read_to_string(out.join(format!("{file}.schema.json"))).unwrap();
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["properties"]["kind"]["const"], file);
    }
}

#[test]
fn a_shared_brief_does_not_show_a_base_rate_nobody_gets() {
    let env = Env::new();
    env.new_campaign(
        "Fees",
        &[
            "--set",
            "creator.partners[0].name=Ann",
            "--set",
            "creator.partners[0].fee=900",
            "--set",
            "creator.partners[1].name=Bob",
            "--set",
            "creator.partners[1].fee=1500",
            "--set",
            "creator.compensation.basis=per-asset",
            "--set",
            "creator.compensation.rate=150",
        ],
    );
    let out = env.home.join("fees");
    env.run(&[
        "export",
        "fees",
        "--combined",
        "--force",
        "--out",
        out.to_str().unwrap(),
    ])
    .success();
    let doc = std::fs::read_to_string(out.join("fees-creator.md")).unwrap();
    assert!(doc.contains("agreed per partner"), "{doc}");
    assert!(!doc.contains("**Rate:**"), "{doc}");
    assert!(
        !doc.contains("900") && !doc.contains("1,500"),
        "no partner's fee in the shared brief"
    );
}

#[test]
fn interactive_commands_without_a_terminal_point_the_way_out() {
    let env = Env::new();
    env.new_campaign("Tty", &[]);
    for args in [vec![], vec!["open", "tty"]] {
        env.run(&args).code(2).stderr(
            predicate::str::contains("--no-edit").and(predicate::str::contains("--accessible")),
        );
    }
    // `new` without --no-edit and without a terminal only writes.
    env.run(&["new", "Written"]).success();
    assert!(env.root.join("written/campaign.toml").is_file());
    env.run(&["open", "nope", "--accessible"]).code(2);
}

#[test]
fn diff_names_what_changed_since_it_was_sent() {
    let env = Env::new();
    env.new_campaign("Glow", &["--template", "skincare-launch"]);
    env.run(&["diff", "glow"])
        .code(2)
        .stderr(predicate::str::contains("has not been sent"));
    let out = env.home.join("sent");
    env.run(&["export", "glow", "--out", out.to_str().unwrap()])
        .success();
    env.run(&["diff", "glow"])
        .success()
        .stdout(predicate::str::contains("no changes"));
    let due = stdout(
        &env.run(&["get", "glow", "creator.schedule.final_due"])
            .success(),
    );
    env.run(&[
        "set",
        "glow",
        "creator.schedule.final_due=2031-03-08",
        "influencer.posts[0].quantity=9",
    ])
    .success();
    let got = env.run(&["diff", "glow", "--json"]).success();
    let v: serde_json::Value = serde_json::from_str(&stdout(&got)).unwrap();
    let changes = v["changes"].as_array().unwrap();
    let paths: Vec<&str> = changes
        .iter()
        .map(|c| c["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        paths,
        vec!["creator.schedule.final_due", "influencer.posts[0].quantity"]
    );
    assert_eq!(changes[0]["old"], due.trim());
    assert_eq!(changes[0]["new"], "2031-03-08");
    let sentence = changes[0]["sentence"].as_str().unwrap();
    assert!(sentence.contains("to Sat 8 Mar 2031"), "{sentence}");
    // A send to one partner moves the baseline.
    let handle = stdout(
        &env.run(&["get", "glow", "influencer.partners[0].handle"])
            .success(),
    );
    env.run(&["sent", "glow", "--partner", handle.trim()])
        .success();
    env.run(&["diff", "glow"])
        .success()
        .stdout(predicate::str::contains("no changes"));
    env.run(&["sent", "glow", "--partner", "@nobody"]).code(2);
    // Two campaigns.
    env.run(&["duplicate", "glow", "Glow two"]).success();
    env.run(&["set", "glow-two", "campaign.brand=Other"])
        .success();
    let two = stdout(&env.run(&["diff", "glow", "glow-two"]).success());
    assert!(two.contains("campaign.brand"), "{two}");
    assert!(!two.contains("campaign.slug"), "{two}");
}

#[test]
fn diff_tells_a_new_table_key_by_key() {
    let env = Env::new();
    for (dir, text) in [
        ("old", "[schedule]\nfinal_due = 2027-03-01\n"),
        (
            "new",
            "[schedule]\nfinal_due = 2027-03-01\n[feedback]\nreview_date = 2027-04-15\n",
        ),
    ] {
        std::fs::create_dir_all(env.home.join(dir)).unwrap();
        std::fs::write(env.home.join(dir).join("creator.toml"), text).unwrap();
    }
    let old = env.home.join("old/creator.toml");
    let new = env.home.join("new/creator.toml");
    let (old, new) = (old.to_str().unwrap(), new.to_str().unwrap());
    let text = stdout(&env.run(&["diff", old, new]).success());
    assert!(
        text.contains("creator.feedback.review_date  – → 2027-04-15"),
        "{text}"
    );
    assert!(
        text.contains("Creator review date set to Thu 15 Apr 2027"),
        "{text}"
    );
    assert!(!text.contains("a table") && !text.contains('{'), "{text}");
    let json = stdout(&env.run(&["diff", old, new, "--json"]).success());
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let change = &v["changes"][0];
    assert_eq!(change["path"], "creator.feedback.review_date");
    assert_eq!(change["change"], "added");
    assert_eq!(change["old"], serde_json::Value::Null);
    assert_eq!(change["new"], "2027-04-15");
    assert_eq!(v["changes"].as_array().unwrap().len(), 1);
}

#[test]
fn every_command_help_ends_with_real_examples() {
    use clap::CommandFactory;
    let env = Env::new();
    let top = stdout(&env.run(&["--help"]).success());
    assert!(top.contains("Examples:\n  splitbrief"), "{top}");
    for sub in splitbrief::cli::Cli::command().get_subcommands() {
        let name = sub.get_name();
        if name == "help" {
            continue;
        }
        let help = stdout(&env.run(&[name, "--help"]).success());
        let (_, examples) = help
            .rsplit_once("Examples:\n")
            .unwrap_or_else(|| panic!("{name} --help has no examples"));
        let lines: Vec<&str> = examples.lines().filter(|l| !l.trim().is_empty()).collect();
        assert!(
            (1..=3).contains(&lines.len())
                && lines
                    .iter()
                    .any(|l| l.contains(&format!("splitbrief {name}"))),
            "{name}: {lines:?}"
        );
    }
}

#[test]
fn new_accessible_asks_the_name_first_even_from_a_pipe() {
    let env = Env::new();
    env.cmd()
        .args(["new", "--accessible"])
        .write_stdin("Piped launch\nAcme\nNight serum\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("Campaign name"));
    let text = env.file("piped-launch", "campaign.toml");
    assert!(text.contains("name = \"Piped launch\""), "{text}");
    assert!(text.contains("brand = \"Acme\""), "{text}");
    assert!(text.contains("product = \"Night serum\""), "{text}");
    env.cmd()
        .args(["new", "--accessible"])
        .write_stdin("   \n")
        .assert()
        .code(2);
    // The top-level prompts open a campaign by number.
    env.cmd()
        .arg("--accessible")
        .write_stdin("1\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("1. Piped launch (piped-launch)"));
}

#[test]
fn the_type_follows_the_diagnosis_until_the_user_picks_one() {
    let env = Env::new();
    let get = |key: &str| stdout(&env.run(&["get", "follow", key]));
    env.new_campaign(
        "Follow",
        &[
            "--set",
            "campaign.diagnosis.many_variations=yes",
            "--set",
            "campaign.diagnosis.evergreen=yes",
        ],
    );
    assert_eq!(get("campaign.partnership").trim(), "production-first");
    env.run(&[
        "set",
        "follow",
        "campaign.diagnosis.borrowed_audience=yes",
        "campaign.diagnosis.time_limited=yes",
    ])
    .success();
    assert_eq!(
        get("campaign.partnership").trim(),
        "hybrid",
        "both sides score"
    );
    env.run(&["set", "follow", "campaign.partnership=distribution-first"])
        .success();
    assert_eq!(get("campaign.partnership_picked").trim(), "true");
    env.run(&["set", "follow", "campaign.diagnosis.launch=no"])
        .success();
    assert_eq!(
        get("campaign.partnership").trim(),
        "distribution-first",
        "a pick stays"
    );
    env.run(&["set", "follow", "campaign.partnership="])
        .success();
    assert_eq!(
        get("campaign.partnership").trim(),
        "hybrid",
        "cleared: follows again"
    );
    // Templates come picked.
    env.new_campaign("Tpl", &["--template", "saas-education"]);
    let picked = stdout(&env.run(&["get", "tpl", "campaign.partnership_picked"]));
    assert_eq!(picked.trim(), "true");
}
