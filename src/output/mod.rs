//! Writing outputs: `-` is stdout; a file is written beside its final path and renamed into
//! place, so a reader never sees half a file and a failure leaves the old file untouched.

pub(crate) mod csv;
pub(crate) mod parquet;
pub(crate) mod xlsx;

use crate::error::{Error, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// An output format; each verb writes some of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Aligned terminal table plus the reasons.
    Table,
    /// GitHub-flavoured Markdown.
    Markdown,
    /// JSON.
    Json,
    /// CSV.
    Csv,
    /// Apache Parquet.
    Parquet,
    /// One self-contained HTML page.
    Html,
    /// An Excel workbook.
    Xlsx,
}

impl Format {
    /// The name `--format` takes.
    pub fn name(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Markdown => "markdown",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Parquet => "parquet",
            Format::Html => "html",
            Format::Xlsx => "xlsx",
        }
    }

    /// A format name or file extension (`md`, `htm` and `txt` too).
    pub fn parse(s: &str) -> Option<Format> {
        Some(match s.to_ascii_lowercase().as_str() {
            "table" | "txt" => Format::Table,
            "markdown" | "md" => Format::Markdown,
            "json" => Format::Json,
            "csv" => Format::Csv,
            "parquet" => Format::Parquet,
            "html" | "htm" => Format::Html,
            "xlsx" => Format::Xlsx,
            _ => return None,
        })
    }

    /// The format of a verb's output that writes `allowed` (its default first): `--format`
    /// (`flag`) if given, else what the output file's extension says, else the default. A
    /// format the verb does not write, or an extension that names none, is a usage error.
    pub fn resolve(flag: Option<&str>, sink: &Sink, allowed: &[Format]) -> Result<Format> {
        let names = || {
            allowed
                .iter()
                .map(|f| f.name())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let pick = |flag_name: &str, word: &str| match Format::parse(word) {
            Some(f) if allowed.contains(&f) => Ok(f),
            Some(f) => Err(Error::usage(
                flag_name,
                format!(
                    "{word:?} is {}, which this command does not write; expected {}",
                    f.name(),
                    names()
                ),
            )),
            None => Err(Error::usage(
                flag_name,
                format!("{word:?} is no output format; expected {}", names()),
            )),
        };
        let default = allowed.first().copied().unwrap_or(Format::Table);
        match (flag, sink) {
            (Some(f), _) => pick("--format", f),
            (None, Sink::File(p)) => match p.extension().and_then(|e| e.to_str()) {
                Some(ext) => pick("--output", ext),
                None => Ok(default),
            },
            (None, Sink::Stdout) => Ok(default),
        }
    }
}

/// Display width of text in columns (terminals, Excel's character units): CJK and full-width
/// characters take two.
pub(crate) fn display_width(s: &str) -> usize {
    s.chars()
        .map(|c| match c as u32 {
            0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFF00..=0xFF60 => 2,
            _ => 1,
        })
        .sum()
}

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

    /// Refuses to write over any of `inputs`.
    pub fn check_not_input(&self, inputs: &[PathBuf], flag: &str) -> Result<()> {
        let Sink::File(p) = self else { return Ok(()) };
        let refuse = |why: String| Err(Error::usage(flag, why));
        let out = identity(p);
        let out_dir = p
            .parent()
            .map(|d| {
                if d.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    d
                }
            })
            .and_then(identity);
        let csv = p.extension().is_some_and(|x| x.eq_ignore_ascii_case("csv"));
        for input in inputs {
            let files: Vec<PathBuf> = if input.is_dir() {
                // A .csv written into an input directory would be read as facts next time.
                if csv && out_dir.is_some() && out_dir == identity(input) {
                    return refuse(format!(
                        "{} is in the input directory {}, whose .csv files are all read as facts; choose another output path",
                        p.display(),
                        input.display()
                    ));
                }
                std::fs::read_dir(input)
                    .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
                    .unwrap_or_default()
            } else {
                vec![input.clone()]
            };
            // The same file by any name: a link, a hard link, a path through a directory.
            if out.is_some() && files.iter().any(|f| identity(f) == out) {
                return refuse(format!(
                    "{} is also an input; choose another output path",
                    p.display()
                ));
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
            Sink::File(path) => write_file(path, f),
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

/// What names a file whatever the path to it (device and inode; the canonical path where
/// there are none), following links; `None` when it does not exist.
fn identity(p: &Path) -> Option<(u64, u64, Option<PathBuf>)> {
    let meta = std::fs::metadata(p).ok()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some((meta.dev(), meta.ino(), None))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        Some((0, 0, std::fs::canonicalize(p).ok()))
    }
}

/// The temporary files being written, removed if the run is interrupted.
static IN_FLIGHT: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());

fn in_flight() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    IN_FLIGHT.lock().unwrap_or_else(|e| e.into_inner())
}

/// Removes the temporary files of outputs being written when the run is interrupted (SIGINT,
/// SIGTERM, SIGHUP), then exits as the signal would (128 + its number): an interrupted report
/// left an 87–95 MB `.reach-XXXX` file behind.
pub fn clean_up_on_signals() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            for path in in_flight().drain(..) {
                let _ = std::fs::remove_file(path);
            }
            std::process::exit(128 + signal);
        }
    });
}

