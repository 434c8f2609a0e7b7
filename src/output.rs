//! Writing outputs: `-` is stdout; a file is written beside its final path and renamed into
//! place, so a reader never sees half a file and a failure leaves the old file untouched.

use crate::error::{Error, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Where output goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sink {
    /// Standard output.
    Stdout,
    /// A file, replaced atomically.
    File(PathBuf),
}

impl Sink {
    /// `-` or a path.
    pub fn parse(s: &str) -> Sink {
        if s == "-" {
            Sink::Stdout
        } else {
            Sink::File(PathBuf::from(s))
        }
    }

    /// The output format's name: the flag if given, else the file's extension, else `default`.
    pub fn format_name(&self, flag: Option<&str>, default: &str) -> String {
        match (flag, self) {
            (Some(f), _) => f.to_ascii_lowercase(),
            (None, Sink::File(p)) => p
                .extension()
                .and_then(|e| e.to_str())
                .unwrap_or(default)
                .to_ascii_lowercase(),
            (None, Sink::Stdout) => default.to_string(),
        }
    }

    /// Refuses to write over any of `inputs`.
    pub fn check_not_input(&self, inputs: &[PathBuf], flag: &str) -> Result<()> {
        if let Sink::File(p) = self {
            let canon = |x: &Path| std::fs::canonicalize(x).ok();
            if let Some(out) = canon(p) {
                if inputs.iter().any(|i| canon(i).as_ref() == Some(&out)) {
                    return Err(Error::usage(
                        flag,
                        format!(
                            "{} is also an input; choose another output path",
                            p.display()
                        ),
                    ));
                }
            }
        }
        Ok(())
    }

    /// Streams output through `f`: to stdout, or to a temporary file renamed into place when
    /// `f` succeeds. A closed stdout pipe is not an error.
    pub fn write_with(&self, f: &mut dyn FnMut(&mut dyn Write) -> Result<()>) -> Result<()> {
        match self {
            Sink::Stdout => {
                let mut out = std::io::BufWriter::new(std::io::stdout().lock());
                let r =
                    f(&mut out).and_then(|_| out.flush().map_err(|e| Error::write("stdout", e)));
                match r {
                    Err(e) if e.is_broken_pipe() => Ok(()),
                    r => r,
                }
            }
            Sink::File(path) => {
                let (dir, fail) = prepare(path)?;
                let tmp = tempfile::Builder::new()
                    .prefix(".reach-")
                    .tempfile_in(dir)
                    .map_err(|e| fail(e.to_string()))?;
                let mut w = std::io::BufWriter::new(tmp);
                f(&mut w)?;
                let tmp = w.into_inner().map_err(|e| fail(e.to_string()))?;
                tmp.as_file().sync_all().map_err(|e| fail(e.to_string()))?;
                tmp.persist(path).map_err(|e| fail(e.error.to_string()))?;
                Ok(())
            }
        }
    }

    /// Writes all bytes. A closed stdout pipe (`reach report | head -1`) is not an error.
    pub fn write(&self, bytes: &[u8]) -> Result<()> {
        match self {
            Sink::Stdout => {
                let mut out = std::io::stdout().lock();
                match out.write_all(bytes).and_then(|_| out.flush()) {
                    Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                        Err(Error::write("stdout", e))
                    }
                    _ => Ok(()),
                }
            }
            Sink::File(p) => write_atomic(p, bytes),
        }
    }
}

/// Checks an output path: not a directory, in an existing directory. Returns that directory
/// and an error maker naming the path.
fn prepare(path: &Path) -> Result<(&Path, impl Fn(String) -> Error + '_)> {
    let fail = move |m: String| Error::Output {
        path: path.display().to_string(),
        message: m,
    };
    if path.is_dir() {
        return Err(fail("it is a directory; give a file path".into()));
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(fail(format!("directory {} does not exist", dir.display())));
    }
    Ok((dir, fail))
}

/// Creates the output directory `dir` if it is missing (its parent must exist).
pub fn ensure_dir(dir: &Path) -> Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    std::fs::create_dir(dir).map_err(|e| Error::Output {
        path: dir.display().to_string(),
        message: format!("cannot create the directory: {e}"),
    })
}

/// Writes `bytes` to a temporary file in `path`'s directory, then renames it over `path`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let (dir, fail) = prepare(path)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".reach-")
        .tempfile_in(dir)
        .map_err(|e| fail(e.to_string()))?;
    tmp.write_all(bytes).map_err(|e| fail(e.to_string()))?;
    tmp.as_file().sync_all().map_err(|e| fail(e.to_string()))?;
    tmp.persist(path).map_err(|e| fail(e.error.to_string()))?;
    Ok(())
}
