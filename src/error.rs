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
    /// An output path cannot be written (a directory, a missing parent).
    #[error("cannot write {path}: {message}")]
    Output {
        /// Output path.
        path: String,
        /// What is wrong with it.
        message: String,
    },
    /// Writing to an output failed.
    #[error("cannot write {path}")]
    Write {
        /// Output path, or `stdout`.
        path: String,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// Encoding a report, sweep, simulation or chart failed.
    #[error("cannot make {what}")]
    Encode {
        /// What was being made ("the report as Parquet").
        what: &'static str,
        /// The cause.
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// A broken promise inside reach (a bug): the message says which.
    #[error("internal error: {0}")]
    Internal(String),
}

impl Error {
    /// 2 for bad input or usage, 1 when the run itself failed.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Output { .. }
            | Error::Write { .. }
            | Error::Encode { .. }
            | Error::Internal(_) => 1,
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

    /// A failed write to `path` (`stdout` for standard output).
    pub fn write(path: impl AsRef<Path>, source: std::io::Error) -> Self {
        Error::Write {
            path: path.as_ref().display().to_string(),
            source,
        }
    }

    /// A failure while making `what`.
    pub fn encode(
        what: &'static str,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        Error::Encode {
            what,
            source: source.into(),
        }
    }

    /// Whether the cause is a closed pipe (`reach report | head -1`): an `io::Error` of kind
    /// `BrokenPipe` anywhere in the chain of causes.
    pub fn is_broken_pipe(&self) -> bool {
        let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(self);
        while let Some(e) = cause {
            if let Some(io) = e.downcast_ref::<std::io::Error>() {
                if io.kind() == std::io::ErrorKind::BrokenPipe {
                    return true;
                }
            }
            cause = e.source();
        }
        false
    }

    /// The message and its causes, joined by ": ".
    pub fn chain(&self) -> String {
        let mut out = self.to_string();
        let mut cause = std::error::Error::source(self);
        while let Some(e) = cause {
            let words = e.to_string();
            if !out.ends_with(&words) {
                out.push_str(": ");
                out.push_str(&words);
            }
            cause = e.source();
        }
        out
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::io;

    #[test]
    fn a_closed_pipe_is_found_by_its_kind_through_the_causes() {
        let pipe = || io::Error::new(io::ErrorKind::BrokenPipe, "any words");
        assert!(Error::write("stdout", pipe()).is_broken_pipe());
        let polars = polars::prelude::PolarsError::from(pipe());
        assert!(Error::encode("the CSV report", polars).is_broken_pipe());
        let other = io::Error::new(io::ErrorKind::StorageFull, "Broken pipe");
        assert!(!Error::write("out.csv", other).is_broken_pipe());
        assert!(!Error::usage("--id", "Broken pipe").is_broken_pipe());
    }

    #[test]
    fn messages_keep_their_causes() {
        let e = Error::write("out.csv", io::Error::other("disk full"));
        assert_eq!(e.to_string(), "cannot write out.csv");
        assert_eq!(e.chain(), "cannot write out.csv: disk full");
        assert!(std::error::Error::source(&e).is_some());
        assert_eq!(e.exit_code(), 1);
    }
}