/// A temporary file in `dir` for an output renamed into place later, created with the mode
/// any new file gets under the user's umask (0644 under umask 022), which the rename keeps.
fn temporary(dir: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    let mut b = tempfile::Builder::new();
    b.prefix(".reach-");
    #[cfg(unix)]
    b.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    b.tempfile_in(dir)
}

/// Writes `bytes` to `path` (see [`write_file`]).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_file(path, &mut |w| {
        w.write_all(bytes).map_err(|e| Error::write(path, e))
    })
}

/// Where a file output goes once links are followed.
enum Target {
    /// A regular file (or none yet): written beside it and renamed into place.
    Atomic(PathBuf),
    /// A FIFO or a character device: streamed to as it is.
    Stream(PathBuf),
}

/// What `path` names, following symbolic links (dangling ones too) to the file they point at.
fn target(path: &Path) -> Result<Target> {
    let fail = |m: String| Error::Output {
        path: path.display().to_string(),
        message: m,
    };
    if let Ok(meta) = std::fs::metadata(path) {
        let kind = meta.file_type();
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if kind.is_fifo() || kind.is_char_device() {
                // Opened by its own name: /dev/stdout and other magic links resolve there.
                return Ok(Target::Stream(path.to_path_buf()));
            }
        }
        return if kind.is_file() {
            std::fs::canonicalize(path)
                .map(Target::Atomic)
                .map_err(|e| fail(e.to_string()))
        } else if kind.is_dir() {
            Err(fail("it is a directory; give a file path".into()))
        } else {
            Err(fail(
                "it is neither a regular file, a FIFO nor a character device, so it cannot be written (and not atomically)".into(),
            ))
        };
    }
    // Nothing there yet, or a link to a file not made yet: the file the links lead to.
    let mut p = path.to_path_buf();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let link = std::fs::read_link(&p).map_err(|e| fail(e.to_string()))?;
                let base = p.parent().unwrap_or(Path::new(".")).to_path_buf();
                p = if link.is_absolute() {
                    link
                } else {
                    base.join(link)
                };
            }
            _ => break,
        }
    }
    Ok(Target::Atomic(p))
}

/// Writes an output file through `f`: a regular file (or a new one) is written to a
/// temporary file beside it and renamed into place when `f` succeeds, so a reader never
/// sees half a file; a symbolic link is written through to its target's directory; a FIFO or
/// character device is streamed to.
pub fn write_file(path: &Path, f: &mut dyn FnMut(&mut dyn Write) -> Result<()>) -> Result<()> {
    match target(path)? {
        Target::Atomic(p) => {
            let (dir, fail) = prepare(&p)?;
            let tmp = temporary(dir).map_err(|e| fail(e.to_string()))?;
            let tmp_path = tmp.path().to_path_buf();
            in_flight().push(tmp_path.clone());
            let written = (|| {
                let mut w = std::io::BufWriter::new(tmp);
                f(&mut w)?;
                let tmp = w.into_inner().map_err(|e| fail(e.to_string()))?;
                tmp.as_file().sync_all().map_err(|e| fail(e.to_string()))?;
                tmp.persist(&p).map_err(|e| fail(e.error.to_string()))?;
                Ok(())
            })();
            in_flight().retain(|t| *t != tmp_path);
            written
        }
        Target::Stream(p) => {
            let file = std::fs::OpenOptions::new()
                .write(true)
                .open(&p)
                .map_err(|e| Error::write(path, e))?;
            let mut w = std::io::BufWriter::new(file);
            f(&mut w)?;
            w.flush().map_err(|e| Error::write(path, e))
        }
    }
}

/// Items `0..n` made by `make` on all cores a window of a few per core at a time, and handed
/// to `write` in order, each window written while the next is made: at most two windows are
/// held at once, whatever `n`.
pub fn in_order<T: Send>(
    n: usize,
    make: &(dyn Fn(usize) -> Result<T> + Sync),
    write: &mut dyn FnMut(T) -> Result<()>,
) -> Result<()> {
    use rayon::prelude::*;
    let window = 2 * rayon::current_num_threads().max(1);
    let part = |from: usize| -> Result<Vec<T>> {
        (from..(from + window).min(n))
            .into_par_iter()
            .map(make)
            .collect()
    };
    std::thread::scope(|scope| {
        let mut ready = part(0)?;
        for from in (window..n + window).step_by(window) {
            let next = (from < n).then(|| scope.spawn(move || part(from)));
            for t in ready {
                write(t)?;
            }
            ready = match next {
                Some(h) => h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))?,
                None => Vec::new(),
            };
        }
        Ok(())
    })
}

/// `s` with every control character but newline and tab written as an escape (`\u{1b}`), so
/// text from the data (an id, a file name) cannot move the cursor or recolour a terminal.
pub fn visible(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(
        s.chars()
            .map(|c| match c {
                '\n' | '\t' => c.to_string(),
                c if c.is_control() => c.escape_unicode().to_string(),
                c => c.to_string(),
            })
            .collect(),
    )
}

/// Writes a line for the person at the terminal to stderr: `reach: ` and `message` with its
/// control characters escaped. A closed stderr is not an error (nothing can be said then).
pub fn say(message: &str) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr().lock(), "reach: {}", visible(message));
}

#[cfg(test)]
mod visible_tests {
    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(super::visible("温江区"), "温江区");
        assert_eq!(super::visible("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(super::visible("x\ny\tz\u{7}"), "x\ny\tz\\u{7}");
    }
}
