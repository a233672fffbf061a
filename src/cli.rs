//! The command line: clap definitions and the non-interactive commands. Every command reuses
//! the model, the practice and the storage; errors become one or two plain sentences on
//! stderr and an exit code (0 fine, 1 findings with errors or an unset key, 2 bad usage or a
//! file that cannot be read or written).

mod advice;
mod agenda;
mod campaigns;
mod edit;
mod inspect;
mod interactive;
mod output;
mod revisions;
mod summary;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

pub use output::Failure;

/// Guided creator and influencer briefs for solo marketers, as TOML files, offline.
#[derive(Debug, Parser)]
#[command(
    name = "splitbrief",
    version,
    about,
    long_about = None,
    after_help = "Examples:\n  splitbrief                                  # the app: your campaigns\n  splitbrief new \"Glow serum\" --template skincare-launch\n  splitbrief check && splitbrief export glow-serum --out to-send"
)]
pub struct Cli {
    /// The briefs folder (else $SPLITBRIEF_DIR, else briefs_dir in the config, else the data folder).
    #[arg(long, global = true, value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Plain line-by-line prompts instead of the full-screen app (also with piped input).
    #[arg(long)]
    pub accessible: bool,
    /// Leave the mouse to the terminal (no clicking or wheel in the app).
    #[arg(long, global = true)]
    pub no_mouse: bool,
    /// What to do; none opens the campaign list.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Markdown a partner can read as is.
    Md,
    /// A standalone HTML page a partner can open in a browser.
    Html,
    /// Complete JSON, for scripts.
    Json,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a campaign (opens the wizard in a terminal unless --no-edit).
    #[command(
        after_help = "Examples:\n  splitbrief new \"Spring launch\"                      # opens the wizard\n  splitbrief new \"Glow serum\" --template skincare-launch --no-edit\n  splitbrief new \"Drop\" --no-edit --set campaign.brand=Acme --set campaign.markets=GB,DE"
    )]
    New {
        /// The campaign's name.
        name: Option<String>,
        /// Start from a template (see `splitbrief templates`).
        #[arg(long, value_name = "T")]
        template: Option<String>,
        /// Copy a brand profile from the config.
        #[arg(long, value_name = "B")]
        brand: Option<String>,
        /// Set a key, e.g. --set campaign.brand=Acme (repeatable).
        #[arg(long = "set", value_name = "KEY=VALUE")]
        set: Vec<String>,
        /// Only write the files; do not open the wizard.
        #[arg(long)]
        no_edit: bool,
        /// Plain line-by-line prompts instead of the full-screen wizard.
        #[arg(long)]
        accessible: bool,
    },
    /// Open a campaign in the wizard.
    #[command(
        after_help = "Examples:\n  splitbrief open glow-serum\n  splitbrief open glow-serum --accessible   # plain prompts, one at a time"
    )]
    Open {
        /// The campaign's slug.
        slug: String,
        /// Plain line-by-line prompts instead of the full-screen wizard.
        #[arg(long)]
        accessible: bool,
    },
    /// List the campaigns.
    #[command(
        after_help = "Examples:\n  splitbrief list\n  splitbrief list --json | jq '.[] | select(.status == \"live\") | .slug'"
    )]
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Check campaigns or files for mistakes (every campaign when none is named).
    #[command(
        after_help = "Examples:\n  splitbrief check                      # every campaign\n  splitbrief check glow-serum --json\n  splitbrief check --staged              # in a git pre-commit hook"
    )]
    Check {
        /// Slugs, or paths of files.
        targets: Vec<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// Check the campaigns whose brief files are staged in the git repository that holds
        /// the briefs folder (for a pre-commit hook).
        #[arg(long, conflicts_with = "targets")]
        staged: bool,
    },
    /// Write the briefs as documents.
    #[command(
        after_help = "Examples:\n  splitbrief export glow-serum --out to-send      # one Markdown brief per partner\n  splitbrief export glow-serum --format html      # pages with clickable links\n  splitbrief export glow-serum --combined         # one brief per side"
    )]
    Export {
        /// The campaign's slug.
        slug: String,
        /// md, html or json.
        #[arg(long, value_enum, default_value = "md")]
        format: Format,
        /// Folder to write into (created if missing; default: the current folder).
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// One document per partner (the default for md and html); with json, each
        /// partner's own view instead of the complete campaign.
        #[arg(long, conflicts_with = "combined")]
        per_partner: bool,
        /// One document per brief, with no partner's own terms.
        #[arg(long)]
        combined: bool,
        /// Export even when the campaign has error findings.
        #[arg(long)]
        force: bool,
    },
    /// Record that a campaign's briefs went out (export does it too), for `diff`.
    #[command(
        after_help = "Examples:\n  splitbrief sent glow-serum\n  splitbrief sent glow-serum --partner @ana.daily"
    )]
    Sent {
        /// The campaign's slug.
        slug: String,
        /// Only this partner got it (handle or name).
        #[arg(long, value_name = "H")]
        partner: Option<String>,
    },
    /// Where each deliverable and post stands after the brief went out.
    #[command(
        after_help = "Examples:\n  splitbrief status glow-serum\n  splitbrief set glow-serum 'influencer.posts[0].status=live'"
    )]
    Status {
        /// The campaign's slug.
        slug: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Every usage grant (paid use, ad access, partnership ads, exclusivity) by end date.
    #[command(
        after_help = "Examples:\n  splitbrief rights\n  splitbrief rights --expiring 30\n  splitbrief rights --json"
    )]
    Rights {
        /// Only grants ending within this many days.
        #[arg(long, value_name = "DAYS")]
        expiring: Option<u32>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// What is due across campaigns, soonest first.
    #[command(
        after_help = "Examples:\n  splitbrief agenda                 # the next 14 days\n  splitbrief agenda --days 7 --json"
    )]
    Agenda {
        /// How many days ahead.
        #[arg(long, value_name = "N", default_value_t = 14)]
        days: u32,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Write every campaign's dates as an iCalendar file for any calendar app.
    #[command(
        after_help = "Examples:\n  splitbrief calendar --out ~/briefs.ics\n  splitbrief calendar --out shared/briefs.ics   # import again to update"
    )]
    Calendar {
        /// The .ics file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// What changed since a campaign was sent, or between two campaigns or two files.
    #[command(
        after_help = "Examples:\n  splitbrief diff glow-serum                    # since it was sent\n  splitbrief diff glow-serum glow-serum-autumn\n  splitbrief diff old/creator.toml glow-serum/creator.toml --json"
    )]
    Diff {
        /// One slug, or two slugs or two file paths.
        #[arg(num_args = 1..=2, required = true)]
        targets: Vec<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// List the templates.
    #[command(
        after_help = "Examples:\n  splitbrief templates\n  splitbrief new \"Course\" --template online-course --no-edit"
    )]
    Templates,
    /// Which partnership type the diagnosis answers point to (nothing is written).
    #[command(
        after_help = "Examples:\n  splitbrief diagnose --answer launch=yes --answer own_ads=yes\n  splitbrief diagnose glow-serum --answer borrowed_audience=no\n  splitbrief diagnose --answer evergreen=yes --category finance --json"
    )]
    Diagnose {
        /// Start from this campaign's stored answers and category.
        slug: Option<String>,
        /// Try an answer, e.g. --answer launch=yes (repeatable).
        #[arg(long = "answer", value_name = "ID=yes|no")]
        answers: Vec<String>,
        /// Try a category (general, alcohol, supplements-health, finance, crypto, gambling, cosmetics).
        #[arg(long, value_name = "C")]
        category: Option<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// What finished campaigns taught: hooks, formats and partners by niche.
    #[command(
        after_help = "Examples:\n  splitbrief learnings\n  splitbrief learnings --niche skincare"
    )]
    Learnings {
        /// Only this niche.
        #[arg(long, value_name = "N")]
        niche: Option<String>,
    },
    /// Print where things live.
    #[command(
        after_help = "Examples:\n  splitbrief path\n  cd \"$(splitbrief path | sed -n 's/^briefs: //p')\""
    )]
    Path,
    /// Print one key's value.
    #[command(
        after_help = "Examples:\n  splitbrief get glow-serum creator.schedule.final_due\n  splitbrief get glow-serum 'influencer.posts[0]' --json"
    )]
    Get {
        /// The campaign's slug.
        slug: String,
        /// A key path, e.g. creator.schedule.final_due.
        key: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Set keys (all apply or none).
    #[command(
        after_help = "Examples:\n  splitbrief set glow-serum creator.schedule.final_due=2027-03-01\n  splitbrief set glow-serum 'creator.deliverables[0].asset=short-video' 'campaign.markets=GB, DE'\n  splitbrief set glow-serum campaign.budget=   # clears it"
    )]
    Set {
        /// The campaign's slug.
        slug: String,
        /// KEY=VALUE pairs; KEY= clears.
        #[arg(required = true, value_name = "KEY=VALUE")]
        pairs: Vec<String>,
    },
    /// Copy a campaign.
    #[command(
        after_help = "Examples:\n  splitbrief duplicate glow-serum\n  splitbrief duplicate glow-serum \"Glow serum autumn\""
    )]
    Duplicate {
        /// The campaign's slug.
        slug: String,
        /// The copy's name (default: "NAME (copy)").
        name: Option<String>,
    },
    /// Change a campaign's name (the slug stays).
    #[command(after_help = "Examples:\n  splitbrief rename glow-serum \"Glow serum, spring\"")]
    Rename {
        /// The campaign's slug.
        slug: String,
        /// The new name.
        name: String,
    },
    /// Move a campaign to the trash.
    #[command(
        after_help = "Examples:\n  splitbrief delete glow-serum\n  splitbrief trash && splitbrief restore glow-serum"
    )]
    Delete {
        /// The campaign's slug.
        slug: String,
    },
    /// List the trash.
    #[command(after_help = "Examples:\n  splitbrief trash\n  splitbrief restore glow-serum")]
    Trash,
    /// Bring a campaign back from the trash.
    #[command(
        after_help = "Examples:\n  splitbrief restore glow-serum\n  splitbrief trash   # the names to restore"
    )]
    Restore {
        /// The trash entry's name (see `splitbrief trash`).
        name: String,
    },
    /// Write JSON Schemas of the three files (for editors such as taplo).
    #[command(
        after_help = "Examples:\n  splitbrief schema --out schemas\n  taplo lint --schema file://$PWD/schemas/creator.schema.json creator.toml"
    )]
    Schema {
        /// Folder to write into (created if missing; default: the current folder).
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
    /// Print shell completions (bash, zsh, fish, elvish, powershell).
    #[command(
        after_help = "Examples:\n  splitbrief completions bash > ~/.local/share/bash-completion/completions/splitbrief\n  splitbrief completions zsh > ~/.zfunc/_splitbrief"
    )]
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff).
    #[command(after_help = "Examples:\n  splitbrief man > splitbrief.1 && man ./splitbrief.1")]
    Man,
}

