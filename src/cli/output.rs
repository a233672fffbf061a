//! How the command line fails: a plain message and an exit code.

use crate::store::StoreError;

/// A command that could not do its job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// One or two plain sentences.
    pub message: String,
    /// 1 or 2.
    pub code: u8,
}

impl Failure {
    /// Bad usage or an unreadable/unwritable file: exit 2.
    pub fn usage(message: impl Into<String>) -> Failure {
        Failure {
            message: message.into(),
            code: 2,
        }
    }
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Failure {
        Failure::usage(e.to_string())
    }
}
