//! Styles. Colour only ever repeats what a symbol or word already says, uses the terminal's
//! own foreground and background (readable on dark and light themes), and is off with
//! `NO_COLOR`.

use ratatui::style::{Color, Modifier, Style};

/// The styles of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Whether colours are used.
    pub color: bool,
}

impl Theme {
    /// Colour unless `NO_COLOR` is set to something non-empty.
    pub(crate) fn from_env() -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Theme { color: !no_color }
    }

    fn fg(self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    /// Plain text.
    pub fn text(self) -> Style {
        Style::new()
    }

    /// Titles and labels that matter.
    pub fn title(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// Secondary text: hints, file names, key paths.
    pub(crate) fn dim(self) -> Style {
        if self.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }

    /// The focused field's label, the selected row.
    pub(crate) fn focus(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// The key names on the hint line.
    pub fn key(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// Done, saved.
    pub fn ok(self) -> Style {
        self.fg(Color::Green)
    }

    /// Partly done, warnings.
    pub(crate) fn warn(self) -> Style {
        self.fg(Color::Yellow)
    }

    /// Errors, missing.
    pub fn error(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    /// Borders.
    pub(crate) fn border(self) -> Style {
        self.dim()
    }
}