/// Runs the command line and returns the exit code.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(failure) => {
            eprintln!(
                "splitbrief: {}",
                crate::safe_text::terminal(&failure.message)
            );
            ExitCode::from(failure.code)
        }
    }
}

/// Runs a parsed command; `Ok` carries 0 or 1.
#[expect(
    clippy::too_many_lines,
    reason = "the command line dispatch: one arm per subcommand"
)]
pub fn run(cli: Cli) -> Result<u8, Failure> {
    let dir = cli.dir.as_deref();
    match cli.command {
        None if cli.accessible => interactive::accessible_home(dir),
        None => interactive::home(dir, cli.no_mouse),
        Some(Command::New {
            name,
            template,
            brand,
            set,
            no_edit,
            accessible,
        }) => {
            let wizard = !no_edit && !accessible && interactive::is_terminal();
            if name.is_none() && wizard {
                return interactive::new_unsaved(dir, cli.no_mouse);
            }
            if name.is_none() && accessible && !no_edit {
                let name = interactive::ask_name()?;
                let slug = campaigns::new(dir, Some(name), template, brand, &set, true)?;
                return interactive::prompts_after_name(dir, &slug);
            }
            let slug = campaigns::new(dir, name, template, brand, &set, no_edit || accessible)?;
            match (accessible, wizard) {
                (true, _) => interactive::open(dir, &slug, true, cli.no_mouse),
                (false, true) => interactive::open(dir, &slug, false, cli.no_mouse),
                _ => Ok(0),
            }
        }
        Some(Command::Open { slug, accessible }) => {
            interactive::open(dir, &slug, accessible, cli.no_mouse)
        }
        Some(Command::List { json }) => inspect::list(dir, json),
        Some(Command::Check {
            targets,
            json,
            staged,
        }) => {
            if staged {
                inspect::check_staged(dir, json)
            } else {
                inspect::check(dir, &targets, json)
            }
        }
        Some(Command::Status { slug, json }) => agenda::status(dir, &slug, json),
        Some(Command::Rights { expiring, json }) => agenda::rights(dir, expiring, json),
        Some(Command::Agenda { days, json }) => agenda::agenda(dir, days, json),
        Some(Command::Calendar { out }) => agenda::calendar(dir, &out),
        Some(Command::Export {
            slug,
            format,
            out,
            per_partner,
            combined,
            force,
        }) => inspect::export(
            dir,
            &slug,
            format,
            out,
            inspect::ExportMode {
                per_partner,
                combined,
                force,
            },
        ),
        Some(Command::Sent { slug, partner }) => revisions::sent(dir, &slug, partner),
        Some(Command::Diff { targets, json }) => revisions::diff(dir, &targets, json),
        Some(Command::Templates) => inspect::templates(dir),
        Some(Command::Diagnose {
            slug,
            answers,
            category,
            json,
        }) => advice::diagnose(dir, slug.as_deref(), &answers, category.as_deref(), json),
        Some(Command::Learnings { niche }) => advice::learnings(dir, niche.as_deref()),
        Some(Command::Path) => inspect::path(dir),
        Some(Command::Get { slug, key, json }) => edit::get(dir, &slug, &key, json),
        Some(Command::Set { slug, pairs }) => edit::set(dir, &slug, &pairs),
        Some(Command::Duplicate { slug, name }) => campaigns::duplicate(dir, &slug, name),
        Some(Command::Rename { slug, name }) => campaigns::rename(dir, &slug, &name),
        Some(Command::Delete { slug }) => campaigns::delete(dir, &slug),
        Some(Command::Trash) => campaigns::trash(dir),
        Some(Command::Restore { name }) => campaigns::restore(dir, &name),
        Some(Command::Schema { out }) => inspect::schema(out),
        Some(Command::Completions { shell }) => {
            use clap::CommandFactory;
            let mut cmd = Cli::command();
            clap_complete::generate(shell, &mut cmd, "splitbrief", &mut std::io::stdout());
            Ok(0)
        }
        Some(Command::Man) => {
            use clap::CommandFactory;
            clap_mangen::Man::new(Cli::command())
                .render(&mut std::io::stdout())
                .map_err(|e| Failure::usage(format!("cannot write the manual page: {e}")))?;
            Ok(0)
        }
    }
}
