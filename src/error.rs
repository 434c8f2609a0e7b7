//! Errors that name what is at fault, and the exit code each maps to.

use std::path::Path;

/// Everything that can go wrong in reach.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A field of a row in an input file is wrong.
    #[error("{file}:{line}: field `{field}`: {message}")]
    Field {
        /// File name (or `<embedded>`).
        file: String,
        /// 1-based line where the row starts.
        line: usize,
        /// Column name.
        field: String,
        /// What was found and what was expected.
        message: String,
    },
    /// An input file as a whole is wrong (encoding, header, structure).
    #[error("{file}: {message}")]
    Input {
        /// File name.
        file: String,
        /// What is wrong.
        message: String,
    },
    /// A command-line flag has a bad value.
    #[error("{flag}: {message}")]
    Usage {
        /// The flag (`--as-of`).
        flag: String,
        /// What was expected.
        message: String,
    },
    /// Writing an output failed.
    #[error("cannot write {path}: {message}")]
    Output {
        /// Output path.
        path: String,
        /// The cause.
        message: String,
    },
}

impl Error {
    /// 2 for bad input or usage, 1 when the run itself failed.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Output { .. } => 1,
            _ => 2,
        }
    }

    /// An input-file error.
    pub fn input(file: impl AsRef<Path>, message: impl Into<String>) -> Self {
        Error::Input {
            file: file.as_ref().display().to_string(),
            message: message.into(),
        }
    }

    /// A usage error for `flag`.
    pub fn usage(flag: &str, message: impl Into<String>) -> Self {
        Error::Usage {
            flag: flag.to_string(),
            message: message.into(),
        }
    }
}

/// Result with reach's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;
