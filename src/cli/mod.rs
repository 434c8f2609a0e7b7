//! The command line: clap types live here and nowhere else. Each subcommand is one file with
//! its `Args` and a `run` that validates them into typed options and calls the library.

mod chart;
mod common;
mod extract;
mod facts;
mod report;
mod simulate;
mod sweep;
mod values;

use crate::error::Result;
use clap::{Parser, Subcommand};

/// Will a stated growth target be reached? By how much does it fall short, in which year is it
/// reached at a given pace, and how likely is it?
#[derive(Debug, Parser)]
#[command(name = "reach", version, about, long_about = None, after_help = AFTER_HELP)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The end of `reach --help`: exit codes and environment.
const AFTER_HELP: &str = "\
Exit codes: 0 success; 2 bad input or usage (the message names file:line:field or the flag);
1 an output could not be written; 128 + N after signal N (the temporary file is removed).

Environment: REACH_TIMINGS=1 prints the stages of a large job; RAYON_NUM_THREADS sets the
threads (results are the same on any number).";

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Assess every target: required growth, projection, gap, reach year, verdict.
    #[command(after_help = "Examples:
  reach report --actual 350亿@2021 --growth 20% --target 600亿@2026 --target 千亿@2026
  reach report --data facts.csv -o report.html
  reach report --data big.csv -o report.parquet --columns id,verdict,gap,required_growth")]
    Report(report::Args),
    /// Draw a trajectory chart per target and a dashboard (PNG and SVG).
    #[command(after_help = "Examples:
  reach chart -o charts
  reach chart --actual 350亿@2021 --growth 20% --target 千亿@2026 -o charts -f svg")]
    Chart(chart::Args),
    /// Monte Carlo of yearly growth: the probability of reaching a target, with the closed form.
    #[command(after_help = "Examples:
  reach simulate --id wj-pharma-rev-2026
  reach simulate --base 350 --base-year 2021 --growth 20% --sigma 5% --target 1000 --target-year 2026")]
    Simulate(simulate::Args),
    /// Grid over baseline, growth, target and years: projected value, gap, required growth, verdict per cell.
    #[command(after_help = "Examples:
  reach sweep --base 350 --base-year 2021 --target 1000 --target-year 2024:2030:1 --growth 10%:30%:0.25%
  reach sweep --id wj-pharma-rev-2026 --growth 10%:30%:1% -o sweep.parquet --chart charts")]
    Sweep(sweep::Args),
    /// Propose sourced facts from Chinese policy and news text (a fact file `--data` loads).
    #[command(after_help = "Examples:
  reach extract article.txt --date 2022-02-14 --region 温江区
  reach extract article.txt -f csv -o facts.csv && reach report --data facts.csv")]
    Extract(extract::Args),
    /// Shell completions for bash, zsh or fish, on stdout.
    #[command(after_help = "Example:
  reach completions bash > ~/.local/share/bash-completion/completions/reach")]
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    crate::output::clean_up_on_signals();
    match cli.command {
        Command::Report(a) => report::run(a),
        Command::Chart(a) => chart::run(a),
        Command::Simulate(a) => simulate::run(a),
        Command::Sweep(a) => sweep::run(a),
        Command::Extract(a) => extract::run(a),
        Command::Completions { shell } => {
            use clap::CommandFactory;
            let mut bytes = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "reach", &mut bytes);
            crate::output::Sink::Stdout.write(&bytes)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }
}
